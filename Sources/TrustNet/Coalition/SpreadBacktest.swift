/// The spread simulation held against an observed diffusion: how well the cascade and
/// threshold models, seeded with the earliest adopters, predict who adopted next, beside
/// orders that use no network.
public struct SpreadBacktest: Sendable, Equatable {
    /// How well one predicted order matches the observed one.
    public struct Score: Sendable, Equatable {
        /// Spearman's rank correlation between predicted and observed adoption period, over the
        /// scored people (positive: who the model expects earlier adopted earlier).
        public var spearman: Double
        /// The share of actual adopters among the predicted first adopters (as many of them as
        /// there are scored people).
        public var adopterShare: Double
    }

    /// A score over many random orders: mean and 95 % band.
    public struct Band: Sendable, Equatable {
        public var mean: Double
        public var low: Double
        public var high: Double
    }

    /// The people seeded: everyone who adopted in the first observed period.
    public var seeds: [Int]
    /// The people scored: known adoption after the first period.
    public var scored: [Int]
    /// Periods after the first (the rounds simulated): last observed period − first.
    public var periods: Int
    /// Observed cumulative share of all people adopted by period 0…periods.
    public var observedCurve: [Double]
    /// The cascade probability that best matches ``observedCurve``, and its mean curve.
    public var fittedProbability: Double
    public var fittedCurve: [Double]
    /// Root mean square difference between the fitted and observed curves (periods 1…).
    public var fitError: Double
    /// The cascade at ``fittedProbability`` (expected adoption round over the runs).
    public var cascade: Score
    /// The threshold model with ``thresholdCount`` adopting contacts.
    public var threshold: Score
    public var thresholdCount: Int
    /// Most named first (in-degree), no simulation.
    public var inDegree: Score
    /// Random orders.
    public var randomSpearman: Band
    public var randomAdopterShare: Band
    public var runs: Int
    public var randomOrders: Int
}

extension Graph {
    /// Scores the spread models against observed adoption.
    ///
    /// Definition: with t(v) the observed adoption period (`nil` = never or unknown), the
    /// seeds are the people with the earliest t, and R = max t − min t periods are simulated,
    /// one round per period. Each order gives every other person a predicted time: the cascade
    /// the mean adoption round over `runs` runs at the fitted probability, counting R + 1 for
    /// a run where they do not adopt; the threshold model (``SpreadModel/threshold(count:)``)
    /// its round, or R + 1; the in-degree order minus the number of people who name them;
    /// random orders a uniform shuffle. Each order is scored over the people with known
    /// adoption after the first period (the seeds are left out: they would agree by
    /// construction): Spearman's ρ between predicted time and t (ties share mean ranks), and
    /// the share of actual adopters among the k people predicted first, k = the number scored
    /// (people predicted at the same time on the edge of the k count in proportion). The
    /// cascade probability is the one whose mean curve is nearest the observed curve (least
    /// squares over periods 1…R; equal: the smaller), searched on the grid 0.05, 0.10, …, 1 and
    /// then in steps of 0.01 within 0.04 of the best; every probability is simulated with the
    /// same random numbers, so each round's mean grows with p and the fit is smooth in it.
    ///
    /// - Parameters:
    ///   - adoption: the observed period per person (any integers; only their order and
    ///     differences count), `nil` for never or unknown. Needs someone with a known period.
    ///   - thresholdCount: adopting contacts the threshold model needs.
    ///   - runs: cascade runs per probability and for the scores.
    ///   - randomOrders: random orders for the baseline band.
    ///   - generator: randomness (the same seed gives the same result, bit for bit).
    /// - Returns: the scores, the fitted probability and the curves.
    /// - Complexity: O(28 · runs · (n + m)) for the fit, O(randomOrders · n log n) for the
    ///   baseline.
    ///
    /// Directed as ``simulateSpread(from:model:runs:rounds:using:)``: a practice travels against
    /// the direction of a tie; weighted as the cascade reads weights; disconnected graphs are
    /// fine (people out of reach are predicted last).
    ///
    /// Reference: Coleman, J. S., Katz, E., Menzel, H. (1966). *Medical Innovation: A Diffusion
    /// Study*. Bobbs-Merrill; Van den Bulte, C., Lilien, G. L. (2001). Medical Innovation
    /// revisited: social contagion versus marketing effort. *American Journal of Sociology*
    /// 106(5), 1409–1435. DOI 10.1086/320819; Spearman (1904), DOI 10.2307/1412159.
    ///
    /// Example: the chain d → c → b → a (each names the next), observed a: 0, b: 1, c: 2, d:
    /// never; seeds {a}; the threshold model (1 contact) predicts b 1, c 2, d 3: ρ over {b, c}
    /// is 1, and the 2 predicted first (b, c) both adopted: share 1.
    public func backtestSpread(
        adoption: [Int?], thresholdCount: Int = 2, runs: Int = 1_000, randomOrders: Int = 1_000,
        using generator: inout some RandomNumberGenerator
    ) -> SpreadBacktest {
        precondition(adoption.count == nodeCount, "one adoption period per person")
        precondition(runs >= 1 && randomOrders >= 1 && thresholdCount >= 1)
        let known = adoption.compactMap { $0 }
        precondition(!known.isEmpty, "someone must have adopted")
        let first = known.min()!
        let periods = max(1, known.max()! - first)
        let t = adoption.map { $0.map { $0 - first } }
        let seeds = (0..<nodeCount).filter { t[$0] == 0 }
        let seedSet = Set(seeds)
        let others = (0..<nodeCount).filter { !seedSet.contains($0) }
        let scored = others.filter { t[$0] != nil }
        let observed = scored.map { Double(t[$0]!) }
        let isAdopter = t.map { $0 != nil }
        let n = Double(nodeCount)

        var observedCurve = [Double](repeating: 0, count: periods + 1)
        for case let p? in t { observedCurve[p] += 1 }
        for r in 1...periods { observedCurve[r] += observedCurve[r - 1] }
        observedCurve = observedCurve.map { $0 / n }

        func score(_ predicted: [Double]) -> SpreadBacktest.Score {
            let rho = RankCorrelation.spearman(scored.map { predicted[$0] }, observed)
            return SpreadBacktest.Score(spearman: rho, adopterShare: Self.adopterShare(predicted: predicted, among: others, isAdopter: isAdopter, k: scored.count))
        }

        // Fit the cascade probability on the curve, every probability with the same numbers:
        // the grid 0.05, 0.10, …, 1, then 0.01 steps around the best.
        let fitSeed = generator.next()
        var best: (step: Int, loss: Double, curve: [Double]) = (0, .infinity, [])
        var tried = Set<Int>()
        func tryStep(_ step: Int) {
            guard (1...100).contains(step), tried.insert(step).inserted else { return }
            var g = SeededGenerator(seed: fitSeed)
            let curve = simulateSpread(from: seeds, model: .cascade(probability: Double(step) / 100), runs: runs, rounds: periods, using: &g).mean
            var loss = 0.0
            for r in 1...periods { loss += (curve[r] - observedCurve[r]) * (curve[r] - observedCurve[r]) }
            if loss < best.loss || (loss == best.loss && step < best.step) { best = (step, loss, curve) }
        }
        for step in stride(from: 5, through: 100, by: 5) { tryStep(step) }
        let coarse = best.step
        for step in (coarse - 4)...(coarse + 4) { tryStep(step) }
        let fitted = Double(best.step) / 100

        // The cascade's expected round per person at the fitted probability.
        var total = [Double](repeating: 0, count: nodeCount)
        var g = SeededGenerator(seed: generator.next())
        forEachCascadeRun(from: seeds, probability: fitted, runs: runs, rounds: periods, using: &g) { round, _ in
            for v in 0..<nodeCount { total[v] += round[v] >= 0 ? Double(round[v]) : Double(periods + 1) }
        }
        let cascade = score(total.map { $0 / Double(runs) })

        let rounds = thresholdRounds(seeds: seeds, count: thresholdCount, rounds: periods)
        let threshold = score(rounds.map { $0 >= 0 ? Double($0) : Double(periods + 1) })
        let inDegree = score((0..<nodeCount).map { -Double(self.inDegree(of: $0)) })

        var rhos: [Double] = [], shares: [Double] = []
        var order = others
        var position = [Double](repeating: 0, count: nodeCount)
        for _ in 0..<randomOrders {
            generator.shuffle(&order)
            for (i, v) in order.enumerated() { position[v] = Double(i) }
            let s = score(position)
            rhos.append(s.spearman)
            shares.append(s.adopterShare)
        }
        func band(_ values: [Double]) -> SpreadBacktest.Band {
            let sorted = values.sorted()
            return SpreadBacktest.Band(
                mean: values.reduce(0, +) / Double(values.count), low: sorted[Int((Double(sorted.count - 1) * 0.025).rounded())],
                high: sorted[Int((Double(sorted.count - 1) * 0.975).rounded())])
        }
        return SpreadBacktest(
            seeds: seeds, scored: scored, periods: periods, observedCurve: observedCurve, fittedProbability: fitted, fittedCurve: best.curve,
            fitError: (best.loss / Double(periods)).squareRoot(), cascade: cascade, threshold: threshold, thresholdCount: thresholdCount,
            inDegree: inDegree, randomSpearman: band(rhos), randomAdopterShare: band(shares), runs: runs, randomOrders: randomOrders)
    }

    /// The share of adopters among the `k` people of `among` with the smallest predicted time;
    /// people tied at the edge of the k count in proportion (the expected share when ties are
    /// broken at random).
    static func adopterShare(predicted: [Double], among people: [Int], isAdopter: [Bool], k: Int) -> Double {
        guard k > 0, !people.isEmpty else { return 0 }
        let sorted = people.sorted { predicted[$0] < predicted[$1] }
        var taken = 0.0, adopters = 0.0
        var i = 0
        while i < sorted.count && taken < Double(k) {
            var j = i
            while j + 1 < sorted.count && predicted[sorted[j + 1]] == predicted[sorted[i]] { j += 1 }
            let group = sorted[i...j]
            let room = min(Double(group.count), Double(k) - taken)
            let groupAdopters = Double(group.count { isAdopter[$0] })
            adopters += groupAdopters * room / Double(group.count)
            taken += room
            i = j + 1
        }
        return adopters / Double(k)
    }
}
