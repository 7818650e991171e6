import RealModule

/// Reports how far a power iteration has come towards its tolerance, to a `(done, total)`
/// progress callback in hundredths.
///
/// How many steps an iteration takes is not known in advance, but its residual falls about
/// geometrically, so the share done is read on a log scale: from the first step's residual
/// r₀ to the target t, a residual r has come log(r₀/r) / log(r₀/t) of the way. The share
/// never goes back and stays below 100 % until ``finish()`` reports `(100, 100)`.
struct ConvergenceProgress {
    private let report: (@Sendable (Int, Int) -> Void)?
    private let target: Double
    private var first: Double?
    private var shown = -1

    init(target: Double, _ report: (@Sendable (Int, Int) -> Void)?) {
        self.target = target
        self.report = report
    }

    /// Records one step's residual; reports when the share done has grown by a hundredth.
    mutating func record(residual: Double) {
        guard let report else { return }
        guard let first else {
            self.first = residual
            return
        }
        guard first > target, residual > 0, residual.isFinite else { return }
        let share = Double.log(first / residual) / Double.log(first / target)
        let hundredths = min(99, max(0, Int(share * 100)))
        guard hundredths > shown else { return }
        shown = hundredths
        report(hundredths, 100)
    }

    /// Reports that the iteration has settled.
    func finish() { report?(100, 100) }
}
