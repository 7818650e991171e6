import Testing
@testable import TrustNet

@Suite struct WeightedRowSumTests {
    /// Rows of every length from 0 to 11 (whole groups of four and every remainder), at every
    /// start, against a plain loop; the values are small integers, so both sums are exact.
    @Test func agreesWithAPlainLoop() {
        let values: [Double] = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7]
        let indices: [Int32] = [13, 0, 5, 5, 2, 11, 7, 1, 12, 3, 8, 6, 10, 4, 9, 0]
        let weights: [Double] = (0..<indices.count).map { Double($0 % 5 + 1) }
        var checked = 0
        values.withUnsafeBufferPointer { values in
            indices.withUnsafeBufferPointer { indices in
                weights.withUnsafeBufferPointer { weights in
                    for start in 0..<4 {
                        for length in 0...11 {
                            let range = start..<(start + length)
                            var expected = 0.0
                            for k in range { expected += weights[k] * values[Int(indices[k])] }
                            #expect(weightedRowSum(range, indices: indices, weights: weights, values: values) == expected)
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(checked == 48)
    }
}
