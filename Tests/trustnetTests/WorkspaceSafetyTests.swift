import Foundation
import Testing
import TrustNetTestSupport

/// The workspace file under attack: imports racing into a new workspace, a report beside an
/// import, another application's database, a newer TrustNet's, paths SQLite would read as
/// something else, and raw SQLite failures.
@Suite(.serialized) struct WorkspaceSafetyTests {
    /// Starts the built `trustnet` without waiting; its output goes to files in the scratch folder.
    static func start(_ cli: CLIRunner, _ arguments: [String], name: String) throws -> Process {
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = cli.folder
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TRUSTNET_WORKSPACE")
        process.environment = environment
        _ = FileManager.default.createFile(atPath: cli.path("\(name).out"), contents: nil)
        _ = FileManager.default.createFile(atPath: cli.path("\(name).err"), contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: cli.path("\(name).out"))
        process.standardError = FileHandle(forWritingAtPath: cli.path("\(name).err"))
        try process.run()
        return process
    }

    static func stderr(_ cli: CLIRunner, _ name: String) -> String {
        (try? String(contentsOfFile: cli.path("\(name).err"), encoding: .utf8)) ?? ""
    }

    /// Two imports of different terms started together into a workspace that does not exist
    /// yet: both succeed and both terms are there (a losing import used to delete the file the
    /// winner had just written, after the winner reported success).
    @Test func racingImportsIntoANewWorkspaceKeepBoth() throws {
        for trial in 0..<6 {
            let cli = CLIRunner()
            defer { cli.cleanUp() }
            let roster = cli.write("roster.csv", ImportCommandTests.roster)
            // Each its own answers (the same file in two terms is refused as a second copy).
            let tiesA = cli.write("ties-a.csv", ImportCommandTests.ties)
            let tiesB = cli.write("ties-b.csv", ImportCommandTests.ties + "S3,S2,advice,2\n")
            let a = try Self.start(cli, ["import", roster, tiesA, "--term", "a"], name: "a")
            let b = try Self.start(cli, ["import", roster, tiesB, "--term", "b"], name: "b")
            a.waitUntilExit()
            b.waitUntilExit()
            #expect(a.terminationStatus == 0, "trial \(trial): \(Self.stderr(cli, "a"))")
            #expect(b.terminationStatus == 0, "trial \(trial): \(Self.stderr(cli, "b"))")
            let terms = try cli.run(["terms", "--format", "csv"])
            let names = Set(SampleDistrictTests.csvRows(terms.stdout).dropFirst().map { $0[0] })
            #expect(names == ["a", "b"], "trial \(trial): \(terms.stdout) \(terms.stderr)")
            // No temporary file is left beside the workspace.
            let left = try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).filter { $0.hasPrefix(".") }
            #expect(left.isEmpty, "\(left)")
        }
    }

    /// Reports and listings read the workspace again and again while a large import writes it:
    /// the import waits for them instead of failing at COMMIT with "database is locked".
    @Test func readersBesideAnImportNeverMakeItFail() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let sample = SampleDistrictTests.self
        let first = try cli.run(["import", sample.file("roster-2025-fall.csv"), sample.file("ties-2025-fall.csv"), "--term", "2025-fall"])
        #expect(first.status == 0, "\(first.stderr)")
        for (i, term) in ["2026-spring", "2026-fall"].enumerated() {
            var readers: [Process] = []
            for k in 0..<3 { readers.append(try Self.start(cli, k == 0 ? ["report", "-o", cli.path("r\(i).html")] : ["terms"], name: "reader\(i)\(k)")) }
            let writer = try Self.start(cli, ["import", sample.file("roster-\(term).csv"), sample.file("ties-\(term).csv"), "--term", term], name: "writer\(i)")
            writer.waitUntilExit()
            for r in readers { r.waitUntilExit() }
            #expect(writer.terminationStatus == 0, "\(Self.stderr(cli, "writer\(i)"))")
            for k in 0..<3 { #expect(readers[k].terminationStatus == 0, "\(Self.stderr(cli, "reader\(i)\(k)"))") }
        }
        #expect(SampleDistrictTests.csvRows(try cli.run(["terms", "--format", "csv"]).stdout).count == 4)
    }

    /// A workspace held by another writer: the second waits, says so, and carries on.
    @Test func aSecondWriterWaitsWithAMessage() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = cli.write("roster.csv", ImportCommandTests.roster)
        #expect(try cli.run(["import", roster, cli.write("ties.csv", ImportCommandTests.ties), "--term", "a"]).status == 0)
        // sqlite3 holds the write lock for a second and a half.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["python3", "-c", "import sqlite3,time; c=sqlite3.connect('trustnet.sqlite', isolation_level=None); c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(1.5); c.execute('COMMIT')"]
        holder.currentDirectoryURL = cli.folder
        let out = Pipe()
        holder.standardOutput = out
        try holder.run()
        _ = out.fileHandleForReading.availableData  // "locked"
        let r = try cli.run(["import", roster, cli.write("ties2.csv", ImportCommandTests.ties + "S2,S3,advice,2\n"), "--term", "b"])
        holder.waitUntilExit()
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("waiting for another trustnet"), "\(r.stderr)")
    }

    /// Another application's SQLite file: refused with exit 2 by every command, byte for byte
    /// unchanged (a read-only command used to add TrustNet's tables to it).
    @Test func anotherApplicationsDatabaseIsLeftAlone() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let path = cli.path("other.sqlite")
        #expect(try AnonymizedOutputTests.shell("python3", "-c", "import sqlite3; c=sqlite3.connect('\(path)'); c.execute('CREATE TABLE notes (x TEXT)'); c.execute(\"INSERT INTO notes VALUES ('mine')\"); c.commit()") == 0)
        let before = FileManager.default.contents(atPath: path)
        for arguments in [["terms"], ["people"], ["import", cli.write("roster.csv", ImportCommandTests.roster), "--term", "t"]] {
            let r = try cli.run(arguments + ["--workspace", path])
            #expect(r.status == 2, "\(arguments): \(r.stderr)")
            #expect(r.stderr.contains("is not a TrustNet workspace") && r.stderr.contains("another application"), "\(r.stderr)")
        }
        #expect(FileManager.default.contents(atPath: path) == before)
        // A file shorter than SQLite's header, which SQLite would take for an empty database.
        let short = cli.write("short.sqlite", "x")
        let r = try cli.run(["terms", "--workspace", short])
        #expect(r.status == 2 && r.stderr.contains("is not an SQLite database"), "\(r.stderr)")
        #expect(try String(contentsOfFile: short, encoding: .utf8) == "x")
    }

    /// A workspace from a newer TrustNet (higher user_version, or a migration this one does not
    /// know) is refused with the version in the message, and not changed.
    @Test func aNewerWorkspaceIsRefused() throws {
        for change in ["PRAGMA user_version = 99", "INSERT INTO grdb_migrations VALUES ('v99: from the future')"] {
            let cli = CLIRunner()
            defer { cli.cleanUp() }
            #expect(try cli.run(["import", cli.write("roster.csv", ImportCommandTests.roster), "--term", "t"]).status == 0)
            let path = cli.path("trustnet.sqlite")
            #expect(try AnonymizedOutputTests.shell("python3", "-c", "import sqlite3; c=sqlite3.connect('\(path)'); c.execute(\"\(change)\"); c.commit()") == 0)
            let before = FileManager.default.contents(atPath: path)
            let r = try cli.run(["people"])
            #expect(r.status == 2)
            #expect(r.stderr.contains("newer TrustNet") && r.stderr.contains(change.hasPrefix("PRAGMA") ? "version 99" : "version"), "\(r.stderr)")
            #expect(FileManager.default.contents(atPath: path) == before)
        }
    }

    /// Only plain file paths: a URI would import into memory and report success.
    @Test func uriPathsAreRefused() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = cli.write("roster.csv", ImportCommandTests.roster)
        for path in ["file:x?mode=memory", "file:trustnet.sqlite", ":memory:"] {
            let r = try cli.run(["import", roster, "--term", "t", "--workspace", path])
            #expect(r.status == 2, "\(path): \(r.stderr)")
            #expect(r.stderr.contains("not a plain file path"), "\(r.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.path) == ["roster.csv"])
    }

    /// Raw SQLite failures become sentences with exit 2: a folder as workspace, a file as its
    /// folder, a folder that does not exist, a workspace that cannot be written.
    @Test func sqliteFailuresReadAsSentences() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = cli.write("roster.csv", ImportCommandTests.roster)
        try FileManager.default.createDirectory(atPath: cli.path("folder"), withIntermediateDirectories: true)
        let cases: [(String, String)] = [
            (cli.path("folder"), "it is a folder"),
            (cli.path("roster.csv/w.sqlite"), "is a file, not a folder"),
            (cli.path("missing/w.sqlite"), "does not exist"),
        ]
        for (path, message) in cases {
            for arguments in [["import", roster, "--term", "t"], ["terms"]] {
                let r = try cli.run(arguments + ["--workspace", path])
                #expect(r.status == 2, "\(path) \(arguments): \(r.stderr)")
                #expect(r.stderr.contains(message) || r.stderr.contains("no workspace at"), "\(path) \(arguments): \(r.stderr)")
                #expect(!r.stderr.contains("SQLite error") && !r.stderr.split(separator: "\n").contains { $0.count > 300 }, "\(r.stderr)")
            }
        }
        #expect(try cli.run(["import", roster, "--term", "t"]).status == 0)
        try AnonymizedOutputTests.readOnly(cli.path("trustnet.sqlite")) {
            let r = try cli.run(["import", roster, cli.write("ties.csv", ImportCommandTests.ties), "--term", "u"])
            #expect(r.status == 2, "\(r.stderr)")
            #expect(r.stderr.contains("cannot be written"), "\(r.stderr)")
            #expect(try cli.run(["people"]).status == 0)
        }
    }
}
