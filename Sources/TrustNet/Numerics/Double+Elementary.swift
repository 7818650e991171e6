/// e^x and ln x in plain Swift, for Leiden, Burt's hierarchy and the sampling error bound.
///
/// The `TrustNet` target imports no Foundation and no C library (DESIGN.md), and the standard
/// library has no `exp` or `log`. Written here with IEEE arithmetic only, they also give the same
/// bits on every platform, which keeps seeded results identical across platforms (the C
/// libraries' `exp` may differ in the last bit). Accuracy: within a few ulps (relative error
/// below 1e-15) over the whole range; tested against Foundation's functions.
extension Double {
    /// ln 2 split in a high part exact in 32 bits and a low part (Cody and Waite's reduction).
    private static let ln2High = 6.931_471_803_691_238_164_90e-01
    private static let ln2Low = 1.908_214_929_270_587_700_02e-10

    /// e^x. Range reduction x = k·ln 2 + r with |r| ≤ ln 2 / 2, the degree-13 Taylor polynomial
    /// of e^r (truncation error below 5e-18), then the exponent k applied exactly.
    static func exponential(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x > 709.782_712_893_384 { return .infinity }
        if x < -745.133_219_101_941_1 { return 0 }
        // k = x / ln 2 rounded to the nearest integer, by adding and removing 1.5·2^52 (exact
        // for |x / ln 2| < 2^51; no call to the C library's rounding).
        let magic = 6_755_399_441_055_744.0
        let k = (x * 1.442_695_040_888_963_4 + magic) - magic
        let r = (x - k * ln2High) - k * ln2Low
        var p = 1.605_904_383_682_161_3e-10  // 1/13!
        p = p * r + 2.087_675_698_786_81e-09
        p = p * r + 2.505_210_838_544_172e-08
        p = p * r + 2.755_731_922_398_589e-07
        p = p * r + 2.755_731_922_398_589_3e-06
        p = p * r + 2.480_158_730_158_73e-05
        p = p * r + 1.984_126_984_126_984e-04
        p = p * r + 1.388_888_888_888_889e-03
        p = p * r + 8.333_333_333_333_333e-03
        p = p * r + 4.166_666_666_666_666_4e-02
        p = p * r + 1.666_666_666_666_666_6e-01
        p = p * r + 0.5
        p = p * r + 1
        let sum = p * r + 1
        let exponent = Int(k)
        // Two steps, so that results near the subnormal range round once, at the end.
        if exponent < -1000 {
            return Double(sign: .plus, exponent: exponent + 60, significand: sum) * 0x1p-60
        }
        return Double(sign: .plus, exponent: exponent, significand: sum)
    }

    /// ln x: −∞ at 0, NaN below 0. x = m · 2^e with m in [√½, √2), then
    /// ln m = 2·atanh(s) = 2(s + s³/3 + s⁵/5 + …) with s = (m − 1)/(m + 1), |s| < 0.172.
    static func naturalLogarithm(_ x: Double) -> Double {
        if x.isNaN || x < 0 { return .nan }
        if x == 0 { return -.infinity }
        if x == .infinity { return x }
        var m = x.significand  // in [1, 2), subnormals included
        var e = Double(x.exponent)
        if m > 1.414_213_562_373_095_1 {
            m /= 2
            e += 1
        }
        let s = (m - 1) / (m + 1)
        let s2 = s * s
        var series = 0.0
        for i in stride(from: 25, through: 3, by: -2) { series = (series + 1 / Double(i)) * s2 }  // s²/3 + s⁴/5 + …
        let lnM = 2 * s + 2 * s * series
        return e * ln2High + (lnM + e * ln2Low)
    }
}
