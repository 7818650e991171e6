/// The person-level measures `trustnet metrics` reports, by their column name.
///
/// Each case names one algorithm file in `Centrality/`; this type maps a column name to the
/// call, so commands, diagrams (`--size-by`) and exports share one list.
/// ``compute(_:on:options:progress:)`` computes several at once, sharing the work they have in
/// common (one distance sweep serves harmonic, closeness and reach).
public enum PersonMeasure: String, CaseIterable, Sendable, Hashable {
    case inDegree = "in_degree"
    case outDegree = "out_degree"
    case inStrength = "in_strength"
    case outStrength = "out_strength"
    case pagerank
    case betweenness
    case harmonic
    case eigenvector
    case hub
    case authority
    case closeness
    case reach1 = "reach_1"
    case reach2 = "reach_2"
    case constraint
    case effectiveSize = "effective_size"
    case hierarchy
    case core
    case clustering
    case coordinator
    case gatekeeper
    case representative
    case consultant
    case liaison

    /// One line a leader can read.
    public var meaning: String {
        switch self {
        case .inDegree: "how many colleagues name this person"
        case .outDegree: "how many colleagues this person names"
        case .inStrength: "in-degree weighted by how often (sum of incoming tie weights)"
        case .outStrength: "out-degree weighted by how often (sum of outgoing tie weights)"
        case .pagerank: "named by people who are themselves named (PageRank, weights as strength)"
        case .betweenness: "how often this person lies on the shortest path between two others (raw Brandes count)"
        case .harmonic: "how close everyone else is to this person (sum of 1/distance, incoming)"
        case .eigenvector: "tied to people who are themselves well tied (ties both ways, weights summed; unit length)"
        case .hub: "names the people others seek out (HITS hub, sums to 1)"
        case .authority: "named by people who know whom to ask (HITS authority, sums to 1)"
        case .closeness: "inverse average distance from those who reach this person, scaled by how many do"
        case .reach1: "share of colleagues who name this person"
        case .reach2: "share of colleagues within two steps (they name this person or someone who does)"
        case .constraint: "how much this person's contacts know each other (high = no bridging role; Burt)"
        case .effectiveSize: "number of contacts who are not tied to each other (Burt's non-redundant contacts)"
        case .hierarchy: "how much of the constraint comes from one contact (0 = spread evenly; Burt)"
        case .core: "the largest k such that this person is in a group where everyone has k ties inside it"
        case .clustering: "share of possible ties among this person's contacts that exist (directed)"
        case .coordinator: "times this person links two colleagues of their own unit who are not tied"
        case .gatekeeper: "times this person passes something from another unit into their own"
        case .representative: "times this person carries their unit's request to another unit"
        case .consultant: "times this person links two colleagues of another unit who are not tied"
        case .liaison: "times this person links two other units, neither their own"
        }
    }

    /// Whether the measure is an integer count (shown without decimals).
    public var isCount: Bool {
        switch self {
        case .inDegree, .outDegree, .core, .coordinator, .gatekeeper, .representative, .consultant, .liaison: true
        default: false
        }
    }

    /// Whether the measure needs people's units (the brokerage roles).
    public var needsUnits: Bool { brokerageRole != nil }

    /// Whether the measure follows paths and so reads ``MeasureOptions/cost``.
    public var usesCost: Bool { self == .betweenness || self == .harmonic || self == .closeness }

    /// The brokerage role this column counts, if it is one.
    public var brokerageRole: BrokerageRole? { BrokerageRole(rawValue: rawValue) }

    /// Parses a comma-separated list of column names (`"pagerank,core"`), in the order given.
    /// Returns `nil` and the unknown names when some are not measures.
    public static func list(_ text: String) -> Result<[PersonMeasure], UnknownMeasures> {
        var measures: [PersonMeasure] = []
        var unknown: [String] = []
        for name in text.split(separator: ",").map({ $0.trimmingWhitespace() }) where !name.isEmpty {
            if let m = PersonMeasure(rawValue: name) {
                if !measures.contains(m) { measures.append(m) }
            } else {
                unknown.append(name)
            }
        }
        return unknown.isEmpty ? .success(measures) : .failure(UnknownMeasures(names: unknown))
    }

    /// Computes the measure on `graph`.
    public func scores(
        on graph: Graph, options: MeasureOptions = MeasureOptions(), progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws -> NodeScores {
        try Self.compute([self], on: graph, options: options, progress: { _ in progress })[self]!
    }
}

/// Measure names that `--measures` did not recognize.
public struct UnknownMeasures: Error, Sendable, CustomStringConvertible {
    public var names: [String]
    public var description: String {
        "unknown measure\(names.count == 1 ? "" : "s") \(names.joined(separator: ", ")); known: "
            + PersonMeasure.allCases.map(\.rawValue).joined(separator: ", ")
    }
}

extension Substring {
    func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

extension PersonMeasure {
    /// The measures `trustnet metrics` computes when none are named: all of them, except the
    /// brokerage roles when the network has no units (every broker would be a coordinator).
    public static func defaults(for network: Network) -> [PersonMeasure] {
        allCases.filter { !$0.needsUnits || !network.units.isEmpty }
    }
}

extension MeasureOptions {
    /// Options for `network`: its units for the brokerage roles.
    public init(for network: Network, cost: EdgeCost = .hops, betweennessSample: Int? = nil, harmonicSample: Int? = nil, seed: UInt64 = 1) {
        self.init(cost: cost, units: network.unitIndices(), betweennessSample: betweennessSample, harmonicSample: harmonicSample, seed: seed)
    }
}
