import Testing
import TrustNet
import TrustNetAnalysis
import TrustNetIO

@testable import TrustNetReport

/// The report's own escaping: the data block, the charts, the check on inlined SVG, and the
/// hooks for sections other parts of TrustNet contribute.
@Suite struct ReportSafetyTests {
    @Test func scriptJSONCannotCloseItsBlock() {
        let text = ScriptJSON.string("</script><!-- & \u{2028}\u{2029} \"q\"")
        #expect(text == "\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 \\\"q\\\"\"")
        #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"))
    }

    @Test func svgWithScriptingIsRefusedButEscapedTextIsNot() throws {
        let bad = [
            "<svg><script>alert(1)</script></svg>", "<svg><g onclick=\"x()\"></g></svg>", "<svg><a xlink:href=\"javascript:alert(1)\"/></svg>",
            "<svg><foreignObject><div/></foreignObject></svg>", "<svg><g ONLOAD = 'x'></g></svg>",
        ]
        for markup in bad { #expect(throws: ReportError.self) { try ReportSVG(graphviz: Array(markup.utf8)) } }
        // Survey text as Graphviz writes it: escaped, in text, comments and quoted attributes.
        let fine = """
            <?xml version="1.0"?><!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg"><!-- onclick=x &lt;script&gt; -->
            <g id="node1" class="node"><title>&lt;script&gt;alert(1)&lt;/script&gt;</title>
            <a xlink:title="&lt;img src=x onerror=alert(2)&gt; javascript:x"><ellipse/></a></g></svg>
            """
        let svg = try ReportSVG(graphviz: Array(fine.utf8))
        #expect(svg.markup.hasPrefix("<svg"))
    }

    @Test func chartsPassTheCheckWithHostileText() throws {
        let chart = LineChart(
            title: "<script>x</script>", categories: ["a & b", "c"], xLabel: "x", yLabel: "y", series: [ChartSeries(name: "<img onerror=x>", values: [0, 1])],
            scale: .percent)
        let svg = try ReportSVG(chart: chart.svg())
        #expect(svg.markup.hasPrefix("<svg"))
        #expect(!svg.markup.contains("<script") && !svg.markup.contains("<img"))
        #expect(svg.markup.contains("&lt;script&gt;"))
    }

    /// Two departments of three; a section given from outside replaces the report's own at its
    /// hook (growth, which one term alone would leave out).
    @Test func extraSectionsFillTheirHooksOnly() throws {
        let people = (0..<6).map { Person(id: "p\($0)", name: "Person \($0)", unit: $0 < 3 ? "A" : "B", title: $0 == 0 ? "Principal" : nil) }
        let ties = [(1, 0), (2, 0), (4, 3), (5, 3), (3, 0), (0, 3)].map { Tie(source: $0.0, target: $0.1, relation: .advice) }
            + [(1, 4), (2, 2 + 1)].map { Tie(source: $0.0, target: $0.1, relation: .sharing) }
        let network = Network(term: Term(name: "t1"), people: people, ties: ties)
        let growth = ReportSection(
            id: "growth", title: "Growth over terms", summary: "What changed <b>since</b> last term.",
            tables: [ReportTable(columns: ["measure", "value"], rows: [["ties", "<i>8</i>"]])])
        let html = try Report(input: ReportInput(
                terms: [.init(network: network, respondents: Set(people.prefix(5).map(\.id)))], options: BriefingOptions(spread: SpreadOptions(runs: 20)),
                extraSections: [growth])).html()
        #expect(html.contains("<section id=\"growth\" class=\"extra\">"))
        #expect(html.contains("What changed &lt;b&gt;since&lt;/b&gt; last term."))
        #expect(html.contains("<td>&lt;i&gt;8&lt;/i&gt;</td>"))
        #expect(html.contains("<section id=\"premortem\" class=\"extra\">"))
        #expect(html.contains("<section id=\"onramps\" class=\"extra\">"))
        #expect(html.contains("<a href=\"#growth\">Growth over terms</a>"))
        #expect(html.contains("<td class=\"num\">5 (83%)</td>"))
    }
}
