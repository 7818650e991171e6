import Foundation
import Testing

/// Input built to break identities: control characters in ids and names, ids that look alike.
@Suite(.serialized) struct HostileInputTests {
    /// A NUL in a roster id or a tie list's name: exit 2 with file:line:column, the workspace
    /// byte for byte as before, and no NUL on stderr ("S1\0x" used to rename S1 in every term).
    @Test func nulCellsAreRefusedAndNotEchoed() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = cli.write("roster.csv", ImportCommandTests.roster)
        #expect(try cli.run(["import", roster, cli.write("ties.csv", ImportCommandTests.ties), "--term", "a"]).status == 0)
        let workspace = cli.path("trustnet.sqlite")
        let before = FileManager.default.contents(atPath: workspace)
        let cases = [
            (cli.write("r2.csv", "id,name\nS1\u{0}x,Ann Lee\nS2,Bo Diaz\n"), "r2.csv:2:3: error: this id holds a control character (U+0000, NUL)"),
            (cli.write("t2.csv", "source,target,relation\nS2,S1\u{0}x,advice\n"), "t2.csv:2:6: error: this name holds a control character (U+0000, NUL)"),
        ]
        for (file, message) in cases {
            let args = file.hasSuffix("r2.csv") ? ["import", file, "--term", "b"] : ["import", roster, file, "--term", "b"]
            let r = try cli.run(args)
            #expect(r.status == 2, "\(r.stderr)")
            #expect(r.stderr.contains(message), "\(r.stderr)")
            #expect(!r.stderr.contains("\u{0}"))
            #expect(FileManager.default.contents(atPath: workspace) == before)
        }
        let people = try cli.run(["people", "--format", "csv"])
        #expect(people.stdout.contains("S1,Ann Lee,"))
    }

    /// Ids differing only by case on one roster are an error naming both lines; a tie list
    /// naming "s1" reaches S1.
    @Test func idsThatLookAlike() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let r = try cli.run(["import", cli.write("roster.csv", "id,name\nS1,Ann Lee\ns1,Bo Diaz\n"), "--term", "a"])
        #expect(r.status == 2 && r.stderr.contains("roster.csv:3:1: error: id \"s1\" is the same as \"S1\" on line 2"), "\(r.stderr)")
        let ok = try cli.run(["import", cli.write("r.csv", ImportCommandTests.roster), cli.write("t.csv", "source,target,relation\ns2,ｓ1,advice\n"), "--term", "a"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(try cli.run(["people", "--format", "csv"]).stdout.components(separatedBy: "\n").count == 5)
    }
}
