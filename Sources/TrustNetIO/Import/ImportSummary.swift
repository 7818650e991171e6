import TrustNet

/// What an import did (or, in a dry run and in `trustnet check`, would do), for the user.
public struct ImportSummary: Sendable {
    public struct File: Sendable, Hashable {
        public var name: String
        public var kind: String
        public var rows: Int
        public var people: Int
        public var ties: Int
        public var sha256: String
    }

    public var files: [File] = []
    /// The terms written to, in order.
    public var terms: [String] = []
    /// Ties imported, by relation.
    public var tiesByRelation: [Relation: Int] = [:]
    /// Warnings and notes (errors are thrown instead).
    public var diagnostics: [Diagnostic] = []
    /// The data-quality report of each term written to, with the people its indices refer to.
    public var quality: [(report: DataQuality, people: [Person])] = []
    public var dryRun = false

    public init() {}
}
