import Foundation
import Testing
import TrustNetTestSupport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Names that try to break the outputs they reach: CSV (formula injection), DOT, SVG/XML,
/// JSON and the terminal.
@Suite struct HostileNamesTests {
    static let long = String(repeating: "Ab", count: 5_000)
    static let names = [
        "Robert\"); DROP TABLE person;--", "<script>alert(1)</script>", "back\\slash \\\"", "=cmd|' /C calc'!A0",
        "\u{202E}evil\u{202C} Rtl", long, "Zoë \u{1F642} שלום", "+1 (555) 0100", "@SUM(A1)", "-2+3",
    ]

    static func csvCell(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    @Test func hostileNamesImportAndStayInert() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        var roster = "id,name,department\n"
        for (i, name) in Self.names.enumerated() { roster += "H\(i),\(Self.csvCell(name)),\(Self.csvCell(i % 2 == 0 ? "<b>Unit</b>" : "=HYPERLINK(\"x\")"))\n" }
        var ties = "source,target,relation\n"
        for i in Self.names.indices { ties += "\(Self.csvCell(Self.names[i])),H\((i + 1) % Self.names.count),advice\n" }
        let r = try cli.run(["import", cli.write("roster.csv", roster), cli.write("ties.csv", ties), "--term", "t"])
        #expect(r.status == 0, "\(r.stderr.prefix(2000))")

        // CSV: every cell a spreadsheet would run is neutralized.
        let csv = try cli.run(["metrics", "--format", "csv"]).stdout
        #expect(csv.contains("'=cmd|' /C calc'!A0"))
        #expect(csv.contains("'@SUM(A1)"))
        #expect(csv.contains("'+1 (555) 0100"))
        #expect(csv.contains("'-2+3"))
        #expect(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""))
        for line in csv.split(separator: "\n") {
            for cell in line.split(separator: ",") { #expect(!"=+@".contains(cell.first ?? " "), "unneutralized cell \(cell.prefix(40))") }
        }

        // JSON parses and holds the names exactly.
        let json = try cli.run(["metrics", "--format", "json"]).stdout
        let rows = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(Set(rows?.compactMap { $0["name"] as? String } ?? []) == Set(Self.names))

        // The table strips terminal control characters.
        let table = try cli.run(["people"]).stdout
        #expect(!table.contains("\u{1B}"))

        // SVG: well-formed XML with every name intact (as text or tooltip).
        let svg = try cli.run(["render", "-o", cli.path("hostile.svg")])
        #expect(svg.status == 0, "\(svg.stderr)")
        let data = try #require(FileManager.default.contents(atPath: cli.path("hostile.svg")))
        let collector = SVGStrings()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        #expect(parser.parse())
        for name in Self.names { #expect(collector.strings.contains { $0.contains(name) }, "\(name.prefix(40)) not intact in the SVG") }
        let dot = try cli.run(["render", "--format", "dot"])
        #expect(dot.status == 0)
        #expect(dot.stdout.components(separatedBy: "[shape=box]").count == 1)
    }

    @Test func emptyNamesFailWithTheirPlace() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let r = try cli.run(["import", cli.write("roster.csv", "id,name\nA,Ann\nB,\"\"\nC,   \n"), "--term", "t"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("roster.csv:3:3: error: empty name for \"B\""))
        #expect(r.stderr.contains("roster.csv:4:3: error: empty name for \"C\""))
        #expect(!FileManager.default.fileExists(atPath: cli.path("trustnet.sqlite")))
    }
}
