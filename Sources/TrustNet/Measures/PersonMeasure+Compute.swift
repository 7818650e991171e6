/// How ``PersonMeasure/compute(_:on:options:progress:)`` reads the graph.
public struct MeasureOptions: Sendable {
    /// How betweenness, harmonic closeness and closeness read tie weights (reach always counts
    /// hops).
    public var cost: EdgeCost
    /// A unit index per node, for the brokerage roles (people with no unit share one index).
    public var units: [Int]?
    /// Estimate betweenness from this many sampled sources instead of all of them.
    public var betweennessSample: Int?
    /// Estimate harmonic closeness from this many sampled sources instead of searching from
    /// everyone (closeness and reach stay exact).
    public var harmonicSample: Int?
    /// Seed of the samples (the same seed draws the same sources for both).
    public var seed: UInt64

    public init(cost: EdgeCost = .hops, units: [Int]? = nil, betweennessSample: Int? = nil, harmonicSample: Int? = nil, seed: UInt64 = 1) {
        self.cost = cost
        self.units = units
        self.betweennessSample = betweennessSample
        self.harmonicSample = harmonicSample
        self.seed = seed
    }

    /// The harmonic sample when it is smaller than the network (else harmonic is exact).
    func harmonicSample(nodeCount: Int) -> Int? {
        harmonicSample.flatMap { $0 < nodeCount ? $0 : nil }
    }
}

extension PersonMeasure {
    /// Computes `measures` on `graph`, sharing work: one distance sweep for harmonic,
    /// closeness and reach; one pass for constraint, effective size and hierarchy; one for
    /// hubs and authorities; one for the five brokerage roles.
    ///
    /// - Parameter progress: given the name of a step that may take long on a large network
    ///   ("PageRank", "betweenness", "harmonic, closeness and reach", …; see
    ///   ``progressLabels(for:options:)``), returns the callback that step reports
    ///   (done, total) to, or `nil`. Every step asked for reports (total, total) last; the
    ///   degrees, which take one pass over the ties, report nothing.
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
        if wants(.pagerank) { results[.pagerank] = try graph.pageRank(progress: progress(StepLabel.pagerank)) }
        if wants(.eigenvector) { results[.eigenvector] = try graph.eigenvectorCentrality(progress: progress(StepLabel.eigenvector)) }
        if wants(.hub, .authority) {
            let hits = try graph.hubsAndAuthorities(progress: progress(StepLabel.hubsAndAuthorities))
            results[.hub] = hits.hubs
            results[.authority] = hits.authorities
        }
        if wants(.betweenness) {
            if let k = options.betweennessSample {
                var generator = SeededGenerator(seed: options.seed)
                results[.betweenness] = graph.sampledBetweenness(
                    sampleSize: k, using: &generator, cost: options.cost, progress: progress(StepLabel.sampledBetweenness(k)))
            } else {
                results[.betweenness] = graph.betweenness(cost: options.cost, progress: progress(StepLabel.betweenness))
            }
        }
        let harmonicSample = options.harmonicSample(nodeCount: graph.nodeCount)
        if let k = harmonicSample, wants(.harmonic) {
            var generator = SeededGenerator(seed: options.seed)
            results[.harmonic] = graph.sampledHarmonicCloseness(
                sampleSize: k, using: &generator, cost: options.cost, progress: progress(StepLabel.sampledHarmonic(k)))
        }
        // Closeness, and harmonic unless sampled, need a search from everyone.
        let sweep = wants(.closeness) || (harmonicSample == nil && wants(.harmonic))
        if options.cost == .hops && sweep {
            // One sweep gives harmonic, closeness and both reaches.
            let hops = graph.incomingHops(progress: progress(StepLabel.distances))
            let others = Double(max(graph.nodeCount - 1, 1))
            results[.reach1] = NodeScores(hops.map { Double($0.withinOne) / others })
            results[.reach2] = NodeScores(hops.map { Double($0.withinTwo) / others })
            if harmonicSample == nil { results[.harmonic] = NodeScores(hops.map(\.harmonicSum)) }
            results[.closeness] = NodeScores(hops.map {
                Graph.closeness(reached: $0.reached, distanceSum: Double($0.distanceSum), nodeCount: graph.nodeCount)
            })
        }
        if wants(.reach1, .reach2) && results[.reach1] == nil {
            results[.reach1] = graph.reach(withinSteps: 1)
            results[.reach2] = graph.reach(withinSteps: 2)
        }
        if options.cost != .hops && sweep {
            let distances = graph.incomingDistances(cost: options.cost, progress: progress(StepLabel.distances))
            if harmonicSample == nil { results[.harmonic] = NodeScores(distances.map(\.harmonicSum)) }
            results[.closeness] = NodeScores(distances.map {
                Graph.closeness(reached: $0.reached, distanceSum: $0.distanceSum, nodeCount: graph.nodeCount)
            })
        }
        if wants(.constraint, .effectiveSize, .hierarchy) {
            let holes = graph.structuralHoles(progress: progress(StepLabel.structuralHoles))
            results[.constraint] = holes.constraint
            results[.effectiveSize] = holes.effectiveSize
            results[.hierarchy] = holes.hierarchy
        }
        if wants(.core) { results[.core] = graph.coreNumbers(progress: progress(StepLabel.core)) }
        if wants(.clustering) { results[.clustering] = graph.clustering(progress: progress(StepLabel.clustering)) }
        if measures.contains(where: \.needsUnits) {
            let roles = graph.brokerage(
                units: options.units ?? Array(repeating: 0, count: graph.nodeCount), progress: progress(StepLabel.brokerage))
            for (role, scores) in roles { results[PersonMeasure(rawValue: role.rawValue)!] = scores }
        }
        return results.filter { wanted.contains($0.key) }
    }

    /// The names of the steps ``compute(_:on:options:progress:)`` reports progress for when
    /// computing `measures` on a graph of `nodeCount` people, in the order it runs them.
    public static func progressLabels(for measures: [PersonMeasure], options: MeasureOptions, nodeCount: Int) -> [String] {
        let wanted = Set(measures)
        func wants(_ any: PersonMeasure...) -> Bool { any.contains(where: wanted.contains) }
        var labels: [String] = []
        if wants(.pagerank) { labels.append(StepLabel.pagerank) }
        if wants(.eigenvector) { labels.append(StepLabel.eigenvector) }
        if wants(.hub, .authority) { labels.append(StepLabel.hubsAndAuthorities) }
        if wants(.betweenness) { labels.append(options.betweennessSample.map(StepLabel.sampledBetweenness) ?? StepLabel.betweenness) }
        let harmonicSample = options.harmonicSample(nodeCount: nodeCount)
        if let k = harmonicSample, wants(.harmonic) { labels.append(StepLabel.sampledHarmonic(k)) }
        if wants(.closeness) || (harmonicSample == nil && wants(.harmonic)) { labels.append(StepLabel.distances) }
        if wants(.constraint, .effectiveSize, .hierarchy) { labels.append(StepLabel.structuralHoles) }
        if wants(.core) { labels.append(StepLabel.core) }
        if wants(.clustering) { labels.append(StepLabel.clustering) }
        if measures.contains(where: \.needsUnits) { labels.append(StepLabel.brokerage) }
        return labels
    }

    /// What a progress line calls each step: the measures it computes.
    private enum StepLabel {
        static let pagerank = "pagerank"
        static let eigenvector = "eigenvector"
        static let hubsAndAuthorities = "hub and authority"
        static let betweenness = "betweenness"
        static func sampledBetweenness(_ k: Int) -> String { "betweenness (\(k) sampled sources)" }
        static func sampledHarmonic(_ k: Int) -> String { "harmonic (\(k) sampled sources)" }
        static let distances = "harmonic, closeness and reach (distances)"
        static let structuralHoles = "constraint, effective size and hierarchy"
        static let core = "core"
        static let clustering = "clustering"
        static let brokerage = "brokerage roles"
    }
}
