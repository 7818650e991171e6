/// Reports a loop over `total` items to a `(done, total)` progress callback about a hundred
/// times, not once per item, so the check costs one comparison per item.
///
/// The last report is always `(total, total)`, from ``finish()``. Without a callback nothing
/// is reported and ``advance(to:)`` only compares two integers.
struct LoopProgress {
    private let total: Int
    private let report: (@Sendable (Int, Int) -> Void)?
    private let step: Int
    private var next: Int

    init(total: Int, _ report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.report = report
        step = max(1, total / 100)
        next = report == nil ? .max : step
    }

    /// Records that `done` items are finished; reports when another hundredth is.
    @inline(__always) mutating func advance(to done: Int) {
        guard done >= next else { return }
        next = done + step
        if done < total { report?(done, total) }
    }

    /// Reports that every item is finished.
    func finish() { report?(total, total) }
}
