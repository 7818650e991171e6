import Foundation
import Testing
import TrustNet
import TrustNetTestSupport

/// An import killed with `kill -9` at any point — reading, planning, in the middle of its write
/// transaction — leaves the workspace as it was: every query answers byte for byte as before,
/// and the next import works. Into a workspace that does not exist yet, it leaves none.
@Suite(.serialized) struct ImportInterruptTests {
    /// A generated roster of `people` and `ties` random advice and trust ties among them, seeded.
    static func files(_ cli: CLIRunner, people: Int, ties: Int, seed: UInt64, name: String) -> (roster: String, ties: String) {
        var random = SeededGenerator(seed: seed)
        let roster = "id,name,school\n" + (0..<people).map { "P\($0),Person \($0),School \($0 % 20)" }.joined(separator: "\n") + "\n"
        var lines = ["source,target,relation,weight"]
        var seen = Set<Int>()
        while lines.count <= ties {
            let s = Int.random(in: 0..<people, using: &random), t = Int.random(in: 0..<people, using: &random)
            let r = Int.random(in: 0..<2, using: &random)
            guard s != t, seen.insert((s * people + t) * 2 + r).inserted else { continue }
            lines.append("P\(s),P\(t),\(r == 0 ? "advice" : "trust"),\(Int.random(in: 1...4, using: &random))")
        }
        return (cli.write("roster-\(name).csv", roster), cli.write("ties-\(name).csv", lines.joined(separator: "\n") + "\n"))
    }

    /// What the workspace answers: the terms, and each term's measures and ties.
    static func answers(_ cli: CLIRunner) throws -> String {
        var out = ""
        let terms = try cli.run(["terms", "--format", "csv"])
        out += terms.stdout + terms.stderr
        for term in ["t1", "t2"] {
            for arguments in [
                ["metrics", "--term", term, "--measures", "in_degree,out_strength,pagerank", "--format", "csv"],
                ["export", "--term", term, "--format", "csv"],
            ] {
                let r = try cli.run(arguments)
                out += "\(arguments.joined(separator: " ")): \(r.status)\n\(r.stdout)\(r.stderr)"
            }
        }
        return out
    }

    /// Starts `trustnet ARGUMENTS` and kills it with SIGKILL when `when` says so (or lets it
    /// finish); returns whether it was killed before it finished.
    static func killed(_ cli: CLIRunner, _ arguments: [String], when: () -> Bool) throws -> Bool {
        let process = try WorkspaceSafetyTests.start(cli, arguments, name: "interrupted")
        while process.isRunning && !when() { usleep(500) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal
    }

    @Test func aKilledImportLeavesTheWorkspaceAsItWas() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let first = Self.files(cli, people: 1_500, ties: 12_000, seed: 11, name: "1")
        let second = Self.files(cli, people: 1_500, ties: 12_000, seed: 12, name: "2")
        let workspace = cli.path("trustnet.sqlite")
        #expect(try cli.run(["import", first.roster, first.ties, "--term", "t1"]).status == 0)
        let before = try Self.answers(cli)
        #expect(before.contains("P0"))

        // How long a whole import of the second term takes, on a copy.
        try FileManager.default.copyItem(atPath: workspace, toPath: cli.path("probe.sqlite"))
        let started = Date()
        #expect(try cli.run(["import", second.roster, second.ties, "--term", "t2", "--workspace", cli.path("probe.sqlite")]).status == 0)
        let whole = Date().timeIntervalSince(started)

        // Killed after a delay (reading the files, planning, writing), the moment the write
        // transaction has begun (its rollback journal exists), and a few milliseconds into it.
        let journal = workspace + "-journal"
        let points: [(what: String, delay: Double, inTransaction: Bool)] =
            [0.1, 0.3, 0.5, 0.7, 0.85, 0.95].map { ("after \(Int($0 * 100))% of an import's time", whole * $0, false) }
            + [("as its write transaction begins", 0, true), ("5 ms into its write transaction", 0.005, true)]
        var kills = 0
        for point in points {
            let start = Date()
            var began: Date?
            let wasKilled = try Self.killed(cli, ["import", second.roster, second.ties, "--term", "t2"]) {
                guard point.inTransaction else { return Date().timeIntervalSince(start) >= point.delay }
                guard FileManager.default.fileExists(atPath: journal) else { return false }
                began = began ?? Date()
                return Date().timeIntervalSince(began!) >= point.delay
            }
            guard wasKilled else {
                // It finished first: undo by deleting the term it made, and go on.
                #expect(try cli.run(["terms", "delete", "t2", "--yes"]).status == 0)
                continue
            }
            kills += 1
            #expect(try Self.answers(cli) == before, "killed \(point.what)")
        }
        #expect(kills >= 2, "at least the kills inside the write transaction land")

        // A killed import with --replace of the first term's file.
        let replaced = try Self.killed(cli, ["import", first.ties, "--term", "t1", "--replace"]) { FileManager.default.fileExists(atPath: journal) }
        if replaced { #expect(try Self.answers(cli) == before, "killed in an import --replace") }

        // The workspace still takes the import whole.
        #expect(try cli.run(["import", second.roster, second.ties, "--term", "t2"]).status == 0)
        let after = try Self.answers(cli)
        #expect(after != before && after.contains("metrics --term t2 --measures in_degree,out_strength,pagerank --format csv: 0"))
    }

    @Test func aKilledFirstImportLeavesNoWorkspace() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let files = Self.files(cli, people: 1_500, ties: 12_000, seed: 13, name: "1")
        let workspace = cli.path("trustnet.sqlite")
        for delay in [0.05, 0.3, 0.8] {
            let start = Date()
            _ = try Self.killed(cli, ["import", files.roster, files.ties, "--term", "t1"]) { Date().timeIntervalSince(start) >= delay }
            if FileManager.default.fileExists(atPath: workspace) {
                // Finished before the kill: it is whole.
                #expect(try cli.run(["terms", "--format", "csv"]).stdout.contains("t1,"))
                try FileManager.default.removeItem(atPath: workspace)
            } else {
                let r = try cli.run(["terms"])
                #expect(r.status != 0 && !FileManager.default.fileExists(atPath: workspace), "killed after \(delay) s: \(r.stderr)")
            }
        }
    }
}
