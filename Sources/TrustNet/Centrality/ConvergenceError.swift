/// An iterative measure did not settle within its iteration limit.
public struct ConvergenceError: Error, Sendable, CustomStringConvertible {
    /// The measure, e.g. `"PageRank"`.
    public var algorithm: String
    public var iterations: Int
    /// The last change between iterations (L1 norm), to compare with the tolerance.
    public var residual: Double
    public var tolerance: Double

    public init(algorithm: String, iterations: Int, residual: Double, tolerance: Double) {
        self.algorithm = algorithm
        self.iterations = iterations
        self.residual = residual
        self.tolerance = tolerance
    }

    public var description: String {
        "\(algorithm) did not converge in \(iterations) iterations (last change \(residual), tolerance \(tolerance))"
    }
}
