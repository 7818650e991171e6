/// Spearman's rank correlation, for "how far does informal authority follow title?".
enum RankCorrelation {
    /// Spearman's ρ: the Pearson correlation of the ranks of `x` and `y` (tied values share
    /// their mean rank). 0 when either has no variation.
    ///
    /// Reference: Spearman, C. (1904). The proof and measurement of association between two
    /// things. *American Journal of Psychology* 15(1), 72–101. DOI 10.2307/1412159.
    ///
    /// Example: x = (1, 2, 3), y = (10, 30, 20): ranks (1, 2, 3) and (1, 3, 2), ρ = 0.5.
    static func spearman(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count)
        return pearson(ranks(x), ranks(y))
    }

    static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && values[order[j + 1]] == values[order[i]] { j += 1 }
            let mean = Double(i + j) / 2 + 1
            for k in i...j { ranks[order[k]] = mean }
            i = j + 1
        }
        return ranks
    }

    static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let n = Double(x.count)
        guard n > 1 else { return 0 }
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        return sxx > 0 && syy > 0 ? sxy / (sxx * syy).squareRoot() : 0
    }
}
