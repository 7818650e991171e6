import Foundation
import Testing
import TrustNetTestSupport

/// A new roster for a term that already holds ties or answers must still list their people:
/// otherwise the term would count ties and respondents its roster no longer has (found by
/// importing Krackhardt's managers, whose wave column says "1", beside Lazega's firm, term "1").
@Suite struct RosterReplacementTests {
    static let four = "id,name\nA,Ann\nB,Bob\nC,Cy\nD,Di\n"
    static let ties = "source,target,relation\nA,B,advice\nC,D,advice\nD,A,advice\nB,C,advice\n"

    @Test func aRosterThatLeavesOutPeopleWithTiesIsRefused() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["import", cli.write("r4.csv", Self.four), cli.write("t.csv", Self.ties), "--term", "t"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.path("trustnet.sqlite")))
        let smaller = try cli.run(["import", cli.write("r2.csv", "id,name\nA,Ann\nB,Bob\n"), "--term", "t"])
        #expect(smaller.status == 2)
        #expect(smaller.stderr.contains("this roster leaves out 2 people whom t's ties or answers are about (C, D): nothing was imported"), "\(smaller.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.path("trustnet.sqlite"))) == before)
        // A roster that lists everyone (and one more) replaces it.
        let larger = try cli.run(["import", cli.write("r5.csv", Self.four + "E,Ed\n"), "--term", "t"])
        #expect(larger.status == 0, "\(larger.stderr)")
        #expect(try cli.run(["terms", "--format", "csv"]).stdout.contains("t,,,5,4,4,advice"))
    }

    @Test func anotherNetworkSentIntoTheSameTermByItsTermColumnIsRefused() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let firm = try cli.run(["import", cli.write("firm.csv", Self.four), cli.write("firm-ties.csv", "source,target,relation,wave\nA,B,advice,1\nC,D,advice,1\n")])
        #expect(firm.status == 0, "\(firm.stderr)")
        // A second dataset whose wave column also says 1, asked for as term k.
        let managers = try cli.run([
            "import", cli.write("managers.csv", "id,name\nM1,Mo\nM2,Mia\n"), cli.write("managers-ties.csv", "source,target,relation,wave\nM1,M2,advice,1\n"),
            "--term", "k",
        ])
        #expect(managers.status == 2)
        #expect(managers.stderr.contains("leaves out 4 people whom 1's ties or answers are about (A, B, C, D)"), "\(managers.stderr)")
        #expect(try cli.run(["terms", "--format", "csv"]).stdout.contains("1,,,4,"))
    }
}
