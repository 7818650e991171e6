import Foundation

/// One named line or set of bars of a chart. `nil` values are gaps (no point, no label).
public struct ChartSeries: Sendable, Equatable {
    public var name: String
    public var values: [Double?]

    public init(name: String, values: [Double?]) {
        self.name = name
        self.values = values
    }
}

/// How a chart writes its values.
public enum ChartScale: Sendable, Equatable {
    /// Shares in [0, 1] written as percentages; the axis runs from 0% to 100%.
    case percent
    /// Plain numbers with this many decimals; the axis runs from 0 to a round number above the
    /// largest value.
    case decimal(digits: Int)

    func label(_ x: Double) -> String {
        switch self {
        case .percent: String(format: "%.1f%%", x * 100)
        case .decimal(let digits): String(format: "%.\(digits)f", x)
        }
    }

    func tickLabel(_ x: Double, step: Double) -> String {
        switch self {
        case .percent: String(format: "%.0f%%", x * 100)
        case .decimal:
            // As many decimals as the step needs: 0.02 → 2, 2.5 → 1, 10 → 0.
            String(format: "%.\((0...6).first { d in abs(step * pow(10, Double(d)) - (step * pow(10, Double(d))).rounded()) < 1e-9 } ?? 6)f", x)
        }
    }
}

/// Colours and marks that stay apart for colour-blind readers and in grey print: the
/// Okabe–Ito palette, with a different marker and dash per series so colour is never the only
/// cue. Okabe, M., Ito, K. (2008). *Color Universal Design*. https://jfly.uni-koeln.de/color/
enum ChartStyle {
    static let colors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]
    static let dashes = ["", "6 4", "2 3", "8 3 2 3"]
    static let font = "font-family=\"Helvetica, Arial, sans-serif\""

    static func color(_ i: Int) -> String { colors[i % colors.count] }
    static func dash(_ i: Int) -> String { dashes[i % dashes.count] }

    /// A marker centred on (x, y): circle, square, triangle, diamond in turn.
    static func marker(_ i: Int, x: Double, y: Double) -> String {
        let c = color(i)
        switch i % 4 {
        case 0: return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"4.5\" fill=\"\(c)\"/>"
        case 1: return "<rect x=\"\(n(x - 4))\" y=\"\(n(y - 4))\" width=\"8\" height=\"8\" fill=\"\(c)\"/>"
        case 2: return "<path d=\"M\(n(x)) \(n(y - 5))L\(n(x + 5)) \(n(y + 4))L\(n(x - 5)) \(n(y + 4))Z\" fill=\"\(c)\"/>"
        default: return "<path d=\"M\(n(x)) \(n(y - 5))L\(n(x + 5)) \(n(y))L\(n(x)) \(n(y + 5))L\(n(x - 5)) \(n(y))Z\" fill=\"\(c)\"/>"
        }
    }

    /// A coordinate with at most one decimal.
    static func n(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}

/// The frame every chart shares: size, margins, title, axes with labels and ticks, legend.
struct ChartFrame {
    var title: String
    var subtitle: String?
    var categories: [String]
    var xLabel: String
    var yLabel: String
    var series: [ChartSeries]
    var scale: ChartScale
    var width: Double
    var height: Double

    let left = 78.0, right = 24.0
    /// Below the title and every line of the subtitle.
    var top: Double { 64 + 15 * Double(max(subtitleLines.count - 1, 0)) }

    /// The subtitle broken at spaces into lines that fit the chart's width (12 px text at most
    /// 6.5 px a character), so none is cut at the edge.
    var subtitleLines: [String] {
        guard let subtitle else { return [] }
        let fits = max(Int((width - left - right / 2) / 6.5), 20)
        var lines: [String] = [], line = ""
        for word in subtitle.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > fits {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
    var bottom: Double { series.count > 1 ? 92 : 64 }
    var plotWidth: Double { width - left - right }
    var plotHeight: Double { height - top - bottom }

    /// The top of the axis and the step between ticks.
    var axis: (maximum: Double, step: Double) {
        if scale == .percent { return (1, 0.2) }
        let largest = series.flatMap { $0.values.compactMap { $0 } }.filter(\.isFinite).max() ?? 0
        guard largest > 0 else { return (1, 0.2) }
        let rough = largest / 5
        let magnitude = pow(10, floor(log10(rough)))
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
        return ((largest / step).rounded(.up) * step, step)
    }

    func y(_ value: Double) -> Double { top + plotHeight * (1 - min(max(value / axis.maximum, 0), 1)) }

    /// The centre of category `i` on the x axis.
    func x(_ i: Int) -> Double { left + plotWidth * (Double(i) + 0.5) / Double(max(categories.count, 1)) }

    func open(description: String) -> String {
        let w = ChartStyle.n(width), h = ChartStyle.n(height)
        var svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">\n"
        svg += "<title id=\"chart-title\">\(XMLText.content(title))</title>\n"
        svg += "<desc id=\"chart-desc\">\(XMLText.content(description))</desc>\n"
        svg += "<rect width=\"\(w)\" height=\"\(h)\" fill=\"#ffffff\"/>\n"
        svg += "<text x=\"\(ChartStyle.n(left))\" y=\"26\" \(ChartStyle.font) font-size=\"17\" font-weight=\"bold\" fill=\"#222222\">\(XMLText.content(title))</text>\n"
        for (i, line) in subtitleLines.enumerated() {
            svg += "<text x=\"\(ChartStyle.n(left))\" y=\"\(46 + 15 * i)\" \(ChartStyle.font) font-size=\"12\" fill=\"#555555\">\(XMLText.content(line))</text>\n"
        }
        return svg
    }

    /// Grid lines, tick labels, both axis lines and both axis labels.
    func axes() -> String {
        let (maximum, step) = axis
        var svg = "<g class=\"axes\" \(ChartStyle.font) font-size=\"12\" fill=\"#333333\">\n"
        var tick = 0.0
        while tick <= maximum + step / 1000 {
            let ty = ChartStyle.n(y(tick))
            svg += "<line x1=\"\(ChartStyle.n(left))\" y1=\"\(ty)\" x2=\"\(ChartStyle.n(width - right))\" y2=\"\(ty)\" stroke=\"#e3e3e3\" stroke-width=\"1\"/>\n"
            svg += "<text x=\"\(ChartStyle.n(left - 8))\" y=\"\(ChartStyle.n(y(tick) + 4))\" text-anchor=\"end\">\(XMLText.content(scale.tickLabel(tick, step: step)))</text>\n"
            tick += step
        }
        let base = ChartStyle.n(top + plotHeight)
        svg += "<line x1=\"\(ChartStyle.n(left))\" y1=\"\(ChartStyle.n(top))\" x2=\"\(ChartStyle.n(left))\" y2=\"\(base)\" stroke=\"#333333\" stroke-width=\"1\"/>\n"
        svg += "<line x1=\"\(ChartStyle.n(left))\" y1=\"\(base)\" x2=\"\(ChartStyle.n(width - right))\" y2=\"\(base)\" stroke=\"#333333\" stroke-width=\"1\"/>\n"
        for (i, category) in categories.enumerated() {
            svg += "<line x1=\"\(ChartStyle.n(x(i)))\" y1=\"\(base)\" x2=\"\(ChartStyle.n(x(i)))\" y2=\"\(ChartStyle.n(top + plotHeight + 5))\" stroke=\"#333333\"/>\n"
            svg += "<text x=\"\(ChartStyle.n(x(i)))\" y=\"\(ChartStyle.n(top + plotHeight + 19))\" text-anchor=\"middle\">\(XMLText.content(category))</text>\n"
        }
        svg += "<text x=\"\(ChartStyle.n(left + plotWidth / 2))\" y=\"\(ChartStyle.n(top + plotHeight + 38))\" text-anchor=\"middle\" font-size=\"13\">\(XMLText.content(xLabel))</text>\n"
        let cy = ChartStyle.n(top + plotHeight / 2)
        svg += "<text x=\"18\" y=\"\(cy)\" transform=\"rotate(-90 18 \(cy))\" text-anchor=\"middle\" font-size=\"13\">\(XMLText.content(yLabel))</text>\n"
        return svg + "</g>\n"
    }

    /// A legend under the x-axis label, one entry per series, when there is more than one.
    func legend(bars: Bool) -> String {
        guard series.count > 1 else { return "" }
        var svg = "<g class=\"legend\" \(ChartStyle.font) font-size=\"12\" fill=\"#333333\">\n"
        var lx = left
        let ly = height - 26
        for (i, s) in series.enumerated() {
            if bars {
                svg += "<rect x=\"\(ChartStyle.n(lx))\" y=\"\(ChartStyle.n(ly - 6))\" width=\"18\" height=\"12\" fill=\"\(ChartStyle.color(i))\"\(barPattern(i))/>\n"
            } else {
                let dash = ChartStyle.dash(i).isEmpty ? "" : " stroke-dasharray=\"\(ChartStyle.dash(i))\""
                svg += "<line x1=\"\(ChartStyle.n(lx))\" y1=\"\(ChartStyle.n(ly))\" x2=\"\(ChartStyle.n(lx + 26))\" y2=\"\(ChartStyle.n(ly))\" stroke=\"\(ChartStyle.color(i))\" stroke-width=\"2.5\"\(dash)/>\n"
                svg += ChartStyle.marker(i, x: lx + 13, y: ly) + "\n"
            }
            svg += "<text x=\"\(ChartStyle.n(lx + 32))\" y=\"\(ChartStyle.n(ly + 4))\">\(XMLText.content(s.name))</text>\n"
            lx += 44 + Double(s.name.count) * 6.6
        }
        return svg + "</g>\n"
    }

    /// Bars of the second and later series carry an outline so they differ in grey print too.
    func barPattern(_ i: Int) -> String { i == 0 ? "" : " stroke=\"#222222\" stroke-width=\"1\"" }

    /// A short text for screen readers: every value of every series.
    var description: String {
        series.map { s in
            s.name + ": " + zip(categories, s.values).map { "\($0) \($1.map(scale.label) ?? "no value")" }.joined(separator: ", ")
        }.joined(separator: "; ")
    }
}
