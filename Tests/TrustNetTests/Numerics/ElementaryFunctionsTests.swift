import Foundation
import Testing
@testable import TrustNet

extension CommunityTests {
    /// `Double.exponential` and `Double.naturalLogarithm` (plain Swift) against Foundation's.
    @Suite struct ElementaryFunctionsTests {
        @Test func exponentialMatchesTheCLibrary() {
            var random = SeededGenerator(seed: 7)
            var values: [Double] = [0, -0.0, 1, -1, 0.5, -0.5, 700, -700, -744, 709.7, 1e-300, -1e-10]
            for _ in 0..<20_000 { values.append((random.unitInterval() - 0.5) * 1400) }
            for _ in 0..<2_000 { values.append(-random.unitInterval() * 10) }
            for x in values {
                let expected = exp(x)
                let relative = abs(Double.exponential(x) - expected) / expected
                #expect(relative <= 1e-15, "exp(\(x)): \(Double.exponential(x)) vs \(expected)")
            }
            #expect(abs(Double.exponential(1) - 2.718281828459045) <= 4.5e-16)
            #expect(Double.exponential(-800) == 0)
            #expect(Double.exponential(800) == .infinity)
            #expect(Double.exponential(.nan).isNaN)
        }

        @Test func logarithmMatchesTheCLibrary() {
            var random = SeededGenerator(seed: 8)
            var values: [Double] = [1, 2, 0.5, 10, 1e-300, .leastNonzeroMagnitude, 1e300, .greatestFiniteMagnitude, 1.414213562373095]
            for _ in 0..<20_000 { values.append(Double.exponential((random.unitInterval() - 0.5) * 1400)) }
            for _ in 0..<2_000 { values.append(0.5 + random.unitInterval()) }
            for x in values {
                let expected = log(x)
                let error = abs(Double.naturalLogarithm(x) - expected)
                #expect(error <= 1e-15 * max(1, abs(expected)), "ln(\(x)): \(Double.naturalLogarithm(x)) vs \(expected)")
            }
            #expect(Double.naturalLogarithm(1) == 0)
            #expect(Double.naturalLogarithm(0) == -.infinity)
            #expect(Double.naturalLogarithm(-1).isNaN)
        }
    }
}
