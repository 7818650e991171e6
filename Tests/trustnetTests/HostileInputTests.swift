import Foundation
import Testing
import TrustNetTestSupport
import TrustNet

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

    /// Weights import accepts, from 1e-300 to 1e300 and one-on-one counts in the thousands,
    /// through the commands: no crash (a weight of 1e15 ended the report with SIGILL), no exit 1
    /// (eigenvector "did not converge" on weights of 10–1000, HITS and PageRank went NaN).
    @Test(arguments: [["1e15", "3", "1"], ["1e300", "1e-300", "2"], ["10", "1000", "250"], ["1.7e308", "1.7e308", "1e308"], ["5000", "4000", "1"]])
    func extremeWeightsThroughEveryCommand(weights: [String]) throws {
        try Self.everyCommand(label: "\(weights)") { i, step in weights[(i + step) % 3] }
    }

    /// The property: every tie its own weight drawn log-uniformly from 1e-300 to 1e300 (a
    /// seeded draw: the same weights on every run), through the same commands.
    @Test(arguments: [UInt64(1), 2, 3])
    func randomWeightsThroughEveryCommand(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        var weights: [String] = []
        for _ in 0..<36 {
            let exponent = Double.random(in: -300...300, using: &generator)
            weights.append(String(Double.random(in: 1..<10, using: &generator)) + "e" + String(Int(exponent.rounded(.down))))
        }
        try Self.everyCommand(label: "seed \(seed): \(weights)") { i, step in weights[i * 3 + step - 1] }
    }

    /// Imports a 12-person network whose tie from person `i` at `step` (1–3) has `weight(i,
    /// step)` and runs every command that measures it: exit 0, no NaN.
    static func everyCommand(label: String, weight: (Int, Int) -> String) throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        var roster = "id,name,department,title\n"
        for i in 0..<12 { roster += "S\(i),Person \(i),\(["Maths", "Science", "Arts"][i % 3]),\(i == 0 ? "Principal" : "")\n" }
        var ties = "source,target,relation,weight\n"
        for i in 0..<12 {
            for step in 1...3 { ties += "S\(i),S\((i + step * 5) % 12),\(["advice", "trust", "sharing"][step - 1]),\(weight(i, step))\n" }
        }
        let imported = try cli.run(["import", cli.write("roster.csv", roster), cli.write("ties.csv", ties), "--term", "t"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let commands: [[String]] = [
            ["metrics", "--format", "csv"], ["structure"], ["sarahs"], ["coalition", "suggest", "--size", "3"], ["premortem"],
            ["spread", "--seeds", "sarahs", "--runs", "20"], ["export", "--format", "graphml"], ["render", "--format", "svg"],
            ["render", "--format", "svg", "--by-unit"], ["report", "-o", cli.path("r.html")],
        ]
        for command in commands {
            let r = try cli.run(command)
            #expect(r.status == 0, "\(label) \(command): \(r.stderr.suffix(400))")
            #expect(!r.stdout.lowercased().contains("nan"), "\(label) \(command)")
        }
    }

    /// `demo -o DIR` does not replace a workspace holding a leader's own terms (nor a file that
    /// is no workspace) without --force; term names from --data never become paths outside -o.
    @Test func demoKeepsOtherWorkspacesAndTermNamesStayInside() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let data = cli.path("data")
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let term = "../../escaped"
        cli.write("data/terms.csv", "term,starts,ends\n\"\(term)\",2025-09-01,2026-01-31\n")
        var roster = "id,name,department\n"
        for i in 0..<8 { roster += "S\(i),Person \(i),\(i % 2 == 0 ? "Maths" : "Arts")\n" }
        var ties = "source,target,relation\n"
        for i in 0..<8 { ties += "S\(i),S\((i + 1) % 8),advice\nS\(i),S\((i + 3) % 8),sharing\n" }
        cli.write("data/roster-_.._escaped.csv", roster)
        cli.write("data/ties-_.._escaped.csv", ties)
        // A leader's own workspace where the demo would write.
        try FileManager.default.createDirectory(atPath: cli.path("out/a/b"), withIntermediateDirectories: true)
        let mine = try cli.run(["import", cli.write("roster.csv", ImportCommandTests.roster), "--term", "my-term", "--workspace", cli.path("out/a/b/trustnet.sqlite")])
        #expect(mine.status == 0)
        let before = FileManager.default.contents(atPath: cli.path("out/a/b/trustnet.sqlite"))
        let refused = try cli.run(["demo", "--data", data, "-o", cli.path("out/a/b")])
        #expect(refused.status == 2 && refused.stderr.contains("holds terms that are not the sample's (my-term)"), "\(refused.stderr)")
        #expect(FileManager.default.contents(atPath: cli.path("out/a/b/trustnet.sqlite")) == before)
        let forced = try cli.run(["demo", "--data", data, "-o", cli.path("out/a/b"), "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.path("escaped")) && !FileManager.default.fileExists(atPath: cli.path("out/escaped")))
        #expect(FileManager.default.fileExists(atPath: cli.path("out/a/b/_.._escaped/metrics.csv")))
        // Run again: the demo's own workspace is replaced without --force.
        #expect(try cli.run(["demo", "--data", data, "-o", cli.path("out/a/b")]).status == 0)
        // A file that is no workspace is not replaced either.
        try FileManager.default.createDirectory(atPath: cli.path("out/c"), withIntermediateDirectories: true)
        cli.write("out/c/trustnet.sqlite", "my notes\n")
        let notes = try cli.run(["demo", "--data", data, "-o", cli.path("out/c")])
        let kept = try String(contentsOfFile: cli.path("out/c/trustnet.sqlite"), encoding: .utf8)
        #expect(notes.status == 2 && kept == "my notes\n", "\(notes.stderr)")
    }

    /// A folder given as a file to import: a refusal with exit 2 (its size read as 2⁶³ bytes
    /// crashed the import); a pipe is read to its end.
    @Test func foldersAndPipesAsInput() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try FileManager.default.createDirectory(atPath: cli.path("folder.csv"), withIntermediateDirectories: true)
        let r = try cli.run(["import", cli.path("folder.csv"), "--term", "t"])
        #expect(r.status == 2 && r.stderr.contains("folder.csv: error: this is a folder, not a file"), "\(r.stderr)")
        let fifo = cli.path("roster-pipe.csv")
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: fifo)!
            handle.write(Data(ImportCommandTests.roster.utf8))
            try? handle.close()
        }
        writer.start()
        let piped = try cli.run(["import", fifo, "--term", "t"])
        #expect(piped.status == 0, "\(piped.stderr)")
    }
}
