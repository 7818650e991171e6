/// A finished import: exactly what the workspace is to write, in one transaction, all or nothing.
///
/// The readers (TrustNetIO) make it from the files and an ``ImportSnapshot`` of the workspace:
/// names are already matched to people, every check is already done, and nothing in it needs
/// reading or guessing. The workspace (TrustNetStore) writes it as it is and refuses it only when
/// the workspace changed since the snapshot (``revision``). Plain data, so both sides can use
/// it without either importing the other.
public struct ImportPlan: Sendable, Hashable {
    /// The ``ImportSnapshot/revision`` the plan was made against.
    public var revision: String
    /// The terms written to, in the order they are created.
    public var terms: [TermWrite]

    public init(revision: String, terms: [TermWrite] = []) {
        self.revision = revision
        self.terms = terms
    }

    /// What one term receives.
    public struct TermWrite: Sendable, Hashable {
        public var name: String
        /// Dates given with the import (`--starts`, `--ends`); `nil` keeps the stored ones.
        public var starts: CalendarDay?
        public var ends: CalendarDay?
        /// A roster that replaces the term's roster, when the import brings one.
        public var roster: RosterWrite?
        /// People put on the term's roster besides it (`--add-unknown`).
        public var addedPeople: [Person]
        /// Fingerprints (SHA-256, hex) of earlier imports into the term that this one replaces
        /// (`--replace`): what they brought is removed first.
        public var replacing: [String]
        /// The files logged in the term, each with the ties and respondents it brings.
        public var files: [FileWrite]

        public init(
            name: String, starts: CalendarDay? = nil, ends: CalendarDay? = nil, roster: RosterWrite? = nil, addedPeople: [Person] = [],
            replacing: [String] = [], files: [FileWrite] = []
        ) {
            self.name = name
            self.starts = starts
            self.ends = ends
            self.roster = roster
            self.addedPeople = addedPeople
            self.replacing = replacing
            self.files = files
        }
    }

    /// A roster as the workspace keeps it: the people in roster order, the attribute columns in
    /// file order, and the column read as unit.
    public struct RosterWrite: Sendable, Hashable {
        public var people: [Person]
        public var attributeColumns: [String]
        public var unitColumn: String?

        public init(people: [Person], attributeColumns: [String], unitColumn: String?) {
            self.people = people
            self.attributeColumns = attributeColumns
            self.unitColumn = unitColumn
        }
    }

    /// One file of the import as the import log keeps it, with what it brings to the term.
    public struct FileWrite: Sendable, Hashable {
        /// The file as the user named it.
        public var name: String
        /// SHA-256 of the file's bytes, lower-case hex.
        public var sha256: String
        /// `roster`, `ties`, `forms`, `matrix` or `log`.
        public var kind: String
        /// Data rows read.
        public var rows: Int
        /// People on the roster, for a roster file; 0 otherwise.
        public var people: Int
        /// The ties, by person id; a tie already in the term keeps the larger weight.
        public var ties: [TieWrite]
        /// The ids of people who answered the survey (`nil` for a file that is not a survey).
        public var respondents: [String]?

        public init(
            name: String, sha256: String, kind: String, rows: Int, people: Int = 0, ties: [TieWrite] = [], respondents: [String]? = nil
        ) {
            self.name = name
            self.sha256 = sha256
            self.kind = kind
            self.rows = rows
            self.people = people
            self.ties = ties
            self.respondents = respondents
        }
    }

    /// A tie between two people on the term's roster, by id.
    public struct TieWrite: Sendable, Hashable {
        public var source: String
        public var target: String
        public var relation: Relation
        public var weight: Double

        public init(source: String, target: String, relation: Relation, weight: Double) {
            self.source = source
            self.target = target
            self.relation = relation
            self.weight = weight
        }
    }
}
