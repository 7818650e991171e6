import TrustNet

/// What to import: files, the term they belong to, and how to read them.
public struct ImportRequest: Sendable {
    /// Rosters, tie lists, forms exports, matrices and one-on-one logs, told apart by their
    /// header (see ``InputFormat``).
    public var files: [String]
    /// A roster named explicitly (`--roster`); it may also simply be among ``files``.
    public var roster: String?
    /// The term of the roster and of tie rows that name no term.
    public var term: String?
    /// Relations renamed as a tie list's relation column is read (`--map-relation
    /// collaboration=sharing`), so a dataset's own names can become TrustNet's.
    public var renamedRelations: [Relation: Relation] = [:]
    /// `trustnet check`: a file already imported into a term is noted, not refused (the files
    /// are being checked, not imported), and nothing is written, as with ``dryRun``.
    public var checkOnly = false
    /// `term` only stands in for the one a later import will be given (`trustnet check`
    /// without `--term`): nothing is said about it.
    public var termIsPlaceholder = false
    /// The relation of tie rows that name none.
    public var relation: Relation?
    /// Import a file again even when the same file (same SHA-256) is already in the term, or
    /// in another term.
    public var replace = false
    /// Check everything and report, but write nothing.
    public var dryRun = false
    /// Date range of the term, when given.
    public var starts: CalendarDay?
    public var ends: CalendarDay?
    /// The format of every file, instead of telling each from its header.
    public var format: InputFormat?
    /// `--column "HEADER=relation"`: forms-export questions mapped by hand.
    public var columns: [(header: String, relation: Relation)] = []
    /// How strictly names are matched to the roster, and the aliases (`--alias`) that resolve
    /// the rest.
    public var policy = MatchPolicy()
    /// Files of aliases, `alias,name` per row (`--aliases FILE`), added to the policy's.
    public var aliasFiles: [String] = []
    /// `--formal-title WORD`: roster people whose title contains one of these words are stored
    /// as formal leaders (`formal` = yes) unless their roster row says otherwise.
    public var formalTitles: [String] = []
    /// The name each file goes by in messages and in the workspace's import log, by path, when
    /// it is not the path itself: an upload's own name for the temporary file holding it.
    public var fileNames: [String: String] = [:]
    /// Called with the rows read so far while a large tie list is read.
    public var progress: (@Sendable (String, Int) -> Void)?

    public init(files: [String], roster: String? = nil, term: String? = nil, relation: Relation? = nil) {
        self.files = files
        self.roster = roster
        self.term = term
        self.relation = relation
    }

    /// The name `path` goes by (``fileNames``, else the path).
    public func name(of path: String) -> String { fileNames[path] ?? path }
}
