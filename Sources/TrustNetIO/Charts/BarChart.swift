/// A small self-contained SVG bar chart: one group of bars per category (term), one bar per
/// series, each labelled with its value.
///
/// The same conventions as ``LineChart``: title, axis labels with units, ticks, values on the
/// bars, a legend when there are several series, Okabe–Ito colours with an outline on the
/// second and later series, every text escaped with ``XMLText/content(_:)``.
///
/// Example: `BarChart(title: "Sharing across departments", categories: ["2025-fall",
/// "2026-fall"], xLabel: "term", yLabel: "% of sharing ties", series: [ChartSeries(name:
/// "between units", values: [0.22, 0.465])], scale: .percent).svg()` draws two bars labelled
/// 22.0% and 46.5%.
public struct BarChart: Sendable, Equatable {
    public var title: String
    public var subtitle: String?
    public var categories: [String]
    public var xLabel: String
    public var yLabel: String
    public var series: [ChartSeries]
    public var scale: ChartScale
    public var width: Double
    public var height: Double

    public init(
        title: String, subtitle: String? = nil, categories: [String], xLabel: String, yLabel: String, series: [ChartSeries],
        scale: ChartScale, width: Double = 720, height: Double = 400
    ) {
        precondition(series.allSatisfy { $0.values.count == categories.count }, "one value per category")
        self.title = title
        self.subtitle = subtitle
        self.categories = categories
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.scale = scale
        self.width = width
        self.height = height
    }

    /// The chart as an SVG document.
    public func svg() -> String {
        let frame = ChartFrame(
            title: title, subtitle: subtitle, categories: categories, xLabel: xLabel, yLabel: yLabel, series: series, scale: scale,
            width: width, height: height)
        var svg = frame.open(description: frame.description) + frame.axes()
        let slot = frame.plotWidth / Double(max(categories.count, 1))
        let barWidth = min(56, slot * 0.7 / Double(max(series.count, 1)))
        let base = frame.top + frame.plotHeight
        svg += "<g class=\"bars\" \(ChartStyle.font) font-size=\"12\">\n"
        for (i, s) in series.enumerated() {
            for (k, value) in s.values.enumerated() {
                guard let value, value.isFinite else { continue }
                let x = frame.x(k) - barWidth * Double(series.count) / 2 + barWidth * Double(i)
                let y = frame.y(value)
                svg += "<rect x=\"\(ChartStyle.n(x))\" y=\"\(ChartStyle.n(y))\" width=\"\(ChartStyle.n(barWidth - 2))\" height=\"\(ChartStyle.n(base - y))\" fill=\"\(ChartStyle.color(i))\"\(frame.barPattern(i))/>\n"
                svg += "<text x=\"\(ChartStyle.n(x + (barWidth - 2) / 2))\" y=\"\(ChartStyle.n(y - 6))\" text-anchor=\"middle\" fill=\"#222222\" font-weight=\"bold\">\(XMLText.content(scale.label(value)))</text>\n"
            }
        }
        svg += "</g>\n"
        return svg + frame.legend(bars: true) + "</svg>\n"
    }
}
