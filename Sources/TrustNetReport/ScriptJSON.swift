import TrustNetGraphviz
import TrustNetIO

/// JSON for a `<script type="application/json">` block: JSON text in which `<`, `>`, `&`,
/// U+2028 and U+2029 are written as `\u` escapes, so no data can close the block
/// (`</script>`), open a comment (`<!--`) or end a line in older parsers. The data read
/// back by `JSON.parse` is unchanged.
enum ScriptJSON {
    /// A JSON string literal safe inside a script block.
    static func string(_ text: String) -> String { safe(JSONText.string(text)) }

    /// JSON text made safe inside a script block.
    static func safe(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A number as JSON (non-finite values as `null`), four decimals at most.
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        if x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
        return DOTText.fixed(x, 4)
    }
}
