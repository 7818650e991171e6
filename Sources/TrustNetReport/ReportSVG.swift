import TrustNetGraphviz

/// SVG markup the report may inline as it is: the only unescaped markup in the page.
///
/// It comes from two places only: ``LineChart`` (which escapes every text it writes with
/// `XMLText`) and Graphviz, from DOT whose every survey string went through `DOTText` and which
/// Graphviz escapes again on output. As a second line of defence, markup that could run a
/// script (`<script`, `javascript:`, an `on…=` event attribute, `<foreignObject`) is refused.
public struct ReportSVG: Sendable {
    public let markup: String

    /// Markup written by this module's charts.
    init(trusted markup: String) { self.markup = markup }

    /// The SVG Graphviz wrote, from its `<svg` element on (the XML prolog and doctype go).
    ///
    /// - Throws: ``ReportError/unsafeSVG(_:)`` when the markup holds anything that could run.
    public init(graphviz bytes: [UInt8]) throws(ReportError) {
        var text = String(decoding: bytes, as: UTF8.self)
        if let start = text.range(of: "<svg") { text = String(text[start.lowerBound...]) }
        if let problem = ReportSVG.scriptingProblem(in: text) { throw .unsafeSVG(problem) }
        markup = text
    }

    /// Renders a diagram through Graphviz and keeps its SVG.
    public init(diagram dot: String, engine: LayoutEngine) throws {
        try self.init(graphviz: try GraphvizRenderer.render(dot: dot, engine: engine, format: .svg))
    }

    /// What in `markup` could run a script, or `nil`.
    static func scriptingProblem(in markup: String) -> String? {
        let lower = markup.lowercased()
        for needle in ["<script", "javascript:", "<foreignobject", "<iframe", "<object", "<embed"] where lower.contains(needle) {
            return needle
        }
        // An event-handler attribute: whitespace, "on", letters, optional spaces, "=".
        let scalars = Array(lower.unicodeScalars)
        var i = 0
        while i + 3 < scalars.count {
            if scalars[i] == " " || scalars[i] == "\n" || scalars[i] == "\t" {
                if scalars[i + 1] == "o" && scalars[i + 2] == "n" {
                    var j = i + 3
                    while j < scalars.count, ("a"..."z").contains(scalars[j]) { j += 1 }
                    while j < scalars.count, scalars[j] == " " { j += 1 }
                    if j > i + 3, j < scalars.count, scalars[j] == "=", ReportSVG.insideTag(scalars, at: i) {
                        return "on…= attribute"
                    }
                }
            }
            i += 1
        }
        return nil
    }

    /// Whether position `i` lies inside a tag (after a `<` with no `>` since).
    private static func insideTag(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        var k = i
        while k >= 0 {
            if scalars[k] == ">" { return false }
            if scalars[k] == "<" { return true }
            k -= 1
        }
        return false
    }
}

/// Why a report could not be written.
public enum ReportError: Error, Sendable, CustomStringConvertible, Equatable {
    case unsafeSVG(String)
    case missingTemplate(String)
    case template(String)

    public var description: String {
        switch self {
        case .unsafeSVG(let what): "a diagram holds markup that could run a script (\(what)); the report was not written"
        case .missingTemplate(let name): "the report template \(name) is missing from TrustNet's resources"
        case .template(let message): "the report template does not parse: \(message)"
        }
    }
}
