import Testing
@testable import TrustNet

/// The grouped search of ``Graph/corePeriphery(maxMoves:)`` chooses exactly what a scan over
/// every person per move chooses (the search before groups, kept here as the reference).
@Suite struct CorePeripheryMovesTests {
    /// Random graphs of several densities, with hubs (a degree-corrected sprinkle) so many
    /// people share a group and many do not, and a few move limits.
    @Test(arguments: 0..<12)
    func sameCoreAsAScanOverEveryone(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(100 + seed))
        let n = 80 + generator.index(below: 400)
        var builder = GraphBuilder(nodeCount: n)
        let hubs = (0..<(1 + n / 40)).map { _ in generator.index(below: n) }
        for _ in 0..<(n * (2 + seed % 5)) {
            let s = generator.index(below: n)
            let t = generator.index(below: 3) == 0 ? hubs[generator.index(below: hubs.count)] : generator.index(below: n)
            if s != t { builder.addTie(from: s, to: t) }
        }
        let graph = builder.build(merging: .max)
        for limit in [0, 3, 100_000] {
            let grouped = graph.corePeriphery(maxMoves: limit)
            let scanned = Self.scanningEveryone(graph, maxMoves: limit)
            #expect(grouped == scanned, "seed \(seed), \(n) people, at most \(limit) moves")
        }
    }

    /// A group keeps its smallest member as people leave it and come back.
    @Test func groupsKeepTheirSmallestMember() {
        var groups = CorePeripheryMoves(nodeCount: 6)
        for v in 0..<6 { groups.file(v, isCore: false, inCore: v % 2, degree: 3) }
        #expect(groups.counts == [3, 3])
        #expect(groups.smallest(inSlot: 0) == 0 && groups.smallest(inSlot: 1) == 1)
        groups.file(0, isCore: true, inCore: 0, degree: 3)
        groups.file(1, isCore: false, inCore: 0, degree: 3)
        #expect(groups.counts == [3, 2, 1])
        #expect(groups.smallest(inSlot: 0) == 1 && groups.smallest(inSlot: 1) == 3 && groups.smallest(inSlot: 2) == 0)
        #expect(groups.move(ofSlot: 2) == (isCore: true, inCore: 0, degree: 3))
        groups.file(0, isCore: false, inCore: 0, degree: 3)
        #expect(groups.smallest(inSlot: 0) == 0 && groups.counts == [4, 2, 0])
    }

    /// The search as it was before groups: every person evaluated at every move.
    static func scanningEveryone(_ graph: Graph, maxMoves: Int) -> CorePeriphery {
        let n = graph.nodeCount
        let view = graph.undirected
        let degree = (0..<n).map { view.outDegree(of: $0) }
        var isCore = [Bool](repeating: false, count: n)
        var coreNeighbours = [Int](repeating: 0, count: n)
        var coreSize = 0, coreTies = 0, peripheryTies = view.tieCount / 2
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
        func moved(_ v: Int) -> (size: Int, core: Int, periphery: Int) {
            let inCore = coreNeighbours[v], inPeriphery = degree[v] - coreNeighbours[v]
            return isCore[v]
                ? (coreSize - 1, coreTies - inCore, peripheryTies + inPeriphery)
                : (coreSize + 1, coreTies + inCore, peripheryTies - inPeriphery)
        }
        func move(_ v: Int) {
            (coreSize, coreTies, peripheryTies) = moved(v)
            isCore[v].toggle()
            for u in view.successors(of: v) { coreNeighbours[Int(u)] += isCore[v] ? 1 : -1 }
        }
        let order = (0..<n).sorted { degree[$0] != degree[$1] ? degree[$0] > degree[$1] : $0 < $1 }
        var best = -Double.infinity, bestSize = 0
        for (i, v) in order.enumerated() {
            move(v)
            let f = fit(coreSize: coreSize, coreTies: coreTies, peripheryTies: peripheryTies)
            if f > best + 1e-12 { best = f; bestSize = i + 1 }
        }
        for v in order[bestSize...].reversed() { move(v) }
        var current = fit(coreSize: coreSize, coreTies: coreTies, peripheryTies: peripheryTies)
        for _ in 0..<maxMoves {
            var bestMove = -1, bestFit = current
            for v in 0..<n {
                let after = moved(v)
                let f = fit(coreSize: after.size, coreTies: after.core, peripheryTies: after.periphery)
                if f > bestFit + 1e-12 { bestFit = f; bestMove = v }
            }
            guard bestMove >= 0 else { break }
            move(bestMove)
            current = bestFit
        }
        let c = coreSize, p = n - coreSize
        return CorePeriphery(
            isCore: isCore, fit: n > 1 ? current : 0,
            coreDensity: c > 1 ? Double(coreTies) / Double(c * (c - 1) / 2) : 0,
            peripheryDensity: p > 1 ? Double(peripheryTies) / Double(p * (p - 1) / 2) : 0)
    }
}
