/// Σ_k weights[k] · values[indices[k]] over one row `range` of a compressed adjacency list: the
/// inner loop of PageRank and eigenvector centrality.
///
/// Four running sums, added up at the end, so that consecutive multiply-adds do not wait on
/// each other (one sum would make every tie wait for the addition before it, about four cycles).
/// The order of the additions depends only on the row, so the result is the same on every run.
@inline(__always)
func weightedRowSum(
    _ range: Range<Int>, indices: UnsafeBufferPointer<Int32>, weights: UnsafeBufferPointer<Double>,
    values: UnsafeBufferPointer<Double>
) -> Double {
    var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
    var k = range.lowerBound
    let end = range.upperBound
    while k + 4 <= end {
        s0 += weights[k] * values[Int(indices[k])]
        s1 += weights[k + 1] * values[Int(indices[k + 1])]
        s2 += weights[k + 2] * values[Int(indices[k + 2])]
        s3 += weights[k + 3] * values[Int(indices[k + 3])]
        k += 4
    }
    while k < end {
        s0 += weights[k] * values[Int(indices[k])]
        k += 1
    }
    return (s0 + s1) + (s2 + s3)
}
