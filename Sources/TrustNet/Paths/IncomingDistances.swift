extension Graph {
    /// Incoming distances to every node with tie costs, one search per node (Dijkstra for
    /// ``EdgeCost/inverseStrength``, breadth-first for hops), spread over all cores.
    /// ``incomingHops(maxDistance:progress:)`` does the hop case 256 nodes at a time.
    func incomingDistances(cost: EdgeCost, progress: (@Sendable (Int, Int) -> Void)?) -> [IncomingDistances] {
        let reversed = self.reversed
        let partials = SourceChunks.map(count: nodeCount, progress: progress) { targets -> [IncomingDistances] in
            var search = ShortestPathSearch(graph: reversed, cost: cost)
            var values: [IncomingDistances] = []
            values.reserveCapacity(targets.count)
            for v in targets {
                search.run(from: v)
                var summary = IncomingDistances()
                for u in search.order.dropFirst() {
                    let d = search.distance[Int(u)]
                    summary.reached += 1
                    summary.distanceSum += d
                    summary.harmonicSum += 1 / d
                }
                values.append(summary)
            }
            return values
        }
        return Array(partials.joined())
    }
}

/// Like ``IncomingHops`` for weighted distances: how many reach a node, and how far in total.
struct IncomingDistances {
    var reached = 0
    var distanceSum = 0.0
    var harmonicSum = 0.0
}
