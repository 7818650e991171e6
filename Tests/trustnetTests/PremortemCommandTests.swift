import Foundation
import Testing
import TrustNetTestSupport

/// `trustnet premortem` and `trustnet sarahs --on-ramps` on the bundled sample district.
@Suite(.serialized) struct PremortemCommandTests {
    /// The coalition the principal enlisted in 2026-spring (Datasets/sample-district/coalition.csv).
    static let springCoalition = ["S0022", "S0007", "S0004", "S0005"]

    static func file(_ name: String) -> String { SampleDistrictTests.file(name) }
    static func csvRows(_ text: String) -> [[String]] { SampleDistrictTests.csvRows(text) }
    static func importSample(_ cli: CLIRunner) throws { try SampleDistrictTests.importSample(cli) }

    static func json(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    /// Five people in one unit who all ask each other: nothing to fear, and the pre-mortem says
    /// so rather than print an empty table alone.
    @Test func nothingToFearIsSaid() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let ids = ["a", "b", "c", "d", "e"]
        let roster = cli.write("roster.csv", "id,name,unit\n" + ids.map { "\($0),\($0.uppercased()),X\n" }.joined())
        var ties = "source,target,relation\n"
        for s in ids { for t in ids where s != t { ties += "\(s),\(t),advice\n\(s),\(t),sharing\n" } }
        #expect(try cli.run(["import", roster, cli.write("ties.csv", ties), "--term", "t"]).status == 0)
        let r = try cli.run(["premortem", "--size", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("nothing found to fear"))
    }

    /// The pre-mortem prints its columns, ranked by severity, with the coalition it examined
    /// named on stderr: suggested when none is recorded, then the recorded one.
    @Test func premortemOnTheSampleDistrict() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try Self.importSample(cli)

        let suggested = try cli.run(["premortem", "--term", "2026-fall", "--format", "csv"])
        #expect(suggested.status == 0, "\(suggested.stderr)")
        #expect(suggested.stdout.split(separator: "\n").first == "rank,kind,finding,severity,people,person_ids,units")
        #expect(suggested.stderr.contains("no coalition recorded in 2026-fall or before; examining a suggested coalition of 5"))

        let recorded = try cli.run(["coalition", "record", "--term", "2026-spring"] + Self.springCoalition)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let r = try cli.run(["premortem", "--term", "2026-fall", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("examining the coalition recorded in 2026-spring: Sarah Okafor, Miguel Torres"))
        let rows = try Self.json(r.stdout)
        #expect(!rows.isEmpty)
        for row in rows { #expect(Array(row.keys).sorted() == ["finding", "kind", "people", "person_ids", "rank", "severity", "units"]) }
        #expect(rows.map { $0["rank"] as? Int } == Array(1...rows.count))
        let severities = rows.compactMap { $0["severity"] as? Double }
        #expect(severities.count == rows.count)
        #expect(zip(severities, severities.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(severities.allSatisfy { (0...1).contains($0) })
        #expect(rows.allSatisfy { ($0["finding"] as? String)?.hasSuffix(".") == true })

        let table = try cli.run(["premortem", "--term", "2026-fall", "--coalition", "suggested", "--size", "3"])
        #expect(table.status == 0 && table.stdout.hasPrefix("rank  kind"))
        #expect(table.stderr.contains("a suggested coalition of 3"))
        let none = try cli.run(["premortem", "--term", "2025-fall", "--coalition", "recorded"])
        #expect(none.status == 2 && none.stderr.contains("no coalition recorded in 2025-fall or before"))
        #expect(try cli.run(["premortem", "--size", "0"]).status == 2)
    }

    /// `sarahs --on-ramps`: every peripheral person (no tie, or named by at most one colleague,
    /// counted from the tie file) outside the coalition has exactly one on-ramp.
    @Test func everyPeripheralPersonHasAnOnRamp() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try Self.importSample(cli)
        #expect(try cli.run(["coalition", "record", "--term", "2026-spring"] + Self.springCoalition).status == 0)

        let r = try cli.run(["sarahs", "--term", "2026-fall", "--on-ramps", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("on-ramps lead to the coalition recorded in 2026-spring"))
        let rows = Self.csvRows(r.stdout)
        #expect(rows.first == ["id", "name", "unit", "edge", "on_ramp_id", "on_ramp_name", "via", "steps"])

        let roster = Self.csvRows(try String(contentsOfFile: Self.file("roster-2026-fall.csv"), encoding: .utf8)).dropFirst().map { $0[0] }
        var namedBy: [String: Set<String>] = [:]
        for line in try String(contentsOfFile: Self.file("ties-2026-fall.csv"), encoding: .utf8).split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",").map(String.init)
            if cells[0] != cells[1] { namedBy[cells[1], default: []].insert(cells[0]) }
        }
        let peripheral = Set(roster.filter { namedBy[$0, default: []].count <= 1 }).subtracting(Self.springCoalition)
        #expect(!peripheral.isEmpty)
        let listed = rows.dropFirst().map { $0[0] }
        #expect(listed.count == Set(listed).count)
        #expect(Set(listed) == peripheral)
        for row in rows.dropFirst() {
            #expect(!row[4].isEmpty && row[4] != row[0], "\(row)")
            #expect(["coalition member", "trusted colleague"].contains(row[6]), "\(row)")
            if row[6] == "coalition member" {
                #expect(Self.springCoalition.contains(row[4]), "\(row)")
                #expect(Int(row[7]).map { $0 >= 1 } == true, "\(row)")
            }
        }

        let table = try cli.run(["sarahs", "--term", "2026-fall", "--on-ramps"])
        #expect(table.status == 0 && table.stdout.contains("== on-ramps ==") && table.stdout.hasPrefix("rank"))
        let json = try Self.json(try cli.run(["sarahs", "--term", "2026-fall", "--on-ramps", "--format", "json"]).stdout)
        #expect(json.count == peripheral.count)
        // Without --on-ramps, sarahs is unchanged.
        #expect(Self.csvRows(try cli.run(["sarahs", "--format", "csv"]).stdout).first?.first == "rank")
    }
}
