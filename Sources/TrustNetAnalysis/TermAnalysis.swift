import TrustNet

/// One term ready for a leader's questions: the network with ``AnalysisOptions`` applied (ties
/// below the minimum strength left out, formal leaders marked) and informal authority computed
/// once, shared by every question asked of it (Sarahs, coalition, pre-mortem, on-ramps,
/// spread, the report's sections).
///
/// Every front end — the command line, the report, the web app — builds one of these and asks
/// it; none computes an answer of its own, so the same question with the same options gives
/// the same answer everywhere.
public struct TermAnalysis: Sendable {
    /// The term as given.
    public let term: AnalysisTerm
    /// The network the questions see.
    public let network: Network
    public let options: AnalysisOptions
    /// Informal authority on ``network``.
    public let authority: InformalAuthority
    /// The column units are compared within (a district's `school`), and each person's value of
    /// it; `nil` when every pair of units is compared.
    public let level: (column: String, values: [String?])?

    public init(_ term: AnalysisTerm, options: AnalysisOptions = AnalysisOptions()) {
        self.term = term
        self.options = options
        var network = term.network.markingFormalLeaders(titleWords: options.formalTitles)
        if let minimum = options.minWeight { network = network.keepingTies(atLeast: minimum) }
        let level = Self.level(of: network, options: options)
        // Within schools, a department name used in two schools is two departments.
        if let level { network = network.qualifyingUnits(by: level.values) }
        self.network = network
        self.level = level
        authority = InformalAuthority(network: network, weights: options.authorityWeights)
    }

    /// The level units are compared within under `options`, or `nil` (`--across`, or no such
    /// column).
    static func level(of network: Network, options: AnalysisOptions) -> (column: String, values: [String?])? {
        options.across ? nil : level(of: network, column: options.levelColumn ?? "school")
    }

    /// The roster column `column` as a higher level than the unit, when the roster has it and
    /// it groups units (it is not the unit column itself, and holds at least two values).
    static func level(of network: Network, column: String) -> (column: String, values: [String?])? {
        guard column.lowercased() != network.unitName.lowercased() else { return nil }
        let columns = Set(network.people.flatMap(\.attributes.keys))
        guard let key = columns.first(where: { $0.lowercased() == column.lowercased() }) else { return nil }
        let values = network.people.map { $0.attributes[key].flatMap { $0.trimmingSpaces().isEmpty ? nil : $0 } }
        return Set(values.compactMap { $0 }).count > 1 ? (key, values) : nil
    }

    /// The people with these ids, in the order given, each once (names are matched to ids by
    /// the caller, with TrustNetIO's `PersonMatcher`).
    ///
    /// - Throws: ``AnalysisError/unknownPerson(_:)`` for the first id not on the roster.
    public func people(withIDs ids: [String]) throws(AnalysisError) -> [Int] {
        var found: [Int] = []
        for id in ids {
            guard let v = network.index(ofPersonWithID: id) else { throw .unknownPerson(id) }
            if !found.contains(v) { found.append(v) }
        }
        return found
    }

    /// Network-level measures of the ties of `relations` (``NetworkStructure``), units
    /// compared within ``level`` as every question compares them.
    public func structure(relations: Set<Relation>?, permutations: Int = 1_000, seed: UInt64 = 1) -> NetworkStructure {
        NetworkStructure(network: network, relations: relations, permutations: permutations, seed: seed, levelOf: level?.values)
    }

    /// A person as outputs name them.
    public func ref(_ v: Int) -> PersonRef { PersonRef(network.people[v]) }
}
