import TrustNetGraphviz

/// SVG markup the report may inline as it is: the only unescaped markup in the page.
///
/// It comes from two places only: TrustNet's charts (`TrustNetIO`'s `LineChart` and
/// `BarChart`, which escape every text they write with `XMLText`) and Graphviz, from DOT whose every survey string went through `DOTText` and which
/// Graphviz escapes again on output. As a second line of defence, markup that could run a
/// script (`<script`, `javascript:`, an `on…=` event attribute, `<foreignObject`) is refused.
public struct ReportSVG: Sendable {
    public let markup: String

    /// An SVG document written by TrustNet's charts (`TrustNetIO`'s `LineChart`, `BarChart`),
    /// from its `<svg` element on (the XML prolog and doctype go).
    ///
    /// - Throws: ``ReportError/unsafeSVG(_:)`` when the markup holds anything that could run.
    public init(chart text: String) throws(ReportError) {
        var text = text
        if let start = text.range(of: "<svg") { text = String(text[start.lowerBound...]) }
        if let problem = ReportSVG.scriptingProblem(in: text) { throw .unsafeSVG(problem) }
        markup = text
    }

    /// The SVG Graphviz wrote, from its `<svg` element on.
    ///
    /// - Throws: ``ReportError/unsafeSVG(_:)`` when the markup holds anything that could run.
    public init(graphviz bytes: [UInt8]) throws(ReportError) {
        try self.init(chart: String(decoding: bytes, as: UTF8.self))
    }

    /// Renders a diagram through Graphviz and keeps its SVG.
    public init(diagram dot: String, engine: LayoutEngine) throws {
        try self.init(graphviz: try GraphvizRenderer.render(dot: dot, engine: engine, format: .svg))
    }

    /// What in `markup` could run a script, or `nil`: a `script`, `foreignObject`, `iframe`,
    /// `object` or `embed` element, an `on…` event attribute, or a link to `javascript:` or
    /// `data:`. Text and quoted attribute values (where escaped survey text lives) are skipped,
    /// so a name that reads like markup does not trip it; real markup always does.
    static func scriptingProblem(in markup: String) -> String? {
        let s = Array(markup.lowercased().unicodeScalars)
        let forbidden = ["script", "foreignobject", "iframe", "object", "embed"]
        func isNameScalar(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == ":" || c == "-" || c == "_" }
        var i = 0
        while i < s.count {
            guard s[i] == "<" else {
                i += 1
                continue
            }
            // A comment (Graphviz writes node names in them): skipped to its end.
            if i + 3 < s.count, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" {
                i += 4
                while i + 2 < s.count, !(s[i] == "-" && s[i + 1] == "-" && s[i + 2] == ">") { i += 1 }
                i += 3
                continue
            }
            // A tag: its element name, then attributes up to the closing `>`.
            i += 1
            if i < s.count, s[i] == "/" || s[i] == "!" || s[i] == "?" { i += 1 }
            var name = ""
            while i < s.count, isNameScalar(s[i]) {
                name.unicodeScalars.append(s[i])
                i += 1
            }
            if forbidden.contains(name) { return "<\(name)" }
            while i < s.count, s[i] != ">" {
                if isNameScalar(s[i]) {
                    var attribute = ""
                    while i < s.count, isNameScalar(s[i]) {
                        attribute.unicodeScalars.append(s[i])
                        i += 1
                    }
                    while i < s.count, s[i] == " " || s[i] == "\n" || s[i] == "\t" { i += 1 }
                    guard i < s.count, s[i] == "=" else { continue }
                    if attribute.hasPrefix("on") { return "\(attribute)= attribute" }
                    i += 1
                    while i < s.count, s[i] == " " { i += 1 }
                    var value = ""
                    if i < s.count, s[i] == "\"" || s[i] == "'" {
                        let quote = s[i]
                        i += 1
                        while i < s.count, s[i] != quote {
                            value.unicodeScalars.append(s[i])
                            i += 1
                        }
                        i += 1
                    } else {
                        while i < s.count, s[i] != " " && s[i] != ">" {
                            value.unicodeScalars.append(s[i])
                            i += 1
                        }
                    }
                    let trimmed = value.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
                    if attribute.hasSuffix("href") && (trimmed.hasPrefix("javascript:") || trimmed.hasPrefix("data:")) {
                        return "\(attribute)=\(trimmed.prefix(11))"
                    }
                } else {
                    i += 1
                }
            }
            i += 1
        }
        return nil
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
