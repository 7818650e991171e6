import Foundation
import Testing
import TrustNetTestSupport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `trustnet export`: GraphML and GEXF read back by an XML parser with the same people, ties and
/// attributes; hostile names stay inert; anonymized exports name nobody.
@Suite(.serialized) struct ExportCommandTests {
    static func hostileWorkspace(_ cli: CLIRunner) throws {
        var roster = "id,name,email,department,title\n"
        for (i, name) in HostileNamesTests.names.enumerated() {
            roster += "H\(i),\(HostileNamesTests.csvCell(name)),h\(i)@school.example,\(i % 2 == 0 ? "Maths" : "\"=HYPERLINK(\"\"x\"\")\""),\(i == 0 ? "Principal" : "Teacher")\n"
        }
        var ties = "source,target,relation,weight\n"
        for i in HostileNamesTests.names.indices { ties += "H\(i),H\((i + 1) % HostileNamesTests.names.count),advice,\(1 + i % 3)\n" }
        ties += "H1,H0,trust,2\n"
        let r = try cli.run(["import", cli.write("roster.csv", roster), cli.write("ties.csv", ties), "--term", "t"])
        #expect(r.status == 0, "\(r.stderr.prefix(500))")
    }

    @Test func graphMLReadsBack() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try Self.hostileWorkspace(cli)
        let r = try cli.run(["export", "--format", "graphml", "--measures", "in_degree,pagerank"])
        #expect(r.status == 0, "\(r.stderr)")
        let document = try XMLDocument(data: Data(r.stdout.utf8))
        let nodes = try document.nodes(forXPath: "//*[local-name()='node']")
        let edges = try document.nodes(forXPath: "//*[local-name()='edge']")
        #expect(nodes.count == HostileNamesTests.names.count)
        #expect(edges.count == HostileNamesTests.names.count + 1)
        // Every hostile name comes back exactly, as text.
        let names = try document.nodes(forXPath: "//*[local-name()='data'][@key='name']").map { $0.stringValue ?? "" }
        #expect(Set(names) == Set(HostileNamesTests.names))
        #expect(!r.stdout.contains("<script>"))
        let relations = try document.nodes(forXPath: "//*[local-name()='data'][@key='relation']").map { $0.stringValue ?? "" }
        #expect(relations.filter { $0 == "trust" }.count == 1)
        #expect(try document.nodes(forXPath: "//*[local-name()='key'][@attr.name='pagerank']").count == 1)
    }

    @Test func gexfJSONAndCSV() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try Self.hostileWorkspace(cli)
        let gexf = try cli.run(["export", "--format", "gexf", "--measures", "none"])
        let document = try XMLDocument(data: Data(gexf.stdout.utf8))
        let labels = try document.nodes(forXPath: "//*[local-name()='node']/@label").compactMap(\.stringValue)
        #expect(labels.count == HostileNamesTests.names.count)
        #expect(Set(labels) == Set(HostileNamesTests.names), "GEXF labels do not round-trip")
        let json = try cli.run(["export", "--format", "json", "--measures", "in_degree"])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((decoded?["people"] as? [Any])?.count == HostileNamesTests.names.count)
        #expect((decoded?["ties"] as? [Any])?.count == HostileNamesTests.names.count + 1)
        let csv = try cli.run(["export", "--format", "csv", "--measures", "none"]).stdout
        #expect(csv.contains("'=cmd|' /C calc'!A0") && csv.contains("\"'=HYPERLINK(\"\"x\"\")\""))
        let tieCSV = try cli.run(["export", "--format", "csv", "--ties"]).stdout
        #expect(tieCSV.hasPrefix("source,target,relation,weight\n") && tieCSV.split(separator: "\n").count == HostileNamesTests.names.count + 2)
    }

    /// No roster name, e-mail or id in any anonymized export; pseudonyms are the same in every
    /// format and every run; the small unit is merged.
    @Test func anonymizedExportsNameNobody() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        let roster = SampleDistrictTests.csvRows(try String(contentsOfFile: SampleDistrictTests.file("roster-2026-fall.csv"), encoding: .utf8))
        var outputs: [String] = []
        for format in ["graphml", "gexf", "json", "csv", "dot"] {
            let r = try cli.run(["export", "--format", format, "--anonymize", "--measures", "in_degree"])
            #expect(r.status == 0, "\(r.stderr)")
            outputs.append(r.stdout)
            for row in roster.dropFirst() {
                #expect(!r.stdout.contains(row[0]), "\(format) leaks id \(row[0])")
                #expect(!r.stdout.contains(row[1]), "\(format) leaks name \(row[1])")
                #expect(!r.stdout.contains(row[2]), "\(format) leaks e-mail \(row[2])")
            }
        }
        let again = try cli.run(["export", "--format", "csv", "--anonymize", "--measures", "in_degree"]).stdout
        #expect(again == outputs[3])
        let pseudonym = String(outputs[3].split(separator: "\n")[1].prefix { $0 != "," })
        #expect(pseudonym.hasPrefix("P-") && outputs.allSatisfy { $0.contains(pseudonym) })
        let merged = try cli.run(["export", "--format", "csv", "--anonymize", "--min-unit-size", "10", "--measures", "none"]).stdout
        #expect(merged.contains("other units (merged)"))
    }

    /// Diagrams drawn with --anonymize (plain, stable and comparison) name nobody.
    @Test func anonymizedDiagramsNameNobody() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        var rosters: [[String]] = []
        for term in SampleDistrictTests.terms {
            rosters += SampleDistrictTests.csvRows(try String(contentsOfFile: SampleDistrictTests.file("roster-\(term).csv"), encoding: .utf8)).dropFirst()
        }
        for arguments in [
            ["render", "--relation", "advice", "--anonymize", "--format", "svg"],
            ["render", "--relation", "advice", "--anonymize", "--stable", "--format", "svg"],
            ["render", "--relation", "advice", "--anonymize", "--compare", "2025-fall", "2026-fall", "--format", "svg"],
        ] {
            let r = try cli.run(arguments)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains("P&#45;"), "pseudonyms are drawn")
            for row in rosters {
                #expect(!r.stdout.contains(">\(row[0])<") && !r.stdout.contains("\"\(row[0])\""), "\(arguments) leaks id \(row[0])")
                #expect(!r.stdout.contains(row[1]), "\(arguments) leaks name \(row[1])")
                #expect(!r.stdout.contains(row[2]), "\(arguments) leaks e-mail \(row[2])")
            }
        }
    }

    /// A pre-mortem with --anonymize names nobody, on stdout (table and CSV) or in the line
    /// that says which coalition it examines; without it, the same findings name people.
    @Test func anonymizedPremortemNamesNobody() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        let roster = SampleDistrictTests.csvRows(try String(contentsOfFile: SampleDistrictTests.file("roster-2026-fall.csv"), encoding: .utf8))
        let plain = try cli.run(["premortem", "--format", "csv"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(roster.dropFirst().contains { plain.stdout.contains($0[1]) }, "the plain pre-mortem names people")
        for format in ["table", "csv"] {
            let r = try cli.run(["premortem", "--anonymize", "--format", format])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains("P-") && r.stderr.contains("P-"), "pseudonyms are shown")
            #expect(r.stdout.split(separator: "\n").count == plain.stdout.split(separator: "\n").count + (format == "table" ? 1 : 0))
            for row in roster.dropFirst() {
                for text in [r.stdout, r.stderr] {
                    #expect(!text.contains(row[0]) && !text.contains(row[1]) && !text.contains(row[2]), "premortem \(format) leaks \(row[0])")
                }
            }
        }
    }
}
