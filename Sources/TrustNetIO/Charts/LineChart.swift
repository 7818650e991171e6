/// A small self-contained SVG line chart: one line per series over ordered categories (terms),
/// each point marked and labelled with its value.
///
/// Written for a reader who gets no explanation: a title (and an optional subtitle saying
/// what is counted), axis labels with units, ticks, every value printed next to its point, a
/// legend when there are several lines, and colours from the Okabe–Ito palette with a
/// different marker and dash per line, so colour is never the only cue. Every piece of text
/// goes through ``XMLText/content(_:)``. Same input, same bytes.
///
/// Example: `LineChart(title: "Coalition reach", categories: ["2026-spring", "2026-fall"],
/// xLabel: "term", yLabel: "% of staff outside the coalition", series: [ChartSeries(name:
/// "within 2 steps", values: [0.719, 0.975])], scale: .percent).svg()` draws one line from
/// 71.9% to 97.5% on a 0–100% axis.
public struct LineChart: Sendable, Equatable {
    public var title: String
    public var subtitle: String?
    public var categories: [String]
    public var xLabel: String
    public var yLabel: String
    public var series: [ChartSeries]
    public var scale: ChartScale
    /// Written on the plot at a category where no series has a value (e.g. "no coalition yet").
    public var missingNote: String?
    public var width: Double
    public var height: Double

    public init(
        title: String, subtitle: String? = nil, categories: [String], xLabel: String, yLabel: String, series: [ChartSeries],
        scale: ChartScale, missingNote: String? = nil, width: Double = 720, height: Double = 400
    ) {
        precondition(series.allSatisfy { $0.values.count == categories.count }, "one value per category")
        self.title = title
        self.subtitle = subtitle
        self.categories = categories
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.scale = scale
        self.missingNote = missingNote
        self.width = width
        self.height = height
    }

    /// The chart as an SVG document.
    public func svg() -> String {
        let frame = ChartFrame(
            title: title, subtitle: subtitle, categories: categories, xLabel: xLabel, yLabel: yLabel, series: series, scale: scale,
            width: width, height: height)
        var svg = frame.open(description: frame.description) + frame.axes()
        // Value labels: the first line's above its points, the others' below, then pushed apart
        // where points of several lines lie close, so no two labels of a round overlap; a label
        // that would leave the plot goes to the right of its point.
        var labels: [(series: Int, x: Double, y: Double, anchor: String, text: String)] = []
        for k in categories.indices {
            var round: [(series: Int, x: Double, y: Double, anchor: String, text: String)] = []
            for (i, s) in series.enumerated() {
                guard k < s.values.count, let value = s.values[k], value.isFinite else { continue }
                let px = frame.x(k), py = frame.y(value)
                var label = (series: i, x: px, y: i % 2 == 0 ? py - 10 : py + 19, anchor: "middle", text: scale.label(value))
                if label.y < frame.top + 2 || label.y > frame.top + frame.plotHeight - 4 { label = (i, px + 9, py + 4, "start", label.text) }
                round.append(label)
            }
            round.sort { ($0.y, $0.series) < ($1.y, $1.series) }
            for j in round.indices.dropFirst() where round[j].y < round[j - 1].y + 14 {
                round[j].y = round[j - 1].y + 14
            }
            labels += round
        }
        for (i, s) in series.enumerated() {
            let color = ChartStyle.color(i)
            let dash = ChartStyle.dash(i).isEmpty ? "" : " stroke-dasharray=\"\(ChartStyle.dash(i))\""
            svg += "<g class=\"series\" \(ChartStyle.font) font-size=\"12\">\n"
            // Runs of consecutive values are joined; a missing value breaks the line.
            var run: [String] = []
            func flush() {
                if run.count > 1 {
                    svg += "<polyline points=\"\(run.joined(separator: " "))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.5\"\(dash)/>\n"
                }
                run = []
            }
            for (k, value) in s.values.enumerated() {
                guard let value, value.isFinite else { flush(); continue }
                run.append("\(ChartStyle.n(frame.x(k))),\(ChartStyle.n(frame.y(value)))")
            }
            flush()
            for (k, value) in s.values.enumerated() {
                guard let value, value.isFinite else { continue }
                svg += ChartStyle.marker(i, x: frame.x(k), y: frame.y(value)) + "\n"
            }
            for label in labels where label.series == i {
                svg += "<text x=\"\(ChartStyle.n(label.x))\" y=\"\(ChartStyle.n(label.y))\" text-anchor=\"\(label.anchor)\" fill=\"\(color)\" font-weight=\"bold\">\(XMLText.content(label.text))</text>\n"
            }
            svg += "</g>\n"
        }
        if let missingNote {
            for k in categories.indices where series.allSatisfy({ $0.values[k].map { !$0.isFinite } ?? true }) {
                svg += "<text x=\"\(ChartStyle.n(frame.x(k)))\" y=\"\(ChartStyle.n(frame.top + frame.plotHeight - 10))\" \(ChartStyle.font) font-size=\"12\" font-style=\"italic\" text-anchor=\"middle\" fill=\"#555555\">\(XMLText.content(missingNote))</text>\n"
            }
        }
        return svg + frame.legend(bars: false) + "</svg>\n"
    }
}
