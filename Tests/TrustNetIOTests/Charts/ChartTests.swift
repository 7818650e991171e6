import Foundation
import Testing
import TrustNet
@testable import TrustNetIO

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Every text node and attribute value of an XML document, and whether it parsed.
final class XMLStrings: NSObject, XMLParserDelegate {
    var texts: [String] = []
    var attributes: [[String: String]] = []
    var elements: [String] = []
    private var current = ""

    static func parse(_ text: String) -> XMLStrings? {
        let collector = XMLStrings()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(name)
        self.attributes.append(attributes)
        current = ""
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        texts.append(current)
        current = ""
    }
}

@Suite struct ChartTests {
    static let hostile = "<script>alert(\"x\")</script> & 'Sci'\u{1B}"

    static var reach: LineChart {
        LineChart(
            title: "Coalition reach", subtitle: "advice and sharing", categories: ["2025-fall", "2026-spring", "2026-fall"],
            xLabel: "Term", yLabel: "Staff outside the coalition (%)",
            series: [
                ChartSeries(name: "within 1 step", values: [nil, 0.380, 0.559]),
                ChartSeries(name: "within 2 steps", values: [nil, 0.719, 0.975]),
            ],
            scale: .percent, missingNote: "no coalition recorded")
    }

    @Test func lineChartLabelsEveryValueAndAxis() throws {
        let svg = Self.reach.svg()
        let xml = try #require(XMLStrings.parse(svg), "not well-formed XML")
        #expect(xml.elements.first == "svg")
        for label in ["38.0%", "55.9%", "71.9%", "97.5%", "Term", "Staff outside the coalition (%)", "Coalition reach", "advice and sharing",
            "0%", "20%", "100%", "2025-fall", "2026-spring", "2026-fall", "within 1 step", "within 2 steps", "no coalition recorded"]
        {
            #expect(xml.texts.contains(label), "\(label) is not a text of the chart")
        }
        // Two lines from 2026-spring on (the missing first term breaks them), four markers + legend.
        #expect(xml.elements.count { $0 == "polyline" } == 2)
        let points = xml.attributes.compactMap { $0["points"] }
        #expect(points.allSatisfy { $0.split(separator: " ").count == 2 })
        // Okabe–Ito colours, one per line, and a dash on the second so colour is not the only cue.
        let strokes = Set(xml.attributes.compactMap { $0["stroke"] })
        #expect(strokes.isSuperset(of: ["#0072B2", "#D55E00"]))
        #expect(xml.attributes.contains { $0["stroke-dasharray"] != nil })
        #expect(svg == Self.reach.svg())
        // The y axis runs 0–100 %: 97.5 % sits near the top of the plot, 38 % lower down.
        #expect(svg.contains("<title id=\"chart-title\">Coalition reach</title>"))
    }

    /// The spread chart's case: three lines close together. No two value labels of a round
    /// overlap (14 px apart at least), and a long subtitle is broken into lines that fit.
    @Test func closeLinesKeepTheirLabelsApartAndLongSubtitlesWrap() throws {
        let subtitle = "Mean share of staff who have taken it up, by round (1000 simulated runs, seed 1), with a long note that goes on well past the edge"
        let chart = LineChart(
            title: "How far a practice would spread", subtitle: subtitle, categories: ["0", "1", "2", "3"], xLabel: "Round", yLabel: "Staff (%)",
            series: [
                ChartSeries(name: "Coalition", values: [0.05, 0.30, 0.55, 0.60]),
                ChartSeries(name: "Formal leaders", values: [0.04, 0.29, 0.54, 0.61]),
                ChartSeries(name: "Top 5 Sarahs", values: [0.05, 0.31, 0.55, 0.60]),
            ],
            scale: .percent, width: 420)
        let svg = chart.svg()
        let xml = try #require(XMLStrings.parse(svg))
        var labelsByX: [String: [Double]] = [:]
        for (i, element) in xml.elements.enumerated() where element == "text" && xml.attributes[i]["font-weight"] == "bold" && xml.attributes[i]["text-anchor"] != nil {
            labelsByX[xml.attributes[i]["x"]!, default: []].append(Double(xml.attributes[i]["y"]!)!)
        }
        #expect(labelsByX.values.reduce(0) { $0 + $1.count } == 12)
        for ys in labelsByX.values {
            let sorted = ys.sorted()
            for (a, b) in zip(sorted, sorted.dropFirst()) { #expect(b - a >= 14 - 1e-9, "labels at \(a) and \(b) overlap") }
        }
        // Every subtitle line fits inside 420 px at 6.5 px a character from x = 78; all words kept.
        let subtitleLines = svg.components(separatedBy: "font-size=\"12\" fill=\"#555555\">").dropFirst()
            .map { String($0.prefix { $0 != "<" }) }.prefix { subtitle.contains($0) }
        #expect(subtitleLines.count >= 3)
        #expect(subtitleLines.joined(separator: " ") == subtitle)
        #expect(subtitleLines.allSatisfy { 78 + Double($0.count) * 6.5 <= 420 })
    }

    @Test func hostileTextIsEscapedEverywhere() throws {
        var chart = Self.reach
        chart.title = Self.hostile
        chart.subtitle = Self.hostile
        chart.categories = [Self.hostile, "b", "c"]
        chart.xLabel = Self.hostile
        chart.yLabel = Self.hostile
        chart.series[0].name = Self.hostile
        chart.missingNote = Self.hostile
        for svg in [chart.svg(), BarChart(title: Self.hostile, subtitle: Self.hostile, categories: chart.categories, xLabel: Self.hostile,
            yLabel: Self.hostile, series: chart.series, scale: .percent).svg()]
        {
            let xml = try #require(XMLStrings.parse(svg), "not well-formed XML")
            #expect(!svg.contains("<script"))
            #expect(!svg.contains("\u{1B}"))
            #expect(!xml.elements.contains("script"))
            // The escape character XML forbids is replaced (U+FFFD), the rest kept as text.
            #expect(xml.texts.contains("<script>alert(\"x\")</script> & 'Sci'\u{FFFD}"))
        }
    }

    @Test func decimalAxisHasRoundTicks() throws {
        let chart = LineChart(
            title: "Centralization", categories: ["a", "b", "c"], xLabel: "Term", yLabel: "Centralization index (0–1)",
            series: [ChartSeries(name: "advice", values: [0.099, 0.066, 0.050])], scale: .decimal(digits: 3))
        let xml = try #require(XMLStrings.parse(chart.svg()))
        // Largest 0.099: step 0.02, axis to 0.10.
        for tick in ["0.00", "0.02", "0.04", "0.06", "0.08", "0.10"] { #expect(xml.texts.contains(tick), "\(tick)") }
        #expect(!xml.texts.contains("0.12"))
        for value in ["0.099", "0.066", "0.050"] { #expect(xml.texts.contains(value), "\(value)") }
        // One series: no legend.
        #expect(!chart.svg().contains("class=\"legend\""))
    }

    @Test func barChartDrawsAndLabelsEachBar() throws {
        let chart = BarChart(
            title: "Ties that cross units", categories: ["2025-fall", "2026-spring", "2026-fall"], xLabel: "Term", yLabel: "Ties between units (%)",
            series: [ChartSeries(name: "between units", values: [0.220, 0.336, 0.465])], scale: .percent)
        let xml = try #require(XMLStrings.parse(chart.svg()))
        let bars = xml.attributes.filter { $0["fill"] == "#0072B2" && $0["height"] != nil }
        #expect(bars.count == 3)
        let heights = bars.map { Double($0["height"]!)! }
        #expect(heights == heights.sorted() && heights[0] > 0)
        // Heights in proportion to the values on a 0–100 % axis.
        #expect(abs(heights[2] / heights[0] - 0.465 / 0.220) < 0.01)
        for label in ["22.0%", "33.6%", "46.5%", "Ties between units (%)"] { #expect(xml.texts.contains(label), "\(label)") }
    }

    /// The three growth charts of a two-term growth table.
    @Test func growthCharts() throws {
        let people = ["a", "b", "c"].map { Person(id: $0, name: $0, unit: $0 == "c" ? "Y" : "X") }
        let first = Network(term: Term(name: "fall"), people: people, ties: [Tie(source: 1, target: 0, relation: .advice)])
        let second = Network(
            term: Term(name: "spring", order: 1), people: people,
            ties: [Tie(source: 1, target: 0, relation: .advice), Tie(source: 2, target: 0, relation: .sharing)])
        let growth = Growth(terms: [GrowthTerm(network: first, respondents: 1), GrowthTerm(network: second, respondents: 2, coalition: ["a"])])
        let charts = GrowthCharts.charts(growth, relations: "all ties")
        #expect(charts.allSatisfy { !$0.svg.contains("ties ties") } && charts.contains { $0.svg.contains("Share of all ties between people in different units") })
        #expect(charts.map(\.name) == ["coalition-reach.svg", "cross-unit-share.svg", "centralization.svg"])
        for chart in charts { #expect(XMLStrings.parse(chart.svg) != nil, "\(chart.name)") }
        // Spring: b and c are one step from a: 100 %; fall had no coalition.
        let reach = try #require(XMLStrings.parse(charts[0].svg))
        #expect(reach.texts.contains("100.0%") && reach.texts.contains("no coalition recorded"))
        // Sharing c → a crosses units, advice b → a does not: 50 % in spring, 0 % in fall.
        let crossing = try #require(XMLStrings.parse(charts[1].svg))
        #expect(crossing.texts.contains("50.0%") && crossing.texts.contains("0.0%"))
    }
}
