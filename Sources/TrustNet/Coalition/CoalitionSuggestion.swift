import Dispatch

/// What a coalition suggestion must respect.
public struct CoalitionConstraints: Sendable {
    /// People already enlisted: always in the set, picked first.
    public var keep: [Int]
    /// At most this many formal leaders in the set (kept people count too).
    public var maxFormal: Int?
    /// A unit per person (`nil` = none): when given, the set covers every unit when the size
    /// allows it (one member from each unit before a second from any).
    public var units: [Int?]?
    /// Who may be chosen (e.g. trusted by at least X colleagues); everyone when `nil`.
    public var eligible: [Bool]?

    public init(keep: [Int] = [], maxFormal: Int? = nil, units: [Int?]? = nil, eligible: [Bool]? = nil) {
        self.keep = keep
        self.maxFormal = maxFormal
        self.units = units
        self.eligible = eligible
    }
}

/// One person of a suggested coalition, in the order picked.
public struct CoalitionPick: Sendable, Equatable {
    public var person: Int
    /// How much they add to the set's distance-weighted reach (a share of the staff).
    public var marginalGain: Double
    /// The reach of the set up to and including them.
    public var reachAfter: Double
    /// Whether they were kept (already enlisted) rather than chosen.
    public var kept: Bool
}

/// A suggested guiding coalition: K people who together reach the most colleagues.
public struct CoalitionSuggestion: Sendable {
    public var picks: [CoalitionPick]
    /// Distance-weighted reach of the set (``CoalitionReach``).
    public var reach: Double
    /// Shares of the staff within one and two steps of the set.
    public var withinOne: Double
    public var withinTwo: Double
    /// Units with at least one member, when units were given.
    public var unitsCovered: Int
    public var members: [Int] { picks.map(\.person) }

    /// Chooses `size` people who together reach the most colleagues, under `constraints`.
    ///
    /// Definition: maximize DR(S) (``CoalitionReach``) over sets of `size` candidates that
    /// contain `keep`, hold at most `maxFormal` formal leaders and cover the units when the
    /// size allows. DR is monotone and submodular, so greedy selection is within 1 − 1/e of
    /// the optimum; lazy evaluation (a gain can only shrink as the set grows) skips most
    /// re-computations; then single swaps (one member out, one candidate in) are applied while
    /// any improves DR without breaking a constraint (swaps consider the 200 best single
    /// people; on pools of at most 40 people, exchanges of two members for two are tried too). Greedy is also restarted from each of the `restarts` best single people (a
    /// different first pick leaves local optima that single swaps cannot; 32 on networks up to
    /// 500 people, 4 beyond), and the best set is kept. It is listed in greedy order so each pick's
    /// marginal gain reads naturally.
    ///
    /// - Parameters:
    ///   - size: K (at least the number kept).
    ///   - reach: the reach model (its candidates are the people who may be chosen).
    ///   - formal: whether each person holds a formal leadership title.
    /// - Returns: the picks in order with their gains; fewer than K when not enough people
    ///   may be chosen.
    /// - Complexity: O(restarts · (K·c·n + passes·K·(K + 200)·n)) in the worst case; lazy
    ///   evaluation makes greedy much cheaper in practice.
    ///
    /// Reference: Borgatti, S. P. (2006), DOI 10.1007/s10588-006-7084-x (KPP-Pos and its
    /// greedy/swap heuristic); Minoux, M. (1978), Accelerated greedy algorithms for maximizing
    /// submodular set functions, *Optimization Techniques*, LNCS 7, 234–243.
    /// DOI 10.1007/BFb0006528.
    ///
    /// Example: two departments of five, each teacher naming their department's expert, and the
    /// two experts naming each other: with K = 2 the two experts are chosen (DR = 1).
    public static func suggest(
        size: Int, reach: CoalitionReach, formal: [Bool], constraints: CoalitionConstraints = CoalitionConstraints(),
        restarts: Int? = nil, maxSwapPasses: Int = 5
    ) -> CoalitionSuggestion {
        let rules = Rules(reach: reach, formal: formal, constraints: constraints)
        // The best single people: where restarts begin, and (on large networks) the only
        // candidates swaps consider.
        let ranked = rules.pool.map { ($0, reach.reach(of: [$0])) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0)
        let swapPool = ranked.prefix(200).sorted()
        // Plain greedy, then greedy started from each of the best single people (a different
        // first pick escapes local optima that single swaps cannot leave); keep the best.
        var starts: [Int?] = [nil]
        if constraints.keep.count < size {
            let restartCount = restarts ?? (reach.nodeCount <= 500 ? 32 : 4)
            let first = ranked.lazy.filter { !constraints.keep.contains($0) && rules.allows($0, joining: constraints.keep, size: size) }
            starts += first.prefix(restartCount).map { Optional($0) }
        }
        // The starts run side by side on the cores; the best is then chosen in start order, as
        // one after another would.
        let firstPicks = starts
        let results = ResultSlots<(set: [Int], value: Double)>(count: firstPicks.count)
        DispatchQueue.concurrentPerform(iterations: firstPicks.count) { i in
            var set = greedy(size: size, start: firstPicks[i], reach: reach, rules: rules)
            var value = improveBySwaps(&set, candidates: swapPool, reach: reach, rules: rules, passes: maxSwapPasses)
            if rules.pool.count <= 40 {
                while let better = improveByPairSwap(set, reach: reach, rules: rules, current: value) {
                    set = better.set
                    value = improveBySwaps(&set, candidates: swapPool, reach: reach, rules: rules, passes: maxSwapPasses)
                }
            }
            results.store((set, value), at: i)
        }
        var bestSet: [Int] = []
        var bestValue = -1.0
        for (set, value) in results.values() where value > bestValue + 1e-12 {
            bestSet = set
            bestValue = value
        }
        return ordered(bestSet, kept: constraints.keep, reach: reach, units: rules)
    }

    /// Lazy greedy from the kept people (and `start`, when given).
    static func greedy(size: Int, start: Int?, reach: CoalitionReach, rules: Rules) -> [Int] {
        var set: [Int] = []
        var best = [Double](repeating: 0, count: reach.nodeCount)
        for p in rules.constraints.keep + (start.map { [$0] } ?? []) where !set.contains(p) {
            set.append(p)
            reach.merge(p, into: &best)
        }
        // Gains only shrink as the set grows, so a stale gain is an upper bound: re-evaluate
        // the highest bound and take it if it still beats every other bound.
        var bounds: [(gain: Double, person: Int)] = rules.pool.map { (reach.gain(of: $0, over: best), $0) }
        let byBound: ((gain: Double, person: Int), (gain: Double, person: Int)) -> Bool = {
            $0.gain != $1.gain ? $0.gain < $1.gain : $0.person > $1.person
        }
        while set.count < size {
            bounds.removeAll { set.contains($0.person) }
            bounds.sort(by: byBound)
            var chosen: Int?
            while let top = bounds.indices.last(where: { rules.allows(bounds[$0].person, joining: set, size: size) }) {
                let p = bounds[top].person
                let fresh = reach.gain(of: p, over: best)
                let rival = bounds[..<top].last { rules.allows($0.person, joining: set, size: size) }
                if rival == nil || fresh >= rival!.gain {
                    chosen = p
                    break
                }
                // The gain only shrank: move the entry down to its place (the rest stays sorted).
                let entry = (gain: fresh, person: p)
                bounds.remove(at: top)
                var low = 0, high = top
                while low < high {
                    let mid = (low + high) / 2
                    if byBound(bounds[mid], entry) { low = mid + 1 } else { high = mid }
                }
                bounds.insert(entry, at: low)
            }
            guard let p = chosen else { break }
            set.append(p)
            reach.merge(p, into: &best)
        }
        return set
    }

    /// Replaces one non-kept member by one of `candidates` while that raises DR without
    /// breaking a constraint; returns the final DR. The value of each swap is the reach of the
    /// other members plus the candidate's gain over them: O(n) per candidate.
    static func improveBySwaps(_ set: inout [Int], candidates: [Int], reach: CoalitionReach, rules: Rules, passes: Int) -> Double {
        var current = reach.reach(of: set)
        let kept = Set(rules.constraints.keep)
        let n = Double(max(reach.nodeCount, 1))
        for _ in 0..<passes {
            var improved = false
            for i in set.indices where !kept.contains(set[i]) {
                var rest = set
                rest.remove(at: i)
                var restBest = [Double](repeating: 0, count: reach.nodeCount)
                for p in rest { reach.merge(p, into: &restBest) }
                let restTotal = restBest.reduce(0, +)
                let coverage = rules.coverage(of: set)
                var bestSwap: (person: Int, value: Double)?
                for c in candidates where !set.contains(c) && rules.allows(c, joining: rest, size: set.count) {
                    let value = (restTotal + reach.gain(of: c, over: restBest)) / n
                    if value > (bestSwap?.value ?? current) + 1e-12 && rules.coverage(of: rest + [c]) >= coverage {
                        bestSwap = (c, value)
                    }
                }
                if let swap = bestSwap {
                    set[i] = swap.person
                    current = swap.value
                    improved = true
                }
            }
            if !improved { break }
        }
        return current
    }

    /// The best exchange of two non-kept members for two candidates, if it raises DR above
    /// `current` without breaking a constraint (small pools only: O(K²·c²·n)).
    static func improveByPairSwap(_ set: [Int], reach: CoalitionReach, rules: Rules, current: Double) -> (set: [Int], value: Double)? {
        let kept = Set(rules.constraints.keep)
        let n = Double(max(reach.nodeCount, 1))
        let coverage = rules.coverage(of: set)
        var best: (set: [Int], value: Double)?
        let free = set.indices.filter { !kept.contains(set[$0]) }
        for a in free.indices {
            for b in free.indices where b > a {
                let rest = set.enumerated().filter { $0.offset != free[a] && $0.offset != free[b] }.map(\.element)
                var restBest = [Double](repeating: 0, count: reach.nodeCount)
                for p in rest { reach.merge(p, into: &restBest) }
                let restTotal = restBest.reduce(0, +)
                for c1 in rules.pool where !set.contains(c1) && rules.allows(c1, joining: rest, size: set.count) {
                    var withC1 = restBest
                    reach.merge(c1, into: &withC1)
                    let base = restTotal + reach.gain(of: c1, over: restBest)
                    for c2 in rules.pool where c2 > c1 && !set.contains(c2) && rules.allows(c2, joining: rest + [c1], size: set.count) {
                        let value = (base + reach.gain(of: c2, over: withC1)) / n
                        let candidate = rest + [c1, c2]
                        if value > (best?.value ?? current) + 1e-12 && rules.coverage(of: candidate) >= coverage {
                            best = (candidate, value)
                        }
                    }
                }
            }
        }
        return best
    }

    /// Lists `set` with the kept people first, then greedily by marginal gain.
    static func ordered(_ set: [Int], kept: [Int], reach: CoalitionReach, units rules: Rules) -> CoalitionSuggestion {
        var best = [Double](repeating: 0, count: reach.nodeCount)
        var picks: [CoalitionPick] = []
        var total = 0.0
        let n = Double(max(reach.nodeCount, 1))
        var remaining = set.filter { !kept.contains($0) }
        for p in kept where set.contains(p) {
            let g = reach.gain(of: p, over: best)
            reach.merge(p, into: &best)
            total += g
            picks.append(CoalitionPick(person: p, marginalGain: g / n, reachAfter: total / n, kept: true))
        }
        while !remaining.isEmpty {
            let gains = remaining.map { reach.gain(of: $0, over: best) }
            let i = gains.indices.max { gains[$0] != gains[$1] ? gains[$0] < gains[$1] : remaining[$0] > remaining[$1] }!
            let p = remaining.remove(at: i)
            reach.merge(p, into: &best)
            total += gains[i]
            picks.append(CoalitionPick(person: p, marginalGain: gains[i] / n, reachAfter: total / n, kept: false))
        }
        let members = picks.map(\.person)
        return CoalitionSuggestion(
            picks: picks, reach: reach.reach(of: members), withinOne: reach.share(of: members, withinSteps: 1),
            withinTwo: reach.share(of: members, withinSteps: 2), unitsCovered: rules.coverage(of: members))
    }

    /// The picks that were not kept (the new recruits of `--next`), with their gains.
    public var onlyNewPicks: CoalitionSuggestion {
        var copy = self
        copy.picks = picks.filter { !$0.kept }
        return copy
    }

    /// A given set (a recorded coalition) measured and listed in greedy order of what each
    /// member adds.
    public static func ordered(_ members: [Int], reach: CoalitionReach) -> CoalitionSuggestion {
        ordered(members, kept: [], reach: reach, units: Rules(reach: reach, formal: Array(repeating: false, count: reach.nodeCount), constraints: CoalitionConstraints()))
    }

    /// The best set by trying every combination: for tests of the heuristic on small cases.
    static func exhaustive(size: Int, reach: CoalitionReach, formal: [Bool], constraints: CoalitionConstraints = CoalitionConstraints()) -> Double {
        let rules = Rules(reach: reach, formal: formal, constraints: constraints)
        let pool = rules.pool.filter { !constraints.keep.contains($0) }
        let free = size - constraints.keep.count
        var best = -1.0
        var chosen: [Int] = []
        let bestCoverage = rules.maximumCoverage(size: size)
        func visit(_ start: Int) {
            if chosen.count == free {
                let set = constraints.keep + chosen
                let formalLimit = max(constraints.maxFormal ?? .max, rules.formalCount(constraints.keep))
                guard rules.formalCount(set) <= formalLimit, rules.coverage(of: set) >= bestCoverage
                else { return }
                best = max(best, reach.reach(of: set))
                return
            }
            guard start < pool.count else { return }
            for i in start..<pool.count {
                chosen.append(pool[i])
                visit(i + 1)
                chosen.removeLast()
            }
        }
        visit(0)
        return best
    }

    /// The constraints, as checks on a growing set.
    struct Rules {
        let formal: [Bool]
        let constraints: CoalitionConstraints
        /// Candidates allowed to be chosen, in person order.
        let pool: [Int]
        let unitCount: Int
        /// Whether someone in the pool belongs to each unit, by unit index, and how many units
        /// that is (computed once: `allows` is called for every candidate at every step).
        let inPool: [Bool]
        let poolUnitCount: Int

        init(reach: CoalitionReach, formal: [Bool], constraints: CoalitionConstraints) {
            self.formal = formal
            self.constraints = constraints
            let pool = reach.candidates.filter { constraints.eligible?[$0] ?? true }.sorted()
            self.pool = pool
            unitCount = Set((constraints.units ?? []).compactMap { $0 }).count
            var inPool = [Bool](repeating: false, count: (constraints.units?.compactMap { $0 }.max() ?? -1) + 1)
            if let units = constraints.units {
                for p in pool { if let u = units[p] { inPool[u] = true } }
            }
            self.inPool = inPool
            poolUnitCount = inPool.count { $0 }
        }

        func formalCount(_ set: [Int]) -> Int { set.count { formal[$0] } }

        /// Units with a member in `set`.
        func coverage(of set: [Int]) -> Int {
            guard let units = constraints.units else { return 0 }
            return Set(set.compactMap { units[$0] }).count
        }

        /// The most units a set of `size` can cover, given the pool and the kept people.
        func maximumCoverage(size: Int) -> Int {
            guard let units = constraints.units else { return 0 }
            let reachable = poolUnitCount + Set(constraints.keep.compactMap { units[$0] }.filter { !inPool[$0] }).count
            return min(reachable, coverage(of: constraints.keep) + max(0, size - constraints.keep.count))
        }

        /// Whether `p` may join `set` on the way to `size` members.
        func allows(_ p: Int, joining set: [Int], size: Int) -> Bool {
            if formal[p], let limit = constraints.maxFormal, formalCount(set) >= limit { return false }
            guard let units = constraints.units else { return true }
            // While the slots left are no more than the units still uncovered, only people from
            // uncovered units (that someone in the pool can still cover) may join. The set is
            // small: its pool units are listed, not hashed.
            var covered: [Int] = []
            for member in set {
                if let u = units[member], inPool[u], !covered.contains(u) { covered.append(u) }
            }
            let coverable = poolUnitCount - covered.count
            let slotsLeft = size - set.count
            if coverable > 0 && slotsLeft <= coverable {
                guard let u = units[p], inPool[u], !covered.contains(u) else { return false }
            }
            return true
        }
    }
}
