import TrustNetGraphviz
import TrustNetIO

/// A small SVG line chart: one line per series over rounds (or terms), with an optional band
/// (e.g. a 95 % interval) drawn faintly behind it, axes, gridlines and a legend.
///
/// Every text it writes (series names, axis titles, tick labels) goes through `XMLText`, so
/// survey text stays text. The output is deterministic: the same data give the same bytes.
public struct LineChart: Sendable {
    public struct Series: Sendable {
        public var name: String
        public var values: [Double]
        /// Lower and upper edges of a band around the line (same length as `values`), or empty.
        public var low: [Double]
        public var high: [Double]

        public init(name: String, values: [Double], low: [Double] = [], high: [Double] = []) {
            self.name = name
            self.values = values
            self.low = low
            self.high = high
        }
    }

    public var series: [Series]
    /// Labels of the x positions (rounds, terms); `0, 1, 2…` when empty.
    public var xLabels: [String]
    public var xTitle: String
    public var yTitle: String
    /// The y range; values are shares when it is 0…1 (ticks as percentages).
    public var yRange: ClosedRange<Double>
    public var percent: Bool
    public var width = 640.0
    public var height = 320.0

    public init(series: [Series], xLabels: [String] = [], xTitle: String, yTitle: String, yRange: ClosedRange<Double> = 0...1, percent: Bool = true) {
        self.series = series
        self.xLabels = xLabels
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.yRange = yRange
        self.percent = percent
    }

    /// The colours of the series, in order (Okabe–Ito, as the diagrams).
    static let colors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]

    public func svg() -> ReportSVG {
        let left = 56.0, right = 160.0, top = 16.0, bottom = 48.0
        let plotW = width - left - right, plotH = height - top - bottom
        let count = max(series.map(\.values.count).max() ?? 0, xLabels.count, 2)
        func x(_ i: Int) -> Double { left + plotW * Double(i) / Double(count - 1) }
        func y(_ v: Double) -> Double {
            let span = yRange.upperBound - yRange.lowerBound
            let t = span > 0 ? (min(max(v, yRange.lowerBound), yRange.upperBound) - yRange.lowerBound) / span : 0
            return top + plotH * (1 - t)
        }
        func f(_ v: Double) -> String { DOTText.fixed(v, 1) }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\" role=\"img\">"
        out += "<title>\(XMLText.content(yTitle)) by \(XMLText.content(xTitle))</title>"
        // Gridlines and y ticks.
        for k in 0...4 {
            let v = yRange.lowerBound + (yRange.upperBound - yRange.lowerBound) * Double(k) / 4
            let label = percent ? "\(Int((v * 100).rounded()))%" : DOTText.fixed(v, 2)
            out += "<line x1=\"\(f(left))\" y1=\"\(f(y(v)))\" x2=\"\(f(left + plotW))\" y2=\"\(f(y(v)))\" stroke=\"#dddddd\"/>"
            out += "<text x=\"\(f(left - 6))\" y=\"\(f(y(v) + 4))\" text-anchor=\"end\" font-size=\"11\">\(XMLText.content(label))</text>"
        }
        // X ticks.
        for i in 0..<count {
            let label = i < xLabels.count ? xLabels[i] : String(i)
            out += "<text x=\"\(f(x(i)))\" y=\"\(f(top + plotH + 16))\" text-anchor=\"middle\" font-size=\"11\">\(XMLText.content(label))</text>"
        }
        out += "<line x1=\"\(f(left))\" y1=\"\(f(top + plotH))\" x2=\"\(f(left + plotW))\" y2=\"\(f(top + plotH))\" stroke=\"#444444\"/>"
        out += "<line x1=\"\(f(left))\" y1=\"\(f(top))\" x2=\"\(f(left))\" y2=\"\(f(top + plotH))\" stroke=\"#444444\"/>"
        out += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(height - 8))\" text-anchor=\"middle\" font-size=\"12\">\(XMLText.content(xTitle))</text>"
        out += "<text transform=\"translate(14 \(f(top + plotH / 2))) rotate(-90)\" text-anchor=\"middle\" font-size=\"12\">\(XMLText.content(yTitle))</text>"
        for (s, line) in series.enumerated() {
            let color = Self.colors[s % Self.colors.count]
            if line.low.count == line.values.count && line.high.count == line.values.count && !line.values.isEmpty {
                let upper = line.high.indices.map { "\(f(x($0))),\(f(y(line.high[$0])))" }
                let lower = line.low.indices.reversed().map { "\(f(x($0))),\(f(y(line.low[$0])))" }
                out += "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(color)\" fill-opacity=\"0.12\" stroke=\"none\"/>"
            }
            let points = line.values.indices.map { "\(f(x($0))),\(f(y(line.values[$0])))" }.joined(separator: " ")
            let dash = s % 3 == 1 ? " stroke-dasharray=\"6 3\"" : s % 3 == 2 ? " stroke-dasharray=\"2 3\"" : ""
            out += "<polyline class=\"series\" points=\"\(points)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.5\"\(dash)/>"
            for i in line.values.indices {
                out += "<circle cx=\"\(f(x(i)))\" cy=\"\(f(y(line.values[i])))\" r=\"3\" fill=\"\(color)\"><title>\(XMLText.content(line.name)): \(XMLText.content(percent ? "\(Int((line.values[i] * 100).rounded()))%" : DOTText.fixed(line.values[i], 2)))</title></circle>"
            }
            // Legend entry, with the final value.
            let ly = top + 14 + Double(s) * 20
            let final = line.values.last.map { percent ? " (\(Int(($0 * 100).rounded()))%)" : " (\(DOTText.fixed($0, 2)))" } ?? ""
            out += "<line x1=\"\(f(left + plotW + 12))\" y1=\"\(f(ly - 4))\" x2=\"\(f(left + plotW + 36))\" y2=\"\(f(ly - 4))\" stroke=\"\(color)\" stroke-width=\"2.5\"\(dash)/>"
            out += "<text x=\"\(f(left + plotW + 42))\" y=\"\(f(ly))\" font-size=\"11\">\(XMLText.content(String(line.name.prefix(22)) + final))</text>"
        }
        out += "</svg>"
        return ReportSVG(trusted: out)
    }
}
