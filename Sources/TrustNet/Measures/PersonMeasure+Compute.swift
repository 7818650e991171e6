/// How ``PersonMeasure/compute(_:on:options:progress:)`` reads the graph.
public struct MeasureOptions: Sendable {
    /// How betweenness, harmonic closeness and closeness read tie weights (reach always counts
    /// hops).
    public var cost: EdgeCost
    /// A unit index per node, for the brokerage roles (people with no unit share one index).
    public var units: [Int]?
    /// Estimate betweenness from this many sampled sources instead of all of them.
    public var betweennessSample: Int?
    /// Seed of the sample.
    public var seed: UInt64

    public init(cost: EdgeCost = .hops, units: [Int]? = nil, betweennessSample: Int? = nil, seed: UInt64 = 1) {
        self.cost = cost
        self.units = units
        self.betweennessSample = betweennessSample
        self.seed = seed
    }
}

extension PersonMeasure {
    /// Computes `measures` on `graph`, sharing work: one distance sweep for harmonic,
    /// closeness and reach; one pass for constraint, effective size and hierarchy; one for
    /// hubs and authorities; one for the five brokerage roles.
    ///
    /// - Parameter progress: given a label of a long step ("betweenness", "distances"), returns
    ///   the callback that step reports (done, total) to, or `nil`.
    /// - Throws: ``ConvergenceError`` when an iterative measure does not settle.
    public static func compute(
        _ measures: [PersonMeasure], on graph: Graph, options: MeasureOptions,
        progress: (String) -> (@Sendable (Int, Int) -> Void)? = { _ in nil }
    ) throws -> [PersonMeasure: NodeScores] {
        var results: [PersonMeasure: NodeScores] = [:]
        let wanted = Set(measures)
        func wants(_ any: PersonMeasure...) -> Bool { any.contains(where: wanted.contains) }

        if wants(.inDegree) { results[.inDegree] = graph.degrees(.incoming) }
        if wants(.outDegree) { results[.outDegree] = graph.degrees(.outgoing) }
        if wants(.inStrength) { results[.inStrength] = graph.strengths(.incoming) }
        if wants(.outStrength) { results[.outStrength] = graph.strengths(.outgoing) }
        if wants(.pagerank) { results[.pagerank] = try graph.pageRank() }
        if wants(.eigenvector) { results[.eigenvector] = try graph.eigenvectorCentrality() }
        if wants(.hub, .authority) {
            let hits = try graph.hubsAndAuthorities()
            results[.hub] = hits.hubs
            results[.authority] = hits.authorities
        }
        if wants(.betweenness) {
            if let k = options.betweennessSample {
                var generator = SeededGenerator(seed: options.seed)
                results[.betweenness] = graph.sampledBetweenness(
                    sampleSize: k, using: &generator, cost: options.cost, progress: progress("betweenness (\(k) sampled sources)"))
            } else {
                results[.betweenness] = graph.betweenness(cost: options.cost, progress: progress("betweenness"))
            }
        }
        if options.cost == .hops && wants(.harmonic, .closeness) {
            // One sweep gives harmonic, closeness and both reaches.
            let hops = graph.incomingHops(progress: progress("distances"))
            let others = Double(max(graph.nodeCount - 1, 1))
            results[.reach1] = NodeScores(hops.map { Double($0.withinOne) / others })
            results[.reach2] = NodeScores(hops.map { Double($0.withinTwo) / others })
            results[.harmonic] = NodeScores(hops.map(\.harmonicSum))
            results[.closeness] = NodeScores(hops.map {
                Graph.closeness(reached: $0.reached, distanceSum: Double($0.distanceSum), nodeCount: graph.nodeCount)
            })
        }
        if wants(.reach1, .reach2) && results[.reach1] == nil {
            results[.reach1] = graph.reach(withinSteps: 1)
            results[.reach2] = graph.reach(withinSteps: 2)
        }
        if options.cost != .hops && wants(.harmonic, .closeness) {
            let distances = graph.incomingDistances(cost: options.cost, progress: progress("distances"))
            results[.harmonic] = NodeScores(distances.map(\.harmonicSum))
            results[.closeness] = NodeScores(distances.map {
                Graph.closeness(reached: $0.reached, distanceSum: $0.distanceSum, nodeCount: graph.nodeCount)
            })
        }
        if wants(.constraint, .effectiveSize, .hierarchy) {
            let holes = graph.structuralHoles()
            results[.constraint] = holes.constraint
            results[.effectiveSize] = holes.effectiveSize
            results[.hierarchy] = holes.hierarchy
        }
        if wants(.core) { results[.core] = graph.coreNumbers() }
        if wants(.clustering) { results[.clustering] = graph.clustering() }
        if measures.contains(where: \.needsUnits) {
            let roles = graph.brokerage(units: options.units ?? Array(repeating: 0, count: graph.nodeCount))
            for (role, scores) in roles { results[PersonMeasure(rawValue: role.rawValue)!] = scores }
        }
        return results.filter { wanted.contains($0.key) }
    }
}
