/// What the workspace already holds, as an import needs to know it: the terms with their dates,
/// who is on each term's roster, the roster names are matched against, and every file imported
/// so far by its fingerprint.
///
/// The workspace (TrustNetStore) takes it; the readers (TrustNetIO) plan an import against it
/// (an ``ImportPlan``). Plain data: neither side imports the other.
public struct ImportSnapshot: Sendable, Hashable {
    /// Changes whenever the workspace changes in a way that matters to an import (terms, their
    /// dates and rosters, the import log); a plan made against an older revision is refused.
    public var revision: String
    /// The terms in order, with their dates.
    public var terms: [Term]
    /// The ids on each term's roster, by term name. This and ``rosterTerm`` and ``people`` are
    /// left empty in a snapshot for an import that brings its own roster, which plans against
    /// that roster alone.
    public var members: [String: Set<String>]
    /// The term whose roster names are matched against when the import brings none.
    public var rosterTerm: String?
    /// That term's roster, in roster order.
    public var people: [Person]
    /// Every file imported so far.
    public var imports: [ImportedFile]

    public init(
        revision: String, terms: [Term] = [], members: [String: Set<String>] = [:], rosterTerm: String? = nil, people: [Person] = [],
        imports: [ImportedFile] = []
    ) {
        self.revision = revision
        self.terms = terms
        self.members = members
        self.rosterTerm = rosterTerm
        self.people = people
        self.imports = imports
    }

    /// An empty workspace (or none yet).
    public static let empty = ImportSnapshot(revision: "")

    /// One entry of the workspace's import log.
    public struct ImportedFile: Sendable, Hashable {
        public var term: String
        /// The file as it was named when imported.
        public var fileName: String
        /// SHA-256 of its bytes, lower-case hex.
        public var sha256: String
        /// `roster`, `ties`, `forms`, `matrix` or `log`.
        public var kind: String
        /// When, as the workspace wrote it (ISO 8601).
        public var importedAt: String

        public init(term: String, fileName: String, sha256: String, kind: String, importedAt: String) {
            self.term = term
            self.fileName = fileName
            self.sha256 = sha256
            self.kind = kind
            self.importedAt = importedAt
        }
    }
}
