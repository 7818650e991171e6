/// The person-level measures `trustnet metrics` reports, by their column name.
///
/// Each case names one algorithm file in `Centrality/`; this type only maps a column name to
/// the call, so commands, diagrams (`--size-by`) and exports share one list.
public enum PersonMeasure: String, CaseIterable, Sendable, Hashable {
    case inDegree = "in_degree"
    case outDegree = "out_degree"
    case inStrength = "in_strength"
    case outStrength = "out_strength"
    case pagerank
    case betweenness
    case harmonic

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
        }
    }

    /// Whether the measure is an integer count on an unweighted graph.
    public var isCount: Bool { self == .inDegree || self == .outDegree }

    /// Computes the measure on `graph`.
    ///
    /// - Parameters:
    ///   - cost: how path measures (betweenness, harmonic) read tie weights.
    ///   - progress: called with (done, total) during long computations (betweenness).
    public func scores(
        on graph: Graph, cost: EdgeCost = .hops, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws -> NodeScores {
        switch self {
        case .inDegree: graph.degrees(.incoming)
        case .outDegree: graph.degrees(.outgoing)
        case .inStrength: graph.strengths(.incoming)
        case .outStrength: graph.strengths(.outgoing)
        case .pagerank: try graph.pageRank()
        case .betweenness: graph.betweenness(cost: cost, progress: progress)
        case .harmonic: graph.harmonicCloseness(cost: cost, progress: progress)
        }
    }
}
