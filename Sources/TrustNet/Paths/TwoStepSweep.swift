extension Graph {
    /// For each person v, how many others are within two steps of them: |{u ≠ v : d(u → v) ≤ 2}|,
    /// the people who name v or name someone who does.
    ///
    /// Definition: count(v) = |(in(v) ∪ ⋃_{u ∈ in(v)} in(u)) \ {v}|, in(x) being the people who
    /// name x.
    ///
    /// Two levels of a bit-parallel search (Then et al. 2014) for 256 people at a time, pushed
    /// along in-ties only from the nodes the level before reached: every node x keeps one bit
    /// per person of the batch, so someone who names many of the 256 is walked once, not once
    /// per person (ties inside a school or department make this common). The bits are then
    /// added up per person with a carry-save adder tree (Harley–Seal positional population
    /// count), a few word operations per reached node.
    ///
    /// - Parameter maxWorkers: at most this many threads (the tests compare one with two).
    /// - Returns: one count per node.
    /// - Complexity: O(Σ_batches Σ_{x reached at level 1} in(x)) word operations, at most
    ///   O(Σ_v Σ_{u → v} in(u)), plus n/64 words of the level-1 bitmap read per batch (n²/16,384
    ///   in all); O(n) memory per worker (two 32-byte words per node); the batches are shared
    ///   by up to `maxWorkers` threads (all cores by default), which give the same counts as one.
    ///
    /// Directed; unweighted (every tie is one hop); disconnected graphs and isolates are fine.
    ///
    /// Reference: Then, M., Kaufmann, M., Chirigati, F., Hoang-Vu, T.-A., Pham, K., Kemper, A.,
    /// Neumann, T., Vo, H. T. (2014). The More the Merrier: Efficient Multi-Source Graph
    /// Traversal. *PVLDB* 8(4), 449–460. DOI 10.14778/2735496.2735507. Counting: Warren, H. S.
    /// (2012). *Hacker's Delight*, 2nd ed., §5-1 (the carry-save adder population count of
    /// Harley and Seal).
    ///
    /// Example: in `a → b → c`: c counts b and a (2), b counts a (1), a counts nobody (0).
    func countsWithinTwoStepsBitParallel(maxWorkers: Int = SourceChunks.coreCount) -> [Int] {
        let graph = self
        let width = TwoStepSweep.width
        let batches = WorkCounter(count: (nodeCount + width - 1) / width)
        let counts = UncheckedBuffer<Int>(repeating: 0, count: nodeCount)
        // A batch takes ~35 µs on the district benchmark graph, about what waking a pooled
        // thread costs, so a small team takes batches as it gets to them (``WorkerTeam``). Each
        // batch's counts go to its own people, so who does which cannot change them.
        WorkerTeam.run(workers: min(maxWorkers, SourceChunks.coreCount, batches.count)) { _ in
            let sweep = TwoStepSweep(graph: graph)
            while let batch = batches.next() {
                let first = batch * width
                sweep.run(people: first..<min(first + width, graph.nodeCount), into: counts)
            }
        }
        return counts.array
    }
}

/// The two-level search of ``Graph/countsWithinTwoStepsBitParallel()`` for one worker. Its buffers are
/// raw (the kernel keeps its counters in registers, which captured array state would not
/// allow), reused from batch to batch, and all-zero between batches.
final class TwoStepSweep {
    typealias Lanes = SIMD4<UInt64>
    static let width = 256

    let graph: Graph
    /// Per node: which people of the batch it names (level 1).
    private let named: UnsafeMutablePointer<Lanes>
    /// Per node: which people of the batch it reaches within two steps.
    private let reached: UnsafeMutablePointer<Lanes>
    /// Per node: the last batch that touched it, so each touched node is listed once.
    private let stamp: UnsafeMutablePointer<Int32>
    /// The nodes touched; one spare slot, as a node is written before the count decides
    /// whether it is new.
    private let touched: UnsafeMutablePointer<Int32>
    /// One bit per node: reached at level 1 (all clear between batches).
    private let levelOne: UnsafeMutablePointer<UInt64>
    private let levelOneWords: Int
    /// The batch's counts, bit-sliced: plane p holds bit p of every person's count. As many
    /// planes as a count can need (no count exceeds n − 1), at least the three the adder tree
    /// fills.
    private let planes: UnsafeMutablePointer<Lanes>
    private let planeCount: Int
    /// spread[b] has byte j equal to bit j of b: turns 8 people's bits of one plane into 8
    /// byte-sized counters at once.
    private let spread: UnsafeMutablePointer<UInt64>
    private var batchNumber: Int32 = 0

    init(graph: Graph) {
        self.graph = graph
        let n = graph.nodeCount
        named = .allocate(capacity: n)
        named.initialize(repeating: Lanes(), count: n)
        reached = .allocate(capacity: n)
        reached.initialize(repeating: Lanes(), count: n)
        stamp = .allocate(capacity: n)
        stamp.initialize(repeating: -1, count: n)
        touched = .allocate(capacity: n + 1)
        levelOneWords = (n + 63) / 64
        levelOne = .allocate(capacity: max(levelOneWords, 1))
        levelOne.initialize(repeating: 0, count: levelOneWords)
        planeCount = max(Int.bitWidth - n.leadingZeroBitCount, 3)
        planes = .allocate(capacity: planeCount)
        spread = .allocate(capacity: 256)
        for b in 0..<256 {
            spread[b] = (0..<8).reduce(0) { word, j in word | (UInt64(b >> j & 1) << UInt64(8 * j)) }
        }
    }

    deinit {
        named.deallocate()
        reached.deallocate()
        stamp.deallocate()
        touched.deallocate()
        levelOne.deallocate()
        planes.deallocate()
        spread.deallocate()
    }

    /// Writes the counts of the people in `people` (at most ``width`` consecutive nodes) to
    /// their places in `counts`.
    func run(people: Range<Int>, into counts: UncheckedBuffer<Int>) {
        precondition(people.count <= Self.width)
        batchNumber += 1
        graph.inOffsets.withUnsafeBufferPointer { offsets in
            graph.inSources.withUnsafeBufferPointer { sources in
                search(people: people, offsets: offsets.baseAddress!, sources: sources.baseAddress!)
            }
        }
        // From bit-sliced planes to one count per person, 8 people at a time: byte j of
        // `bytes` collects bits c…c+7 of person j's count.
        planes.withMemoryRebound(to: UInt64.self, capacity: planeCount * 4) { words in
            for group in stride(from: 0, to: people.count, by: 8) {
                let word = group >> 6, shift = UInt64(group & 63)
                var count = SIMD8<Int>()
                for c in stride(from: 0, to: planeCount, by: 8) {
                    var bytes: UInt64 = 0
                    for p in c..<min(c + 8, planeCount) {
                        bytes |= spread[Int(truncatingIfNeeded: words[p &* 4 &+ word] >> shift) & 0xFF] << UInt64(p - c)
                    }
                    for j in 0..<8 { count[j] |= Int(truncatingIfNeeded: bytes >> UInt64(8 * j) & 0xFF) << c }
                }
                for j in 0..<min(8, people.count - group) { counts[people.lowerBound + group + j] = count[j] }
            }
        }
    }

    /// Runs both levels and adds the reached words up per bit into ``planes``, leaving the
    /// other buffers zero.
    private func search(people: Range<Int>, offsets: UnsafePointer<Int>, sources: UnsafePointer<Int32>) {
        let mark = batchNumber
        let first = people.lowerBound
        // Level 1: who names each person of the batch, setting one 64-bit lane per tie (not
        // the whole word) and marking who is reached.
        named.withMemoryRebound(to: UInt64.self, capacity: graph.nodeCount * 4) { lanes in
            for v in people {
                let one: UInt64 = 1 << UInt64((v - first) & 63)
                let lane = (v - first) >> 6
                for k in offsets[v]..<offsets[v + 1] {
                    let u = Int(sources[k])
                    lanes[u &* 4 &+ lane] |= one
                    levelOne[u >> 6] |= 1 << UInt64(u & 63)
                }
            }
        }
        // Level 2: who names them, from each level-1 node once and in node order, so the
        // in-lists are read front to back (the people named reach the batch too).
        var touchedCount = 0
        for w in 0..<levelOneWords {
            var bits = levelOne[w]
            levelOne[w] = 0
            while bits != 0 {
                let x = w << 6 | bits.trailingZeroBitCount
                bits &= bits &- 1
                let word = named[x]
                named[x] = Lanes()
                reached[x] |= word
                listOnce(x, mark: mark, count: &touchedCount)
                for k in offsets[x]..<offsets[x + 1] {
                    let t = Int(sources[k])
                    reached[t] |= word
                    listOnce(t, mark: mark, count: &touchedCount)
                }
            }
        }
        // Nobody counts themselves.
        for v in people { reached[v] &= ~Self.bit(v - first) }
        // Add the touched words up per bit, clearing them: a carry-save adder tree over eight
        // words at a time leaves ones/twos/fours planes and one eights word per step, which
        // goes into the bit-sliced counters of weight 8 and up (planes 3, 4, …).
        var ones = Lanes(), twos = Lanes(), fours = Lanes()
        for p in 3..<planeCount { planes[p] = Lanes() }
        var i = 0
        while i < touchedCount {
            var twosA = Lanes(), twosB = Lanes(), foursA = Lanes(), foursB = Lanes(), eights = Lanes()
            Self.add(&twosA, &ones, ones, take(i, touchedCount), take(i + 1, touchedCount))
            Self.add(&twosB, &ones, ones, take(i + 2, touchedCount), take(i + 3, touchedCount))
            Self.add(&foursA, &twos, twos, twosA, twosB)
            Self.add(&twosA, &ones, ones, take(i + 4, touchedCount), take(i + 5, touchedCount))
            Self.add(&twosB, &ones, ones, take(i + 6, touchedCount), take(i + 7, touchedCount))
            Self.add(&foursB, &twos, twos, twosA, twosB)
            Self.add(&eights, &fours, fours, foursA, foursB)
            i += 8
            // A fixed ripple costs less than stopping early, whose branch the processor
            // cannot predict.
            for p in 3..<planeCount {
                let overflow = planes[p] & eights
                planes[p] ^= eights
                eights = overflow
            }
        }
        planes[0] = ones
        planes[1] = twos
        planes[2] = fours
    }

    /// Lists `node` in ``touched`` once per batch without a branch: always writes it at
    /// `count`, and advances `count` only when the batch had not touched it yet.
    @inline(__always)
    private func listOnce(_ node: Int, mark: Int32, count: inout Int) {
        touched[count] = Int32(node)
        count &+= stamp[node] != mark ? 1 : 0
        stamp[node] = mark
    }

    /// The reached word of the i-th touched node, cleared; zero past the end.
    @inline(__always)
    private func take(_ i: Int, _ count: Int) -> Lanes {
        guard i < count else { return Lanes() }
        let t = Int(touched[i])
        let word = reached[t]
        reached[t] = Lanes()
        return word
    }

    /// The word with only bit `i` set.
    @inline(__always)
    private static func bit(_ i: Int) -> Lanes {
        let one: UInt64 = 1 << UInt64(i & 63)
        let word = i >> 6
        return Lanes(word == 0 ? one : 0, word == 1 ? one : 0, word == 2 ? one : 0, word == 3 ? one : 0)
    }

    /// Carry-save adder: a + b + c = 2·high + low, bit by bit.
    @inline(__always)
    private static func add(_ high: inout Lanes, _ low: inout Lanes, _ a: Lanes, _ b: Lanes, _ c: Lanes) {
        let u = a ^ b
        high = (a & b) | (u & c)
        low = u ^ c
    }
}
