import Foundation
import Testing
import TrustNetTestSupport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The built `trustnet` on the bundled sample district, end to end: import three terms,
/// metrics, render, demo.
@Suite(.serialized) struct SampleDistrictTests {
    static let sample = CLIRunner.repository.appendingPathComponent("Datasets/sample-district")
    static let terms = ["2025-fall", "2026-spring", "2026-fall"]

    static func file(_ name: String) -> String { sample.appendingPathComponent(name).path }

    static func csvRows(_ text: String) -> [[String]] {
        text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Imports the three terms with their dates into a scratch workspace.
    static func importSample(_ cli: CLIRunner) throws {
        let dates = [("2025-09-01", "2026-01-31"), ("2026-02-01", "2026-06-30"), ("2026-09-01", "2027-01-31")]
        for (term, (starts, ends)) in zip(terms, dates) {
            let r = try cli.run(["import", file("roster-\(term).csv"), file("ties-\(term).csv"), "--term", term, "--starts", starts, "--ends", ends])
            #expect(r.status == 0, "\(r.stderr)")
        }
    }

    @Test func importsThreeTermsInOrder() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try Self.importSample(cli)
        let rows = Self.csvRows(try cli.run(["terms", "--format", "csv"]).stdout)
        #expect(rows.map { $0[0] } == ["term"] + Self.terms)
        #expect(rows[1][1] == "2025-09-01" && rows[3][2] == "2027-01-31")
        // Counts straight from the files.
        for (i, term) in Self.terms.enumerated() {
            let people = try String(contentsOfFile: Self.file("roster-\(term).csv"), encoding: .utf8).split(separator: "\n").count - 1
            let ties = try String(contentsOfFile: Self.file("ties-\(term).csv"), encoding: .utf8).split(separator: "\n").count - 1
            #expect(rows[i + 1][3] == String(people))
            #expect(rows[i + 1][5] == String(ties))
        }
        // Respondents as the sample's check.py counts them (README): people who named anyone,
        // one-on-ones excluded — S0085 only logged meetings in 2026-fall (real rosters, item 11).
        #expect(rows.dropFirst().map { $0[4] } == ["112", "108", "108"])
    }

    /// Metrics agree with in-degrees and strengths counted directly from the tie file.
    @Test func metricsMatchTheTieFile() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try Self.importSample(cli)
        let r = try cli.run(["metrics", "--term", "2025-fall", "--relation", "advice", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = Self.csvRows(r.stdout)
        #expect(Array(rows[0].prefix(10)) == ["id", "name", "unit", "in_degree", "out_degree", "in_strength", "out_strength", "pagerank", "betweenness", "harmonic"])
        #expect(Array(rows[0].dropFirst(10)) == [
            "eigenvector", "hub", "authority", "closeness", "reach_1", "reach_2", "constraint", "effective_size", "hierarchy",
            "core", "clustering", "coordinator", "gatekeeper", "representative", "consultant", "liaison",
        ])
        #expect(rows.count == 1 + 125)
        let reach1 = rows[0].firstIndex(of: "reach_1")!

        var inDegree: [String: Int] = [:]
        var inStrength: [String: Double] = [:]
        for line in try String(contentsOfFile: Self.file("ties-2025-fall.csv"), encoding: .utf8).split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",").map(String.init)
            guard cells[2] == "advice" else { continue }
            inDegree[cells[1], default: 0] += 1
            inStrength[cells[1], default: 0] += Double(cells[3])!
        }
        var pagerankTotal = 0.0
        for row in rows.dropFirst() {
            #expect(Int(row[3]) == inDegree[row[0], default: 0], "\(row[0])")
            #expect(Double(row[5]) == inStrength[row[0], default: 0], "\(row[0])")
            #expect(abs(Double(row[reach1])! - Double(inDegree[row[0], default: 0]) / 124) < 1e-12, "\(row[0])")
            pagerankTotal += Double(row[7])!
        }
        #expect(abs(pagerankTotal - 1) < 1e-9)
        // The Sarahs lead, ahead of every head of department (see Datasets/sample-district/README.md).
        let top = rows.dropFirst().sorted { Int($0[3])! > Int($1[3])! }.prefix(2).map { $0[0] }
        #expect(Set(top) == ["S0007", "S0022"])

        let json = try cli.run(["metrics", "--relation", "advice", "--format", "json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(decoded?.count == 125)
        #expect(decoded?.first?["betweenness"] is Double)

        let unknown = try cli.run(["metrics", "--relation", "friendship"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no relation \"friendship\" in the data (relations: one-on-one, advice, sharing, trust)"))
    }

    /// `--measures` picks columns in the order given; `--sample` estimates betweenness, seeded.
    @Test func chosenMeasuresAndSampledBetweenness() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try Self.importSample(cli)
        let r = try cli.run(["metrics", "--relation", "advice", "--measures", "core,pagerank", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.csvRows(r.stdout)[0] == ["id", "name", "unit", "core", "pagerank"])
        let sampled = ["metrics", "--relation", "advice", "--measures", "betweenness", "--sample", "40", "--seed", "3", "--format", "csv"]
        let first = try cli.run(sampled), second = try cli.run(sampled)
        #expect(first.status == 0 && first.stdout == second.stdout)
        #expect(first.stderr.contains("estimated from 40 sources"))
        let exact = try cli.run(["metrics", "--relation", "advice", "--measures", "betweenness", "--format", "csv"])
        #expect(exact.stdout != first.stdout)
        let bad = try cli.run(["metrics", "--measures", "pagerank,popularity"])
        #expect(bad.status == 2 && bad.stderr.contains("popularity"))
    }

    /// `structure`: the E-I index of sharing between departments equals the count from the
    /// tie file and roster — departments compared within their school by default (ties between
    /// schools left out), every pair with `--across`; every section prints; JSON parses; the
    /// same seed gives the same bytes.
    @Test func structureMatchesTheTieFile() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try Self.importSample(cli)
        var unit: [String: String] = [:], school: [String: String] = [:]
        let roster = Self.csvRows(try String(contentsOfFile: Self.file("roster-2026-fall.csv"), encoding: .utf8))
        let unitColumn = roster[0].firstIndex(of: "department")!, schoolColumn = roster[0].firstIndex(of: "school")!
        for row in roster.dropFirst() {
            unit[row[0]] = row[unitColumn]
            school[row[0]] = row[schoolColumn]
        }
        let ties = try String(contentsOfFile: Self.file("ties-2026-fall.csv"), encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: ",").map(String.init) }.filter { $0[2] == "sharing" }
        var summary: [String: String] = [:]
        for across in [true, false] {
            let r = try cli.run(["structure", "--term", "2026-fall", "--relation", "sharing", "--format", "csv"] + (across ? ["--across"] : []))
            #expect(r.status == 0, "\(r.stderr)")
            summary = Dictionary(uniqueKeysWithValues: Self.csvRows(r.stdout).dropFirst().map { ($0[0], $0[1]) })
            var external = 0, inside = 0
            for cells in ties where across || school[cells[0]] == school[cells[1]] {
                if unit[cells[0]] == unit[cells[1]] { inside += 1 } else { external += 1 }
            }
            #expect(summary["cross_unit_ties"] == String(external) && summary["within_unit_ties"] == String(inside), "across: \(across)")
            #expect(abs(Double(summary["ei_index"]!)! - Double(external - inside) / Double(external + inside)) < 1e-12)
            #expect(r.stderr.contains("compared within their school") == !across)
        }
        #expect(summary["people"] == "125")
        #expect(Int(summary["communities"]!)! > 1)

        let coupling = try cli.run(["structure", "--relation", "sharing", "--format", "csv", "--section", "coupling"])
        let couplingRows = Self.csvRows(coupling.stdout)
        #expect(couplingRows.count == 1 + Set(unit.values).count)
        // Maths (Lincoln High School) and Grade 1 (Maple Elementary) are not compared; Maths and Science are.
        let maths = try #require(couplingRows.first { $0[0] == "Maths" })
        #expect(maths[couplingRows[0].firstIndex(of: "Grade 1")!] == "" && maths[couplingRows[0].firstIndex(of: "Science")!] != "")
        let json = try cli.run(["structure", "--relation", "sharing", "--format", "json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(Set(decoded?.keys.map { $0 } ?? []) == ["summary", "units", "coupling", "communities"])
        #expect(try cli.run(["structure", "--relation", "sharing", "--format", "json"]).stdout == json.stdout)
        let table = try cli.run(["structure", "--relation", "sharing"])
        #expect(table.stdout.contains("== units ==") && table.stdout.contains("ei_p_value"))
    }

    @Test func rendersSVGPNGAndPDF() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try Self.importSample(cli)
        for format in ["svg", "png", "pdf"] {
            let r = try cli.run(["render", "--relation", "advice", "-o", cli.path("advice.\(format)")])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let svg = try #require(FileManager.default.contents(atPath: cli.path("advice.svg")))
        let collector = SVGStrings()
        let parser = XMLParser(data: svg)
        parser.delegate = collector
        #expect(parser.parse(), "the SVG is not well-formed XML")
        let roster = try String(contentsOfFile: Self.file("roster-2026-fall.csv"), encoding: .utf8)
        let names = roster.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[1]) }
        #expect(names.count == 125)
        for name in names { #expect(collector.strings.contains { $0.contains(name) }, "\(name) is not in the SVG") }
        let png = try #require(FileManager.default.contents(atPath: cli.path("advice.png")))
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try #require(FileManager.default.contents(atPath: cli.path("advice.pdf")))
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")

        let dot = try cli.run(["render", "--by-unit", "--format", "dot"])
        #expect(dot.status == 0)
        #expect(dot.stdout.contains("\"unit:Maths\""))
        let badColumn = try cli.run(["render", "--color-by", "shoe-size", "-o", cli.path("x.svg")])
        #expect(badColumn.status == 2)
        #expect(!FileManager.default.fileExists(atPath: cli.path("x.svg")))
    }

    @Test func demoWritesEveryTermsFiles() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let out = cli.path("demo")
        let r = try cli.run(["demo", "--data", Self.sample.path, "--output", out])
        #expect(r.status == 0, "\(r.stderr)")
        for term in Self.terms {
            for file in ["metrics.csv", "advice.svg", "advice.png", "advice.pdf", "units.svg", "structure.csv", "sarahs.csv", "coalition-suggestion.csv"] {
                let path = "\(out)/\(term)/\(file)"
                #expect(FileManager.default.fileExists(atPath: path), "\(path)")
                #expect(r.stderr.contains(path))
            }
        }
        #expect(r.stderr.contains("2025-fall: hidden leaders: Miguel Torres, Sarah Okafor"))
        // The enlisted coalition grows and reaches more each term (Datasets/sample-district/README.md).
        #expect(r.stderr.contains("2026-spring: the enlisted coalition (4) reaches"))
        #expect(r.stderr.contains("2026-fall: the enlisted coalition (7) reaches"))
        // It ends with the report of the latest term, and says where it is.
        #expect(FileManager.default.fileExists(atPath: "\(out)/report.html"))
        #expect(r.stderr.contains("report: \(out)/report.html"))
        // A second run starts from a fresh workspace and gives the same metrics.
        let first = try String(contentsOfFile: "\(out)/2026-fall/metrics.csv", encoding: .utf8)
        #expect(try cli.run(["demo", "--data", Self.sample.path, "--output", out]).status == 0)
        #expect(try String(contentsOfFile: "\(out)/2026-fall/metrics.csv", encoding: .utf8) == first)
        let terms = try cli.run(["terms", "--workspace", "\(out)/trustnet.sqlite", "--format", "csv"])
        #expect(terms.stdout.split(separator: "\n").count == 4)
    }
}

/// Every text node and attribute value of an XML document.
final class SVGStrings: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        strings.append(contentsOf: attributes.values)
        strings.append(current)
        current = ""
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        strings.append(current)
        current = ""
    }
}
