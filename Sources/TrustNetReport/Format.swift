import TrustNetGraphviz

/// How the report writes numbers and lists for a reader (no Foundation formatting: the same
/// bytes on every machine and locale).
enum Format {
    static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "–" }
        return "\(Int((share * 100).rounded()))%"
    }

    static func decimal(_ x: Double, _ digits: Int = 2) -> String { x.isFinite ? DOTText.fixed(x, digits) : "–" }

    /// With a sign: `+0.25`, `−0.40`.
    static func signed(_ x: Double) -> String {
        guard x.isFinite else { return "–" }
        let text = DOTText.fixed(abs(x), 2)
        return text == "0.00" ? text : (x < 0 ? "−" : "+") + text
    }

    /// A p-value: three decimals, or "< 0.001".
    static func pValue(_ p: Double) -> String {
        guard p.isFinite else { return "–" }
        return p < 0.001 ? "< 0.001" : DOTText.fixed(p, 3)
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    /// "a department", "an office", "a unit": the article by the word's first letter (a, e, i
    /// and o take "an"; u does not, as unit names with u sound "you": unit, university).
    static func withArticle(_ word: String) -> String {
        let lower = word.isEmpty ? "unit" : word.lowercased()
        return ("aeio".contains(lower.first!) ? "an " : "a ") + lower
    }

    static func plural(_ word: String) -> String {
        let lower = word.isEmpty ? "unit" : word.lowercased()
        if lower.hasSuffix("s") { return lower }
        if lower.hasSuffix("y") { return String(lower.dropLast()) + "ies" }
        return lower + "s"
    }

    /// "hardly", "weakly", "moderately", "strongly": how strong a rank correlation is.
    static func strength(_ r: Double) -> String {
        switch abs(r) {
        case ..<0.1: "hardly"
        case ..<0.3: "weakly"
        case ..<0.5: "moderately"
        default: "strongly"
        }
    }

    static func correlationMeaning(_ r: Double) -> String {
        guard r.isFinite else { return "cannot be measured here" }
        switch abs(r) {
        case ..<0.1: return "authority hardly follows it"
        case ..<0.3: return "authority follows it weakly"
        case ..<0.5: return "authority follows it moderately"
        default: return r > 0 ? "authority largely follows it" : "authority runs against it"
        }
    }

    /// A heat-map cell's background for `t` in 0…1: white to deep blue, white text when dark.
    static func heatStyle(_ t: Double) -> String {
        let t = min(max(t.isFinite ? t : 0, 0), 1)
        // From #ffffff to #08306b.
        func channel(_ from: Double, _ to: Double) -> Int { Int((from + (to - from) * t.squareRoot()).rounded()) }
        let r = channel(255, 8), g = channel(255, 48), b = channel(255, 107)
        return "background-color: rgb(\(r), \(g), \(b)); color: \(t > 0.35 ? "#ffffff" : "#222222")"
    }
}
