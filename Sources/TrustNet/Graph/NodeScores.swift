/// One score per node of a graph (per person of a network), as a dense array by node index.
public struct NodeScores: Sendable, Equatable, RandomAccessCollection {
    public let values: [Double]

    public init(_ values: [Double]) { self.values = values }

    public var startIndex: Int { values.startIndex }
    public var endIndex: Int { values.endIndex }
    public subscript(node: Int) -> Double { values[node] }

    /// Node indices from the highest score to the lowest; equal scores keep node order.
    public func ranking() -> [Int] {
        values.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }
    }

    /// The `k` nodes with the highest scores, highest first (ties broken by node order).
    public func top(_ k: Int) -> [Int] { Array(ranking().prefix(k)) }

    /// The largest score, or 0 for an empty graph.
    public var maximum: Double { values.max() ?? 0 }

    /// Sum of all scores.
    public var total: Double { values.reduce(0, +) }
}
