import Dispatch
import RealModule

/// How a practice passes from person to person in ``Graph/simulateSpread(from:model:runs:rounds:using:)``.
public enum SpreadModel: Sendable, Equatable {
    /// Independent cascade: a person who adopts gets one chance to pass the practice to each
    /// colleague who turns to them; a tie of weight w passes it with probability
    /// 1 − (1 − p)^w (each unit of contact an independent chance p). Simple contagion: one
    /// contact can be enough.
    case cascade(probability: Double)
    /// Threshold (complex contagion): a person adopts once at least `count` of the people they
    /// turn to have adopted — how adaptive practices spread, needing reinforcement.
    /// Deterministic: every run is the same.
    case threshold(count: Int)
}

/// Expected adoption per round over many simulated runs.
public struct SpreadCurve: Sendable, Equatable {
    /// Round r (0 = the seeds): mean share of the staff who have adopted by then.
    public var mean: [Double]
    /// The 2.5th and 97.5th percentiles of that share over the runs (a 95 % band).
    public var low: [Double]
    public var high: [Double]
    public var runs: Int

    /// The mean share at the last round.
    public var final: Double { mean.last ?? 0 }
}

extension Graph {
    /// Simulates a practice spreading from `seeds` along the ties, Monte Carlo.
    ///
    /// Direction: a practice travels against the direction of an advice tie — whoever names
    /// an adopter (turns to them) can pick it up from them. Round 0 is the seeds; in each
    /// round the people who adopted in the previous round (cascade) or everyone who has
    /// adopted (threshold) act on those who turn to them.
    ///
    /// The cascade is simulated as live-edge percolation: each run draws, once, whether each
    /// tie would pass the practice, then adoption by round r is everyone within r live steps
    /// of a seed. This is the same distribution as the round-by-round cascade, and with the
    /// same generator a larger seed set adopts a superset in every run — so expected adoption
    /// is monotone in the seed set, exactly, for any seed.
    ///
    /// - Parameters:
    ///   - seeds: the people who start with the practice.
    ///   - model: ``SpreadModel``.
    ///   - runs: Monte Carlo runs (ignored by the deterministic threshold model: one run).
    ///   - rounds: how many rounds to simulate.
    ///   - generator: randomness (seed it: the same seed gives the same curve, bit for bit).
    /// - Returns: mean adoption share per round, with a 95 % band over the runs.
    /// - Complexity: O(runs · (m + n)) for the cascade, O(rounds · m) for the threshold model.
    ///
    /// Directed; weighted (cascade probabilities grow with tie strength; the threshold model
    /// counts ties); disconnected graphs are fine (nobody outside the seeds' reach adopts).
    ///
    /// Reference: Kempe, D., Kleinberg, J., Tardos, É. (2003). Maximizing the spread of
    /// influence through a social network. *KDD '03*, 137–146. DOI 10.1145/956750.956769.
    /// Centola, D., Macy, M. (2007). Complex contagions and the weakness of long ties.
    /// *American Journal of Sociology* 113(3), 702–734. DOI 10.1086/521848.
    ///
    /// Example: b and c name a (a is the seed); with threshold 1, b and c adopt in round 1:
    /// mean = (1/3, 1). With threshold 2 nobody else adopts: (1/3, 1/3).
    public func simulateSpread(
        from seeds: [Int], model: SpreadModel, runs: Int = 1_000, rounds: Int = 10, using generator: inout some RandomNumberGenerator
    ) -> SpreadCurve {
        precondition(runs >= 1 && rounds >= 0)
        guard nodeCount > 0 else { return SpreadCurve(mean: [], low: [], high: [], runs: 0) }
        var curves: [[Int]] = []
        switch model {
        case .threshold(let count):
            curves = [thresholdAdoption(seeds: seeds, count: count, rounds: rounds)]
        case .cascade(let p):
            forEachCascadeRun(from: seeds, probability: p, runs: runs, rounds: rounds, using: &generator) { round, reached in
                var counts = [Int](repeating: 0, count: rounds + 1)
                for v in reached { counts[round[v]] += 1 }
                for r in 1...max(rounds, 1) where r <= rounds { counts[r] += counts[r - 1] }
                curves.append(counts)
            }
        }
        let n = Double(nodeCount)
        var mean: [Double] = [], low: [Double] = [], high: [Double] = []
        for r in 0...rounds {
            let shares = curves.map { Double($0[r]) / n }.sorted()
            mean.append(shares.reduce(0, +) / Double(shares.count))
            low.append(shares[Int((Double(shares.count - 1) * 0.025).rounded())])
            high.append(shares[Int((Double(shares.count - 1) * 0.975).rounded())])
        }
        return SpreadCurve(mean: mean, low: low, high: high, runs: curves.count)
    }

    /// ``simulateSpread(from:model:runs:rounds:using:)`` from each of several seed sets, each
    /// with its own generator seeded with `seed` (common random numbers: the sets are compared
    /// on the same draws), the sets simulated side by side on the machine's cores. The same
    /// curves, bit for bit, as one set after another.
    public func simulateSpread(fromEach seedSets: [[Int]], model: SpreadModel, runs: Int = 1_000, rounds: Int = 10, seed: UInt64) -> [SpreadCurve] {
        let curves = ResultSlots<SpreadCurve>(count: seedSets.count)
        DispatchQueue.concurrentPerform(iterations: seedSets.count) { i in
            var generator = SeededGenerator(seed: seed)
            curves.store(simulateSpread(from: seedSets[i], model: model, runs: runs, rounds: rounds, using: &generator), at: i)
        }
        return curves.values()
    }

    /// Runs the independent cascade `runs` times as live-edge percolation (see
    /// ``simulateSpread(from:model:runs:rounds:using:)``) and hands each run to `body`: the
    /// round each person adopted in (−1 for people who did not, within `rounds`), and the
    /// people who adopted, in the order they did.
    ///
    /// - Complexity: O(runs · (m + n)).
    func forEachCascadeRun(
        from seeds: [Int], probability p: Double, runs: Int, rounds: Int, using generator: inout some RandomNumberGenerator,
        _ body: (_ round: [Int], _ reached: [Int]) -> Void
    ) {
        precondition((0...1).contains(p), "probability must be in [0, 1]")
        // Pass probability per tie, by in-tie (the direction the practice travels).
        let pass = inWeights.map { 1 - Self.power(1 - p, $0) }
        var live = [Bool](repeating: false, count: inSources.count)
        var round = [Int](repeating: -1, count: nodeCount)
        var queue: [Int] = []
        for _ in 0..<runs {
            for k in live.indices { live[k] = generator.unitInterval() < pass[k] }
            for v in queue { round[v] = -1 }
            queue.removeAll(keepingCapacity: true)
            for s in seeds where round[s] < 0 {
                round[s] = 0
                queue.append(s)
            }
            var head = 0
            while head < queue.count {
                let u = queue[head]
                head += 1
                guard round[u] < rounds else { continue }
                for k in inOffsets[u]..<inOffsets[u + 1] where live[k] {
                    let v = Int(inSources[k])
                    if round[v] < 0 {
                        round[v] = round[u] + 1
                        queue.append(v)
                    }
                }
            }
            body(round, queue)
        }
    }

    /// Adopters by round (cumulative counts) under the threshold model.
    func thresholdAdoption(seeds: [Int], count: Int, rounds: Int) -> [Int] {
        let round = thresholdRounds(seeds: seeds, count: count, rounds: rounds)
        var counts = [Int](repeating: 0, count: rounds + 1)
        for r in round where r >= 0 { counts[r] += 1 }
        for r in stride(from: 1, through: rounds, by: 1) { counts[r] += counts[r - 1] }
        return counts
    }

    /// The round each person adopts in under the threshold model (0 for the seeds), −1 for
    /// people who do not within `rounds`.
    func thresholdRounds(seeds: [Int], count: Int, rounds: Int) -> [Int] {
        precondition(count >= 1, "a threshold needs at least one adopting contact")
        var round = [Int](repeating: -1, count: nodeCount)
        for s in seeds { round[s] = 0 }
        guard rounds >= 1 else { return round }
        for r in 1...rounds {
            var adopting: [Int] = []
            for v in 0..<nodeCount where round[v] < 0 {
                var adoptingContacts = 0
                for t in successors(of: v) where round[Int(t)] >= 0 { adoptingContacts += 1 }
                if adoptingContacts >= count { adopting.append(v) }
            }
            for v in adopting { round[v] = r }
        }
        return round
    }

    /// x^w for a positive weight w (integer weights exactly; others through exp/ln).
    static func power(_ x: Double, _ w: Double) -> Double {
        if w == w.rounded(), w >= 0, w < 64 {
            var result = 1.0
            for _ in 0..<Int(w) { result *= x }
            return result
        }
        return x <= 0 ? 0 : Double.exp(w * Double.log(x))
    }
}

