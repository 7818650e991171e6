
/// How the report styles numbers on the page (the words and numbers themselves come from the
/// analysis layer's ``Wording``, as in every other output).
enum Format {
    /// A heat-map cell's background for `t` in 0…1: white to deep blue, white text when dark.
    static func heatStyle(_ t: Double) -> String {
        let t = min(max(t.isFinite ? t : 0, 0), 1)
        // From #ffffff to #08306b.
        func channel(_ from: Double, _ to: Double) -> Int { Int((from + (to - from) * t.squareRoot()).rounded()) }
        let r = channel(255, 8), g = channel(255, 48), b = channel(255, 107)
        return "background-color: rgb(\(r), \(g), \(b)); color: \(t > 0.35 ? "#ffffff" : "#222222")"
    }
}
