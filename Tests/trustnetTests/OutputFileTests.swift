import Foundation
import Testing
import TrustNetTestSupport

/// Files a command writes (-o): never through a planted symbolic link, nothing left beside
/// them when writing fails, one line for a full disk.
@Suite(.serialized) struct OutputFileTests {
    static func workspace(_ cli: CLIRunner) throws {
        #expect(try cli.run(["import", cli.write("roster.csv", ImportCommandTests.roster), cli.write("ties.csv", ImportCommandTests.ties), "--term", "t"]).status == 0)
    }

    /// Symbolic links planted at every temporary name the next few hundred processes would have
    /// used (`.NAME.PID.tmp`): the report lands in its own file, the link targets are untouched.
    @Test func plantedSymlinksAreNotFollowed() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try Self.workspace(cli)
        let victim = cli.write("victim.txt", "keep me\n")
        let next = Int((try? String(contentsOfFile: "/proc/sys/kernel/ns_last_pid", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
        for pid in next..<(next + 400) {
            try FileManager.default.createSymbolicLink(atPath: cli.path(".report.html.\(pid).tmp"), withDestinationPath: victim)
        }
        let r = try cli.run(["report", "-o", cli.path("report.html")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me\n")
        let report = try FileManager.default.attributesOfItem(atPath: cli.path("report.html"))
        #expect(report[.type] as? FileAttributeType == .typeRegular)
        let others = try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).filter { $0.hasPrefix(".") && !$0.hasSuffix(".tmp") }
        #expect(others.isEmpty, "\(others)")
    }

    /// A full disk: one line, exit 2, the old file intact and no temporary file left.
    @Test func fullDiskLeavesNothingBehind() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try Self.workspace(cli)
        let disk = cli.path("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        // A 64 kB file system of its own; where mounting is not allowed there is nothing to test.
        guard try AnonymizedOutputTests.shell("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk) == 0 else { return }
        defer { _ = try? AnonymizedOutputTests.shell("umount", disk) }
        let old = disk + "/report.html"
        try Data("old report\n".utf8).write(to: URL(fileURLWithPath: old))
        try Data(repeating: 1, count: 40_000).write(to: URL(fileURLWithPath: disk + "/filler"))
        let r = try cli.run(["report", "-o", old])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr == "error: cannot write \(old): the disk is full; free some space and run the command again\n", "\(r.stderr)")
        #expect(try String(contentsOfFile: old, encoding: .utf8) == "old report\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk).sorted() == ["filler", "report.html"])
    }

    /// A folder as -o, or a file where its folder should be: one line each, exit 2.
    @Test func pathsThatCannotBeWritten() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try Self.workspace(cli)
        try FileManager.default.createDirectory(atPath: cli.path("out"), withIntermediateDirectories: true)
        for (path, message) in [(cli.path("out"), "it is a folder"), (cli.path("roster.csv/x.svg"), "roster.csv is a file, not a folder")] {
            let r = try cli.run(["render", "--format", "svg", "-o", path])
            #expect(r.status == 2, "\(r.stderr)")
            #expect(r.stderr.contains(message) && r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        }
    }

    /// A device given as -o is written into, never replaced by a file (`report -o /dev/full`
    /// renamed a regular file over the device node): a full device is one line and exit 2.
    /// The device is made in the scratch folder, so a failure harms nothing.
    @Test func devicesAreWrittenIntoNotReplaced() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try Self.workspace(cli)
        let device = cli.path("full")
        guard mknod(device, S_IFCHR | 0o666, (1 << 8) | 7) == 0 else { return }  // /dev/full's numbers (1, 7); root only
        let r = try cli.run(["report", "-o", device])
        #expect(r.status == 2 && r.stderr.contains("the disk is full"), "\(r.stderr)")
        var status = stat()
        #expect(stat(device, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        let stdout = try cli.run(["export", "--format", "csv", "--measures", "none", "-o", "/dev/stdout"])
        #expect(stdout.status == 0 && stdout.stdout.hasPrefix("id,name,unit,title"), "\(stdout.stderr)")
    }
}
