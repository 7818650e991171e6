/// The one voice of TrustNet: every sentence the command line, the report and the web app show
/// is made here from findings that are data. Small pieces of English (plurals, percentages,
/// lists, how strong a correlation is) are defined once, with one scale each.
///
/// No Foundation formatting: the same bytes on every machine and in every locale.
public enum Wording {
    /// Whom a sentence speaks to where it names what to do: the command line's user is told
    /// options and commands (`--size 5`), the web app's what to click or choose (or nothing,
    /// where the page offers no such choice).
    public enum Voice: Sendable, Hashable {
        case commandLine, browser
    }

    /// A share in [0, 1] as a whole percentage: "18%"; a share above 0 that rounds to 0 is
    /// "<1%", one below 1 that rounds to 100 is ">99%"; "–" when it cannot be measured.
    public static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "–" }
        let p = (share * 100).rounded()
        if p == 0 && share > 0 { return "<1%" }
        if p == 100 && share < 1 { return ">99%" }
        return "\(Int(p))%"
    }

    /// `count` as a whole percentage of `total`: "18%" ("0%" of nobody).
    public static func percent(_ count: Int, of total: Int) -> String {
        total > 0 ? percent(Double(count) / Double(total)) : "0%"
    }

    /// `x` with `digits` decimals, rounded half away from zero: `fixed(0.125, 2)` is "0.13";
    /// "–" when not finite.
    public static func fixed(_ x: Double, _ digits: Int = 2) -> String {
        guard x.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaledDouble = (abs(x) * scale).rounded()
        // Beyond what an Int holds, print the whole number without decimals.
        guard scaledDouble < 9.0e18 else { return (x < 0 ? "-" : "") + String(Int64(min(abs(x), 9.0e18))) }
        let scaled = Int(scaledDouble)
        let unit = Int(scale)
        let whole = scaled / unit
        var fraction = String(scaled % unit)
        while fraction.count < digits { fraction = "0" + fraction }
        let sign = x < 0 && scaled != 0 ? "-" : ""
        return digits == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    /// With a sign: `+0.25`, `−0.40` (a true minus sign), `0.00`.
    public static func signed(_ x: Double, _ digits: Int = 2) -> String {
        guard x.isFinite else { return "–" }
        let text = fixed(abs(x), digits)
        return Double(text) == 0 ? text : (x < 0 ? "−" : "+") + text
    }

    /// A p-value: three decimals, or "< 0.001".
    public static func pValue(_ p: Double) -> String {
        guard p.isFinite else { return "–" }
        return p < 0.001 ? "< 0.001" : fixed(p, 3)
    }

    /// "1 colleague", "3 colleagues": a count with its noun, plural when not one.
    public static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(grouped(n)) \(n == 1 ? singular : plural ?? Wording.plural(singular))"
    }

    /// A whole number with its thousands marked: "950", "1,268", "50,000", "-1,000".
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var text = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return (n < 0 ? "-" : "") + text
    }

    /// "1 colleague", "3 colleagues".
    public static func colleagues(_ n: Int) -> String { count(n, "colleague") }

    /// "1 person", "3 people".
    public static func people(_ n: Int) -> String { count(n, "person", "people") }

    /// The plural of a unit word as a roster column names it: "department" → "departments",
    /// "faculty" → "faculties", "units" stays; the empty word is "units".
    public static func plural(_ word: String) -> String {
        let lower = word.isEmpty ? "unit" : word.lowercased()
        if lower.hasSuffix("s") { return lower }
        if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) { return String(lower.dropLast()) + "ies" }
        return lower + "s"
    }

    /// "a department", "an office", "a unit": the article by the word's first letter (a, e, i
    /// and o take "an"; u does not, as unit names with u sound "you": unit, university).
    public static func withArticle(_ word: String) -> String {
        let lower = word.isEmpty ? "unit" : word.lowercased()
        return ("aeio".contains(lower.first!) ? "an " : "a ") + lower
    }

    /// "A", "A and B", "A, B and C"; with `more` > 0: "A, B and 3 more". Items that contain
    /// "and" read better with `separator: "; "`: "A and B; C and D; and 3 more".
    public static func list(_ items: [String], more: Int = 0, separator: String = ", ") -> String {
        let items = more > 0 ? items + ["\(more) more"] : items
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: separator) + (separator == ", " ? " and " : separator + "and ") + items.last!
        }
    }

    /// How strong a (rank) correlation is, on the one scale TrustNet uses everywhere:
    /// |r| < 0.1 "hardly", < 0.3 "weakly", < 0.5 "moderately", else "strongly".
    public static func strength(_ r: Double) -> String {
        switch abs(r) {
        case ..<0.1: "hardly"
        case ..<0.3: "weakly"
        case ..<0.5: "moderately"
        default: "strongly"
        }
    }
}
