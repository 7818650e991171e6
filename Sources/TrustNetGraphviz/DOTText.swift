/// Escaping of text for the DOT language: the only way survey text enters a diagram.
public enum DOTText {
    /// A double-quoted DOT string: `\` and `"` escaped, line breaks written as `\n`, other
    /// control characters dropped. A name like `x"; node [shape=box]` stays one string.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\r": out += "\\n"
            case "\n": if !previousWasCarriageReturn { out += "\\n" }
            default:
                if scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Text for an HTML-like DOT label (`<…>`): `& < > " '` as entities, control characters
    /// dropped, line breaks as spaces.
    public static func html(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.properties.generalCategory == .control { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `x` with a fixed number of decimals, without Foundation: `fixed(0.5, 2)` is `"0.50"`.
    public static func fixed(_ x: Double, _ digits: Int = 2) -> String {
        guard x.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        // Past 2⁵³ a Double holds no fraction, and Int(·) would trap beyond Int.max (a tie
        // weight of 1e15 ended the report with SIGILL): such numbers are written as Swift does.
        guard abs(x) * scale < 9.0e15 else { return "\(x.rounded())" }  // "1e+300": strtod reads it
        let scaled = Int((abs(x) * scale).rounded())
        let whole = scaled / Int(scale)
        var fraction = String(scaled % Int(scale))
        while fraction.count < digits { fraction = "0" + fraction }
        let sign = x < 0 && scaled != 0 ? "-" : ""
        return digits == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
