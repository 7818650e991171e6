import Foundation
import Testing
import TrustNetTestSupport

/// Real rosters, items 8–10 of the analysis layer's issue: `--min-weight` said in every
/// output's header; terms that are not comparable pointed out; a term without advice ties read
/// along what stood in, in growth and the report.
@Suite struct GrowthComparabilityTests {
    static let roster = "id,name,department\nA,Ann,Math\nB,Bob,Math\nC,Cy,Art\nD,Di,Art\nE,Ed,Art\n"

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// t1 has advice ties, t2 only trust ties (a survey that asked only about trust).
    @Test func aTermWithoutAdviceIsReadAlongItsStandIn() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = cli.write("roster.csv", Self.roster)
        #expect(try cli.run(["import", roster, cli.write("t1.csv", "source,target,relation\nA,B,advice\nB,C,advice\nC,D,advice\nE,A,advice\n"), "--term", "t1"]).status == 0)
        #expect(try cli.run(["import", roster, cli.write("t2.csv", "source,target,relation\nA,B,trust\nD,C,trust\nE,C,trust\n"), "--term", "t2"]).status == 0)
        let growth = try cli.run(["growth", "--format", "json"])
        #expect(growth.status == 0, "\(growth.stderr)")
        #expect(growth.stderr.contains("note: no advice ties in t2: its trust ties stand in for them (ties kept, new and lost since the term before are not counted)"), "\(growth.stderr)")
        #expect(growth.stderr.contains("t1 and t2 may not be comparable: their relations differ (advice → trust)"))
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(growth.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["ties"] as? Int } == [4, 3])  // t2 counted along trust, not as empty
        #expect(rows[1]["kept"] is NSNull && rows[1]["lost"] is NSNull)
        // The report: its JSON names the stand-in, its page says why no change is drawn.
        let report = try Self.json(try cli.run(["report", "--format", "json"]).stdout)
        let section = try #require(report["growth"] as? [String: Any])
        #expect(section["stand_ins"] as? [String: [String]] == ["t2": ["trust"]])
        #expect(try cli.run(["report", "-o", cli.path("r.html")]).status == 0)
        let html = try String(contentsOfFile: cli.path("r.html"), encoding: .utf8)
        #expect(html.contains("The change of ties from t1 to t2 is not drawn: t1 has advice ties, t2 trust ties in their place."))
        #expect(html.contains("No advice ties in t2: its trust ties stand in for them"))
        #expect(!html.contains("0 kept, 0 new, 4 lost"))
    }

    /// Ties per respondent more than threefold apart: a caution in growth and the report.
    @Test func tiesPerRespondentFarApartIsPointedOut() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = cli.write("roster.csv", Self.roster)
        // t1: two respondents naming one colleague each (1 per respondent); t2: one naming four.
        #expect(try cli.run(["import", roster, cli.write("t1.csv", "source,target,relation\nA,B,advice\nC,D,advice\n"), "--term", "t1"]).status == 0)
        #expect(try cli.run(["import", roster, cli.write("t2.csv", "source,target,relation\nA,B,advice\nA,C,advice\nA,D,advice\nA,E,advice\n"), "--term", "t2"]).status == 0)
        let growth = try cli.run(["growth"])
        #expect(growth.stderr.contains("t1 and t2 may not be comparable"), "\(growth.stderr)")
        #expect(growth.stderr.contains("1.0") && growth.stderr.contains("4.0"), "\(growth.stderr)")
        let cautions = try #require((try Self.json(try cli.run(["report", "--format", "json"]).stdout)["growth"] as? [String: Any])?["cautions"] as? [String])
        #expect(cautions.count == 1)
        // Within threefold: no caution.
        #expect(try cli.run(["import", roster, cli.write("t3.csv", "source,target,relation\nA,B,advice\nA,C,advice\nB,A,advice\n"), "--term", "t3"]).status == 0)
        let later = try cli.run(["growth", "--from", "t2"])
        #expect(!later.stderr.contains("t2 and t3 may not be comparable"), "\(later.stderr)")
    }

    /// `--min-weight` on every command that asks a question: the first line says which ties
    /// were kept, and the report says it on the page and in its JSON.
    @Test func minWeightIsSaidByEveryCommand() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let ties = "source,target,relation,weight\nA,B,advice,3\nB,C,advice,1\nC,D,advice,2\nD,E,advice,4\nE,A,advice,2\n"
        #expect(try cli.run(["import", cli.write("roster.csv", Self.roster), cli.write("t.csv", ties), "--term", "t"]).status == 0)
        for command in [["sarahs"], ["coalition", "suggest"], ["premortem"], ["spread"], ["growth"], ["introduce", "--count", "1"]] {
            let r = try cli.run(command + ["--min-weight", "2"])
            #expect(r.status == 0, "\(command): \(r.stderr)")
            #expect(r.stderr.hasPrefix("ties: only ties at least 2 strong\n"), "\(command): \(r.stderr)")
            #expect(!(try cli.run(command)).stderr.contains("only ties at least"), "\(command)")
        }
        for command in [["structure"], ["metrics"]] {
            let r = try cli.run(command + ["--min-weight", "2"])
            #expect(r.stderr.contains("only ties at least 2 strong"), "\(command): \(r.stderr)")
        }
        #expect(try cli.run(["report", "--min-weight", "2", "-o", cli.path("r.html")]).status == 0)
        #expect(try String(contentsOfFile: cli.path("r.html"), encoding: .utf8).contains("only ties at least 2 strong"))
        let summary = try #require(try Self.json(try cli.run(["report", "--format", "json", "--min-weight", "2"]).stdout)["summary"] as? [String: Any])
        #expect(summary["min_weight"] as? Double == 2)
    }
}
