import TrustNet

/// `trustnet sarahs`, the report's Sarahs section and the web app's Sarahs page: who colleagues
/// already go to for advice and trust, whatever their title.
public struct SarahsOptions: Sendable, Equatable {
    /// How many people to list.
    public var top: Int
    /// A roster column saying who already uses the practice (yes/true/1/x): those people, the
    /// positive outliers, are ranked first.
    public var practiceColumn: String?

    /// The defaults every output uses: the top 10, no practice column.
    public init(top: Int = 10, practiceColumn: String? = nil) {
        self.top = top
        self.practiceColumn = practiceColumn
    }
}

/// The answer: the people ranked by informal authority with their reasons, the hidden leaders
/// (found among everyone), and how far authority follows title and seniority.
public struct SarahsAnswer: Sendable {
    /// One listed person.
    public struct Entry: Sendable {
        public var rank: Int
        public var person: Int
        public var ref: PersonRef
        public var title: String?
        public var score: Double
        public var adviceIn: Int
        public var trustIn: Int
        public var unitsReached: Int
        public var betweenness: Double
        public var formal: Bool
        public var hidden: Bool
        public var reasons: [AuthorityReason]
    }

    public var term: String
    public var entries: [Entry]
    /// Untitled people among the top ``hiddenLeaderPlaces`` (``InformalAuthority/hiddenLeaders``).
    public var hiddenLeaders: [Int]
    public var hiddenLeaderPlaces: Int
    public var alignment: InformalAuthority.Alignment
    /// What was read as advice (advice itself, or what stood in for it).
    public var adviceRelations: Set<Relation>
    public var usedAdviceTies: Bool
    /// The practice column and how many people use the practice, when asked.
    public var practice: (column: String, users: Int)?
    /// The order of everyone (person indices), the practice's users first when asked.
    public var order: [Int]
}

extension TermAnalysis {
    /// The Sarahs of the term.
    ///
    /// - Throws: ``AnalysisError/unknownColumn(_:known:)`` for a practice column the roster
    ///   does not have.
    public func sarahs(_ options: SarahsOptions = SarahsOptions()) throws(AnalysisError) -> SarahsAnswer {
        var order = authority.ranking
        var practice: (String, Int)?
        if let wanted = options.practiceColumn {
            let columns = Set(network.people.flatMap(\.attributes.keys))
            guard let column = columns.first(where: { $0.lowercased() == wanted.lowercased() }) else {
                throw .unknownColumn(wanted, known: columns.sorted())
            }
            let uses = network.people.map { Self.isYes($0.attributes[column]) }
            order = order.filter { uses[$0] } + order.filter { !uses[$0] }
            practice = (column, uses.count { $0 })
        }
        let hidden = authority.hiddenLeaders
        let hiddenSet = Set(hidden)
        let shown = order.prefix(max(0, options.top))
        let entries = shown.enumerated().map { rank, v in
            let e = authority.entries[v]
            return SarahsAnswer.Entry(
                rank: rank + 1, person: v, ref: ref(v), title: network.people[v].title, score: e.score, adviceIn: e.adviceIn,
                trustIn: e.trustIn, unitsReached: e.unitsReached, betweenness: e.betweenness, formal: e.isFormalLeader,
                hidden: hiddenSet.contains(v), reasons: authority.reasons(for: v, in: network))
        }
        return SarahsAnswer(
            term: network.term.name, entries: Array(entries), hiddenLeaders: hidden, hiddenLeaderPlaces: authority.hiddenLeaderPlaces,
            alignment: authority.alignment(in: network, top: min(options.top, network.people.count)), adviceRelations: authority.adviceRelations,
            usedAdviceTies: authority.usedAdviceTies, practice: practice, order: order)
    }

    /// yes, y, true, 1, x, ✓ (case and spaces ignored).
    static func isYes(_ value: String?) -> Bool {
        guard let v = value?.trimmingSpaces().lowercased() else { return false }
        return ["yes", "y", "true", "1", "x", "✓"].contains(v)
    }
}
