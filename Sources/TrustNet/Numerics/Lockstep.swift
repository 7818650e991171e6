import Synchronization

#if canImport(Glibc)
import Glibc  // sched_yield
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the steps of an iterative computation (a power iteration's matrix–vector products) on
/// two threads in lockstep, for steps too short for `DispatchQueue.concurrentPerform`.
///
/// A step of PageRank on a 5,000-person network takes about 50 µs; waking a sleeping worker
/// thread costs about as much on a small virtual machine (measured here: two 20 µs halves
/// under `concurrentPerform` took 67 µs, the whole step on one thread 41 µs). So the workers
/// are started once per computation and wait for each other between steps by spinning on a
/// ``SpinBarrier`` (yielding the core after a while, so a busy machine is not starved), as
/// OpenMP's teams do.
///
/// The rows are cut into ``parts`` that depend only on the graph's size, never on the machine
/// (one part below ``parallelTieCount`` ties, two from there); worker w does the parts w,
/// w + workers, …, so on a one-core machine one thread does the same parts. Callers keep every
/// result per part and add parts in part order: one worker or two give the same bits.
struct Lockstep: Sendable {
    /// From this many ties a step is cut in two parts.
    static let parallelTieCount = 20_000

    /// The rows of each part, holding about the same number of ties (plus rows).
    let parts: [Range<Int>]
    /// The threads that share the parts: as many as parts, at most the cores.
    let workers: Int

    /// Cuts the rows `0..<offsets.count − 1` of a compressed adjacency list whose running tie
    /// count is `offsets`, to be shared by at most `maxWorkers` threads.
    init(offsets: [Int], maxWorkers: Int = 2) {
        let rows = offsets.count - 1
        let work = offsets[rows] + rows
        guard offsets[rows] >= Self.parallelTieCount else {
            parts = [0..<rows]
            workers = 1
            return
        }
        var middle = 0
        while middle < rows && offsets[middle] + middle < work / 2 { middle += 1 }
        parts = [0..<middle, middle..<rows]
        workers = min(maxWorkers, SourceChunks.coreCount, parts.count)
    }

    /// Calls `body(parts, barrier)` on ``workers`` threads (a ``WorkerTeam``: the calling thread
    /// is worker 0), each with the indices of its parts, and returns when all have returned.
    /// Every worker must call `barrier.wait()` the same number of times.
    func run(_ body: @escaping @Sendable (_ parts: [Int], _ barrier: SpinBarrier) -> Void) {
        let barrier = SpinBarrier(parties: workers)
        let mine = (0..<workers).map { w in Array(stride(from: w, to: parts.count, by: workers)) }
        WorkerTeam.run(workers: workers) { w in body(mine[w], barrier) }
    }
}

/// A barrier for a fixed number of threads that waits by spinning, then by yielding the core.
final class SpinBarrier: Sendable {
    let parties: Int
    private let arrived = Atomic<Int>(0)
    private let generation = Atomic<Int>(0)

    init(parties: Int) { self.parties = parties }

    /// Returns once all parties have called `wait()` for this round. Everything a thread wrote
    /// before its call is visible to every thread after theirs.
    func wait() {
        guard parties > 1 else { return }
        let round = generation.load(ordering: .acquiring)
        if arrived.wrappingAdd(1, ordering: .acquiringAndReleasing).newValue == parties {
            arrived.store(0, ordering: .relaxed)
            generation.store(round &+ 1, ordering: .releasing)
            return
        }
        var spins = 0
        while generation.load(ordering: .acquiring) == round {
            spins += 1
            if spins > 2_000 { sched_yield() }
        }
    }
}

/// What worker 0 of a ``Lockstep`` power iteration leaves for its caller after each step: the
/// buffer holding the latest scores and the step's residual. Read once the run has returned.
final class PowerIterationOutcome: @unchecked Sendable {
    private var latest: UncheckedBuffer<Double>?
    private(set) var residual = Double.infinity

    func record(_ scores: UncheckedBuffer<Double>, residual: Double) {
        latest = scores
        self.residual = residual
    }

    /// The latest scores (empty before the first step).
    var scores: [Double] { latest?.array ?? [] }
}
