import Foundation
import Testing
import TrustNetTestSupport

/// `trustnet report` on the sample district and on hostile names: one self-contained file,
/// every section, survey text only escaped, nothing identifying when anonymized.
@Suite(.serialized) struct ReportCommandTests {
    static let headings = [
        "<h2>Summary</h2>", "<h2>The network</h2>", "<h2>The Sarahs: informal authority</h2>", "<h2>The coalition</h2>",
        "<h2>Sharing between units</h2>", "<h2>Pre-mortem: what could make the effort fail</h2>", "<h2>On-ramps for people on the edge</h2>",
        "<h2>How a practice would spread</h2>", "<h2>Growth over terms</h2>", "<h2>Data quality</h2>",
    ]

    /// The values of `src` and `href` attributes (`xlink:href` too) in `html`.
    static func resourceReferences(_ html: String) -> [String] {
        var found: [String] = []
        let pattern = try! NSRegularExpression(pattern: "(?:src|href)\\s*=\\s*[\"']?([^\"' >]*)", options: [.caseInsensitive])
        for m in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            found.append(String(html[Range(m.range(at: 1), in: html)!]))
        }
        return found
    }

    /// The JSON the page's script reads, parsed.
    static func pageData(_ html: String) throws -> [String: Any] {
        let open = "<script type=\"application/json\" id=\"trustnet-data\">"
        let start = try #require(html.range(of: open))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = String(html[start.upperBound..<end.lowerBound])
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    static func occurrences(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func sampleDistrictReportIsOneSelfContainedFileWithEverySection() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        #expect(try cli.run(["coalition", "record", "--term", "2026-spring", "S0022", "S0007", "S0004"]).status == 0)
        let r = try cli.run(["report", "-o", cli.path("out/report.html")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("wrote \(cli.path("out/report.html")) (2026-fall)"))
        let html = try String(contentsOfFile: cli.path("out/report.html"), encoding: .utf8)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.path("out")) == ["report.html"])
        for heading in Self.headings { #expect(html.contains(heading), "missing \(heading)") }
        // Nothing fetched: no stylesheet links, no external scripts, no http(s) resources.
        let references = Self.resourceReferences(html)
        #expect(references.allSatisfy { !$0.lowercased().hasPrefix("http:") && !$0.lowercased().hasPrefix("https:") && !$0.hasPrefix("//") }, "\(references.filter { $0.contains("http") }.prefix(5))")
        #expect(!html.contains("<link"))
        #expect(Self.occurrences("<script", in: html) == 3)
        // A diagram per term and relation, the spread chart, three growth charts and the comparison diagram.
        #expect(Self.occurrences("<svg", in: html) == 3 * 4 + 1 + 3 + 1)
        // The recorded coalition is the one measured; the term switcher lists the three terms.
        #expect(html.contains("<h3>Enlisted in 2026-spring</h3>"))
        for term in SampleDistrictTests.terms { #expect(html.contains("data-term=\"\(["2025-fall", "2026-spring", "2026-fall"].firstIndex(of: term)!)\">\(term)</button>")) }
        // The data the script reads: every person of every term.
        let data = try Self.pageData(html)
        let terms = try #require(data["terms"] as? [[String: Any]])
        #expect(terms.count == 3)
        let people = try #require(terms[2]["people"] as? [String: [String: Any]])
        #expect(people.count == 125)
        #expect(people["S0022"]?["coalition"] as? Bool == true)
        // Same data and seed, same bytes.
        #expect(try cli.run(["report", "-o", cli.path("again.html")]).status == 0)
        #expect(try String(contentsOfFile: cli.path("again.html"), encoding: .utf8) == html)
    }

    @Test func anonymizedReportHoldsNoRosterNameEmailOrID() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        #expect(try cli.run(["coalition", "record", "--term", "2026-spring", "S0022", "S0007"]).status == 0)
        let r = try cli.run(["report", "--anonymize", "-o", cli.path("shared.html")])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOfFile: cli.path("shared.html"), encoding: .utf8)
        for heading in Self.headings { #expect(html.contains(heading)) }
        var checked = 0
        for term in SampleDistrictTests.terms {
            let rows = SampleDistrictTests.csvRows(try String(contentsOfFile: SampleDistrictTests.file("roster-\(term).csv"), encoding: .utf8))
            for row in rows.dropFirst() {
                let (id, name, email) = (row[0], row[1], row[2])
                #expect(!html.contains(id), "id \(id) in the anonymized report")
                #expect(!html.contains(name), "name \(name) in the anonymized report")
                #expect(!html.contains(email), "e-mail \(email) in the anonymized report")
                checked += 1
            }
        }
        #expect(checked == 375)
        #expect(html.contains("P-"))
        #expect(html.contains("<strong>anonymized</strong>"))
    }

    @Test func hostileNamesAppearOnlyEscaped() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let names = HostileNamesTests.names
        var roster = "id,name,department,title\n"
        for (i, name) in names.enumerated() {
            roster += "H\(i),\(HostileNamesTests.csvCell(name)),\(HostileNamesTests.csvCell(i % 2 == 0 ? "<b>Unit</b>" : "=HYPERLINK(\"x\")")),\(i == 1 ? "\"<img src=x onerror=alert(2)> Head\"" : "")\n"
        }
        var ties = "source,target,relation\n"
        for i in names.indices {
            ties += "\(HostileNamesTests.csvCell(names[i])),H\((i + 1) % names.count),advice\n"
            ties += "H\(i),H\((i + 3) % names.count),sharing\n"
        }
        #expect(try cli.run(["import", cli.write("roster.csv", roster), cli.write("ties.csv", ties), "--term", "t"]).status == 0)
        let r = try cli.run(["report", "-o", cli.path("hostile.html")])
        #expect(r.status == 0, "\(r.stderr.prefix(2000))")
        let html = try String(contentsOfFile: cli.path("hostile.html"), encoding: .utf8)
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>Unit</b>"))
        #expect(Self.occurrences("<script", in: html) == 3, "only the page's own three scripts")
        // Escaped in the page's text, and exact in its data.
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("=HYPERLINK(&quot;x&quot;)"))
        let data = try Self.pageData(html)
        let people = try #require((data["terms"] as? [[String: Any]])?.first?["people"] as? [String: [String: Any]])
        #expect(Set(people.values.compactMap { $0["name"] as? String }) == Set(names))
        #expect(people["H1"]?["unit"] as? String == "=HYPERLINK(\"x\")")
    }
}
