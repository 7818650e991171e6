import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a per-source computation over all nodes on every core, deterministically.
///
/// The sources `0..<count` are cut into a fixed number of contiguous chunks that does not
/// depend on the machine; each chunk's result is kept in its own slot and returned in chunk
/// order, so reducing them in that order gives the same bits on 1 core or 64.
enum SourceChunks {
    /// The number of chunks for `count` sources: enough to keep every core busy and to report
    /// progress smoothly, few enough that per-chunk buffers stay small.
    static func chunkCount(for count: Int) -> Int { min(count, 64) }

    /// The cores online: how many workers a computation that keeps one buffer per worker
    /// starts (only ever how fast, never what it computes).
    static var coreCount: Int {
        #if canImport(Glibc)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #elseif canImport(Darwin)
        return max(1, Int(sysconf(_SC_NPROCESSORS_ONLN)))
        #else
        return 1
        #endif
    }

    /// Calls `work` on each chunk of `0..<count` in parallel and returns the results in order.
    /// `progress` (when given) is called with (sources done, count) after each chunk, serially.
    ///
    /// `maxChunks` lowers the number of chunks when each chunk has a large set-up cost (its own
    /// O(n) buffers).
    static func map<Partial: Sendable>(
        count: Int, maxChunks: Int = 64, progress: (@Sendable (Int, Int) -> Void)?, _ work: @Sendable (Range<Int>) -> Partial
    ) -> [Partial] {
        let chunks = min(chunkCount(for: count), maxChunks)
        guard chunks > 0 else { return [] }
        let results = ResultSlots<Partial>(count: chunks)
        let reporter = ProgressReporter(total: count, progress: progress)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let range = (count * c / chunks)..<(count * (c + 1) / chunks)
            results.store(work(range), at: c)
            reporter.advance(by: range.count)
        }
        return results.values()
    }
}

/// Counts finished sources and calls the progress callback on one serial queue.
private final class ProgressReporter: @unchecked Sendable {
    private let total: Int
    private let progress: (@Sendable (Int, Int) -> Void)?
    private let queue = DispatchQueue(label: "trustnet.progress")
    private var done = 0

    init(total: Int, progress: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.progress = progress
    }

    func advance(by sources: Int) {
        guard let progress else { return }
        queue.sync {
            done += sources
            progress(done, total)
        }
    }
}
