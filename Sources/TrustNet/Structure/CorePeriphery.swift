/// A split of the network into a densely tied core and a periphery tied mostly to the core.
public struct CorePeriphery: Sendable, Equatable {
    /// Whether each node is in the core.
    public var isCore: [Bool]
    /// Pearson correlation between the observed ties and the ideal pattern (1 = perfect).
    public var fit: Double
    /// Tie density inside the core and inside the periphery.
    public var coreDensity: Double
    public var peripheryDensity: Double

    public var coreMembers: [Int] { isCore.indices.filter { isCore[$0] } }
}

extension Graph {
    /// Core–periphery structure (Borgatti–Everett's discrete model): the core whose pattern of
    /// ties best matches "everyone in the core tied to each other, nobody in the periphery
    /// tied to each other".
    ///
    /// Definition: over the unordered pairs of the undirected simple view (a tie either way),
    /// with x_ij = 1 when i and j are tied and the ideal δ_ij = 1 when both are in the core and
    /// 0 when both are in the periphery (core–periphery pairs left out, as in Borgatti and
    /// Everett's model with the off-diagonal blocks unconstrained), the fit is the Pearson
    /// correlation of x and δ; the core maximizes it. Search: the best prefix of people sorted
    /// by degree, then single moves between core and periphery while any improves the fit. The
    /// fit of a candidate is O(1) from the core size and the tie counts inside the core and
    /// the periphery, so a move costs O(degree).
    ///
    /// - Returns: the core, its fit and the two block densities. Deterministic (no random
    ///   start); a local optimum, as every heuristic for this NP-hard problem.
    /// - Complexity: O(n log n + m) for the prefix scan, O(g + degree) per improving move,
    ///   where g ≤ n is the number of distinct (side, ties into the core, degree) among people.
    ///
    /// Undirected, unweighted; disconnected graphs are fine (isolates end in the periphery).
    ///
    /// Reference: Borgatti, S. P., Everett, M. G. (1999). Models of core/periphery structures.
    /// *Social Networks* 21(4), 375–395. DOI 10.1016/S0378-8733(99)00019-2.
    ///
    /// Example: four people all tied to each other, each with two pendants tied only to them:
    /// the four are the core, the fit is 1 (core complete, periphery empty).
    public func corePeriphery(maxMoves: Int = 100_000) -> CorePeriphery {
        let n = nodeCount
        let view = undirected
        let degree = (0..<n).map { view.outDegree(of: $0) }
        let ties = view.tieCount / 2
        var isCore = [Bool](repeating: false, count: n)
        var coreNeighbours = [Int](repeating: 0, count: n)
        var coreSize = 0, coreTies = 0, peripheryTies = ties

        func fit(coreSize c: Int, coreTies cc: Int, peripheryTies pp: Int) -> Double {
            let p = n - c
            let pairs = Double(c * (c - 1) / 2 + p * (p - 1) / 2)
            let ideal = Double(c * (c - 1) / 2)
            let observed = Double(cc + pp)
            let together = Double(cc)
            let numerator = pairs * together - observed * ideal
            let denominator = ((pairs * observed - observed * observed) * (pairs * ideal - ideal * ideal)).squareRoot()
            return denominator > 0 ? numerator / denominator : -1
        }
        /// Tie counts after moving v across.
        func moved(_ v: Int) -> (size: Int, core: Int, periphery: Int) {
            let inCore = coreNeighbours[v], inPeriphery = degree[v] - coreNeighbours[v]
            return isCore[v]
                ? (coreSize - 1, coreTies - inCore, peripheryTies + inPeriphery)
                : (coreSize + 1, coreTies + inCore, peripheryTies - inPeriphery)
        }
        func move(_ v: Int) {
            let after = moved(v)
            (coreSize, coreTies, peripheryTies) = after
            isCore[v].toggle()
            for u in view.successors(of: v) { coreNeighbours[Int(u)] += isCore[v] ? 1 : -1 }
        }

        // Best prefix by degree.
        let order = (0..<n).sorted { degree[$0] != degree[$1] ? degree[$0] > degree[$1] : $0 < $1 }
        var best = -Double.infinity, bestSize = 0
        for (i, v) in order.enumerated() {
            move(v)
            let f = fit(coreSize: coreSize, coreTies: coreTies, peripheryTies: peripheryTies)
            if f > best + 1e-12 { best = f; bestSize = i + 1 }
        }
        for v in order[bestSize...].reversed() { move(v) }

        // Single moves while one improves the fit: the best move, the first person in order
        // among equals. People whose move changes the fit alike are evaluated once per group
        // (``CorePeripheryMoves``): a few thousand groups instead of every person per move.
        var groups = CorePeripheryMoves(nodeCount: n)
        for v in 0..<n { groups.file(v, isCore: isCore[v], inCore: coreNeighbours[v], degree: degree[v]) }
        var current = fit(coreSize: coreSize, coreTies: coreTies, peripheryTies: peripheryTies)
        var candidates: [(person: Int, fit: Double)] = []
        for _ in 0..<maxMoves {
            candidates.removeAll(keepingCapacity: true)
            for slot in groups.counts.indices where groups.counts[slot] > 0 {
                let group = groups.move(ofSlot: slot)
                let inPeriphery = group.degree - group.inCore
                let f = group.isCore
                    ? fit(coreSize: coreSize - 1, coreTies: coreTies - group.inCore, peripheryTies: peripheryTies + inPeriphery)
                    : fit(coreSize: coreSize + 1, coreTies: coreTies + group.inCore, peripheryTies: peripheryTies - inPeriphery)
                if f > current + 1e-12 { candidates.append((groups.smallest(inSlot: slot), f)) }
            }
            guard !candidates.isEmpty else { break }
            // As a scan over everyone in order would choose: each group's first person stands
            // for it (the others tie with it and never beat it by more than 1e-12).
            candidates.sort { $0.person < $1.person }
            var bestMove = -1, bestFit = current
            for candidate in candidates where candidate.fit > bestFit + 1e-12 { (bestMove, bestFit) = candidate }
            move(bestMove)
            for u in view.successors(of: bestMove).lazy.map(Int.init) + [bestMove] {
                groups.file(u, isCore: isCore[u], inCore: coreNeighbours[u], degree: degree[u])
            }
            current = bestFit
        }
        let c = coreSize, p = n - coreSize
        return CorePeriphery(
            isCore: isCore, fit: n > 1 ? current : 0,
            coreDensity: c > 1 ? Double(coreTies) / Double(c * (c - 1) / 2) : 0,
            peripheryDensity: p > 1 ? Double(peripheryTies) / Double(p * (p - 1) / 2) : 0)
    }
}
