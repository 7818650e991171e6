import Foundation
import Testing
import TrustNetTestSupport

/// `import --formal-title WORD`: the leader's own word for formal leadership is stored with the
/// roster, so every later command marks the same people without being told again.
@Suite struct ImportFormalTitleTests {
    static let roster = """
        id,name,title,formal
        P1,Ada Partner,Partner,
        P2,Ben Partner,Senior Partner,no
        A1,Cy Associate,Associate,
        A2,Di Associate,Associate,yes
        A3,Ed Head,Head of Litigation,

        """
    static let ties = """
        source,target,relation,weight
        A1,P1,advice,1
        A2,P1,advice,1
        A3,P2,advice,1
        P1,P2,advice,1

        """

    static func formalColumn(_ cli: CLIRunner, _ extra: [String] = []) throws -> [String: String] {
        let rows = try cli.run(["people", "--format", "csv"] + extra).stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(rows.first)
        let id = try #require(header.firstIndex(of: "id")), formal = try #require(header.firstIndex(of: "formal_leader"))
        return Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[id], $0[formal]) })
    }

    @Test func storedAtImport() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let r = try cli.run(["import", cli.write("roster.csv", Self.roster), cli.write("ties.csv", Self.ties), "--term", "2025", "--formal-title", "partner"])
        #expect(r.status == 0, "\(r.stderr)")
        // P1 by the word; P2's own "no" decides; A2's own "yes" decides; A3 by the built-in "head".
        #expect(r.stderr.contains("1 person marked formal leaders by a title word (\"partner\")"), "\(r.stderr)")
        #expect(try Self.formalColumn(cli) == ["P1": "yes", "P2": "no", "A1": "no", "A2": "yes", "A3": "yes"])
    }

    @Test func withoutTheWordNothingChanges() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let r = try cli.run(["import", cli.write("roster.csv", Self.roster), cli.write("ties.csv", Self.ties), "--term", "2025"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("marked formal leaders"))
        #expect(try Self.formalColumn(cli) == ["P1": "no", "P2": "no", "A1": "no", "A2": "yes", "A3": "yes"])
    }

    @Test func aRosterWithoutAFormalColumnGainsOne() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = "id,name,title\nP1,Ada,Partner\nA1,Cy,Associate\n"
        let r = try cli.run(["import", cli.write("roster.csv", roster), cli.write("ties.csv", "source,target,relation,weight\nA1,P1,advice,1\n"), "--term", "2025", "--formal-title", "PARTNER"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Self.formalColumn(cli) == ["P1": "yes", "A1": "no"])
        // The next term's roster is the user's again: nothing carried over without the word.
        let again = try cli.run(["import", cli.write("roster2.csv", roster), cli.write("ties2.csv", "source,target,relation,weight\nP1,A1,advice,1\n"), "--term", "2026"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Self.formalColumn(cli, ["--term", "2026"]) == ["P1": "no", "A1": "no"])
        #expect(try Self.formalColumn(cli, ["--term", "2025"]) == ["P1": "yes", "A1": "no"])
    }
}
