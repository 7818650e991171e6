import TrustNet

/// `trustnet coalition suggest`, the report's suggested coalition, the pre-mortem's and the
/// on-ramps' coalition when none is recorded, and the web app's coalition builder: K people who
/// together reach the most colleagues (Borgatti's KPP-Pos, ``CoalitionSuggestion``).
public struct CoalitionOptions: Sendable, Equatable {
    /// K, the coalition's size.
    public var size: Int
    /// Ids of people already enlisted: kept, and counted in the size.
    public var keep: [String]
    /// At most this many formal leaders.
    public var maxFormal: Int?
    /// One member from each unit when K allows (the defaults: yes, by the term's unit).
    public var coverUnits: Bool
    /// Cover the units of this roster column instead of the term's unit.
    public var coverColumn: String?
    /// Only people trusted by at least this many colleagues (kept people always qualify).
    public var minTrust: Int?

    /// The defaults every output uses: 5 people, one per unit where possible, no other
    /// constraint.
    public init(
        size: Int = 5, keep: [String] = [], maxFormal: Int? = nil, coverUnits: Bool = true, coverColumn: String? = nil, minTrust: Int? = nil
    ) {
        self.size = size
        self.keep = keep
        self.maxFormal = maxFormal
        self.coverUnits = coverUnits
        self.coverColumn = coverColumn
        self.minTrust = minTrust
    }
}

/// A set of people a coalition is compared with, as data.
public enum CoalitionSetKind: Sendable, Equatable {
    case suggested
    case recorded(term: String)
    /// The K most named for advice (or by what stood in for advice).
    case mostNamed(count: Int, relations: Set<Relation>)
    case formalLeaders
}

/// One row of a coalition comparison: a set of people and how far it reaches.
public struct CoalitionReachRow: Sendable {
    public var kind: CoalitionSetKind
    public var members: [Int]
    /// Borgatti's distance-weighted reach, averaged over the staff.
    public var reach: Double
    public var withinOne: Double
    public var withinTwo: Double
    public var unitsCovered: Int
}

/// The answer: the picks (with their marginal gains), and the coalition compared with the most
/// named and the formal leaders.
public struct CoalitionAnswer: Sendable {
    public var suggestion: CoalitionSuggestion
    /// The picks that were asked for: all of them, or only the new ones (`next`).
    public var shown: CoalitionSuggestion
    /// People kept (already enlisted).
    public var kept: [Int]
    public var size: Int
    /// Picks that add no reach: everyone they could reach is reached already.
    public var idle: [Int]
    public var comparison: [CoalitionReachRow]
    /// Units covered by the constraint's column, when covering.
    public var coverColumn: String?
}

extension TermAnalysis {
    /// The suggested coalition; with `next`, the recorded coalition kept and `next` more.
    ///
    /// - Throws: ``AnalysisError`` for an unknown person or column, no recorded coalition when
    ///   `next` is given, or a size below the people kept.
    public func coalitionSuggestion(_ options: CoalitionOptions = CoalitionOptions(), next: Int? = nil) throws(AnalysisError) -> CoalitionAnswer {
        var kept = try people(withIDs: options.keep)
        if next != nil {
            let recorded = try recordedCoalition()
            kept = recorded.members + kept.filter { !recorded.members.contains($0) }
        }
        let size = next.map { kept.count + $0 } ?? options.size
        guard size >= kept.count else { throw .sizeBelowKept(size: size, kept: kept.count) }
        let units = try coverUnits(options)
        let trustIn = network.graph(relations: [.trust]).degrees(.incoming)
        let eligible = options.minTrust.map { x in (0..<network.people.count).map { trustIn[$0] >= Double(x) || kept.contains($0) } }
        let reach = CoalitionReach(network: network, include: kept)
        let formal = network.people.map(\.isFormalLeader)
        let constraints = CoalitionConstraints(keep: kept, maxFormal: options.maxFormal, units: units, eligible: eligible)
        let suggestion = CoalitionSuggestion.suggest(size: size, reach: reach, formal: formal, constraints: constraints)
        let shown = next == nil ? suggestion : suggestion.onlyNewPicks
        let idle = shown.picks.filter { !$0.kept && $0.marginalGain <= 0 }.map(\.person)
        let comparisonUnits = units ?? network.unitOfPerson
        let comparison = compare(
            [(.suggested, suggestion.members)] + baselines(size: size), reach: reach, units: comparisonUnits)
        return CoalitionAnswer(
            suggestion: suggestion, shown: shown, kept: kept, size: size, idle: idle, comparison: comparison,
            coverColumn: units == nil ? nil : options.coverColumn ?? network.unitName)
    }

    /// The K most named for advice (or by its stand-in) and the formal leaders: what a
    /// coalition is compared with.
    func baselines(size: Int) -> [(CoalitionSetKind, [Int])] {
        let relations = authority.adviceRelations
        let mostNamed = network.graph(relations: relations).degrees(.incoming).top(size)
        let formal = network.people.indices.filter { network.people[$0].isFormalLeader }
        return [(.mostNamed(count: size, relations: relations), mostNamed), (.formalLeaders, formal)]
    }

    /// Sets of people and how far each reaches.
    func compare(_ sets: [(CoalitionSetKind, [Int])], reach: CoalitionReach, units: [Int?]) -> [CoalitionReachRow] {
        sets.map { kind, members in
            CoalitionReachRow(
                kind: kind, members: members, reach: reach.reach(of: members), withinOne: reach.share(of: members, withinSteps: 1),
                withinTwo: reach.share(of: members, withinSteps: 2), unitsCovered: Set(members.compactMap { units[$0] }).count)
        }
    }

    /// Each person's unit index for the cover constraint; `nil` when not covering.
    func coverUnits(_ options: CoalitionOptions) throws(AnalysisError) -> [Int?]? {
        guard options.coverUnits || options.coverColumn != nil else { return nil }
        guard let column = options.coverColumn, column.lowercased() != network.unitName.lowercased() else {
            return network.units.isEmpty ? nil : network.unitOfPerson
        }
        let columns = Set(network.people.flatMap(\.attributes.keys))
        guard let key = columns.first(where: { $0.lowercased() == column.lowercased() }) else {
            throw .unknownColumn(column, known: ([network.unitName] + columns.sorted()).filter { !$0.isEmpty })
        }
        let values = network.people.map { $0.attributes[key].flatMap { $0.trimmingSpaces().isEmpty ? nil : $0 } }
        let distinct = Array(Set(values.compactMap { $0 })).sorted()
        let index = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
        return values.map { $0.flatMap { index[$0] } }
    }

    /// The recorded coalition with its reach compared as `coalition show` and the report show it.
    public func recordedCoalitionReach() throws(AnalysisError) -> (coalition: CoalitionInUse, ordered: CoalitionSuggestion, comparison: [CoalitionReachRow]) {
        let recorded = try recordedCoalition()
        let reach = CoalitionReach(network: network, include: recorded.members)
        let ordered = CoalitionSuggestion.ordered(recorded.members, reach: reach)
        let kind = CoalitionSetKind.recorded(term: recorded.recordedIn ?? network.term.name)
        let comparison = compare([(kind, recorded.members)] + baselines(size: recorded.members.count), reach: reach, units: network.unitOfPerson)
        return (recorded, ordered, comparison)
    }
}
