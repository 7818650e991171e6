import TrustNet

/// A tie read from a file, by index into the resolver's people, with the line it came from.
public struct ImportedTie: Sendable, Hashable {
    public var source: Int
    public var target: Int
    public var relation: Relation
    public var weight: Double
    /// The term named on the row, or the import's term.
    public var term: String
    public var line: Int
}

/// The ties of one file of any format, resolved against the roster.
public struct TieList: Sendable {
    public var fileName: String
    /// The format the file was read as.
    public var format: InputFormat
    public var ties: [ImportedTie]
    /// Data rows read (blank lines not counted).
    public var rowCount: Int
    /// The people who answered, by term, when the format tells (a forms export: every row,
    /// even one naming nobody; a matrix: every row with any cell filled; a tie list: every
    /// source of a row other than a one-on-one, in the terms of their rows — a wave column
    /// makes one survey per wave). `nil` for a one-on-one log, and for a tie list of
    /// one-on-ones only, which are not surveys.
    public var respondents: [String: Set<Int>]?
    /// Ties from a person to themselves, dropped.
    public var selfTies: Int
    /// Rows that repeated a tie already read, merged by the format's rule.
    public var duplicatesMerged: Int
    public var diagnostics: [Diagnostic]
}

/// Collects ties while a file is read: drops self-ties, merges repeated ties by a stated rule,
/// and keeps the counts the data-quality report shows.
struct TieCollector {
    /// How a tie given twice in one file is merged.
    enum Repeat {
        /// Keep the larger weight (survey answers given twice), with a warning.
        case keepStrongest
        /// Add the weights (each logged meeting adds one), silently.
        case add
    }

    let file: String
    let repeatRule: Repeat
    private(set) var ties: [ImportedTie] = []
    private(set) var selfTies = 0
    private(set) var duplicates = 0
    /// Ties by people and group (``TieKeyTable``), when both people are below 2²⁴ and the
    /// groups below 2¹⁶; any other tie in ``seen``.
    private var packed = TieKeyTable()
    private var seen: [Key: Int] = [:]
    /// Each (relation, term) a tie names, as a small number, and the last one found.
    private var groups: [Group: Int] = [:]
    private var lastGroup: (group: Group, index: Int)?

    private struct Group: Hashable {
        var relation: Relation
        var term: String
    }

    init(file: String, repeatRule: Repeat) {
        self.file = file
        self.repeatRule = repeatRule
    }

    private struct Key: Hashable {
        var source: Int
        var target: Int
        var relation: Relation
        var term: String
    }

    /// Room for about `ties` ties, so the repeat check's table is not rebuilt as it grows.
    mutating func reserveCapacity(_ ties: Int) {
        self.ties.reserveCapacity(ties)
        packed = TieKeyTable(capacity: ties)
    }

    /// The tie index already given for `tie`'s people, relation and term; else `nil`, and
    /// `index` is recorded for them.
    private mutating func earlier(_ tie: ImportedTie, index: Int) -> Int? {
        let group: Int
        if let last = lastGroup, last.group.relation == tie.relation, last.group.term == tie.term {
            group = last.index
        } else {
            let g = Group(relation: tie.relation, term: tie.term)
            group = groups[g] ?? groups.count
            groups[g] = group
            lastGroup = (g, group)
        }
        if tie.source >= 0, tie.source < 1 << 24, tie.target >= 0, tie.target < 1 << 24, group < 1 << 16 {
            return packed.valueOrInsert(UInt64(group) << 48 | UInt64(tie.source) << 24 | UInt64(tie.target), index)
        }
        let key = Key(source: tie.source, target: tie.target, relation: tie.relation, term: tie.term)
        if let existing = seen[key] { return existing }
        seen[key] = index
        return nil
    }

    mutating func add(_ tie: ImportedTie, at position: CSVRecord.FieldPosition, log: inout DiagnosticLog) {
        if tie.source == tie.target {
            selfTies += 1
            return
        }
        guard let existing = earlier(tie, index: ties.count) else {
            ties.append(tie)
            return
        }
        duplicates += 1
        switch repeatRule {
        case .keepStrongest:
            // The first few are shown where they are; the rest are counted at the end.
            if duplicates <= Self.repeatsShown {
                log.append(
                    Diagnostic(
                        .warning, file: file, line: position.line, column: position.column,
                        "this \(tie.relation) tie was already given on line \(ties[existing].line); the larger weight is kept"))
            }
            ties[existing].weight = max(ties[existing].weight, tie.weight)
        case .add:
            ties[existing].weight += tie.weight
        }
    }

    /// Repeated ties warned about one by one; more are counted in one warning.
    static let repeatsShown = 10

    /// The summary notes every format ends with.
    func closingDiagnostics() -> [Diagnostic] {
        var notes: [Diagnostic] = []
        if repeatRule == .keepStrongest && duplicates > Self.repeatsShown {
            notes.append(
                Diagnostic(
                    .warning, file: file,
                    "\(duplicates - Self.repeatsShown) more ties were given twice (\(duplicates) in all); the larger weight is kept each time"))
        }
        if selfTies > 0 {
            notes.append(Diagnostic(.warning, file: file, "\(selfTies) tie\(selfTies == 1 ? "" : "s") from a person to themselves dropped"))
        }
        return notes
    }

    func result(format: InputFormat, rowCount: Int, respondents: [String: Set<Int>]?, log: DiagnosticLog) -> TieList {
        var notes = closingDiagnostics()
        // Survey frequencies run 1–5; counts (messages, meetings in a log) may run far above.
        if format != .oneOnOneLog, let top = ties.map(\.weight).max(), top > 5 {
            let shown = top == top.rounded() && top < 1e15 ? String(Int(top)) : String(top)
            notes.append(
                Diagnostic(
                    .note, file: file,
                    "weights run up to \(shown), beyond the 1–5 of a survey's frequency answers: strengths, PageRank and line widths use them as they are (hop counts ignore them)"
                ))
        }
        return TieList(
            fileName: file, format: format, ties: ties, rowCount: rowCount, respondents: respondents, selfTies: selfTies,
            duplicatesMerged: duplicates, diagnostics: log.diagnostics + notes)
    }
}
