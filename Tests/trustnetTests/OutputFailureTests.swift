import Foundation
import Testing
import TrustNetTestSupport

/// Output that cannot be written: a full disk ends the command with one line and exit 1, a
/// reader that has gone ends it quietly, never a crash (`trustnet terms > /dev/full` was a
/// `try!` fatal error).
@Suite(.serialized) struct OutputFailureTests {
    static func run(_ cli: CLIRunner, _ arguments: [String], stdout: Any, stderr: Any) throws -> Process {
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = cli.folder
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        return process
    }

    @Test(arguments: [["terms"], ["people", "--format", "csv"], ["export", "--format", "graphml"], ["render", "--format", "svg"]])
    func fullDiskIsOneLineAndExitOne(arguments: [String]) throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["import", cli.write("roster.csv", ImportCommandTests.roster), cli.write("ties.csv", ImportCommandTests.ties), "--term", "t"]).status == 0)
        let errors = cli.path("stderr.txt")
        _ = FileManager.default.createFile(atPath: errors, contents: nil)
        let p = try Self.run(cli, arguments, stdout: FileHandle(forWritingAtPath: "/dev/full")!, stderr: FileHandle(forWritingAtPath: errors)!)
        let message = try String(contentsOfFile: errors, encoding: .utf8)
        #expect(p.terminationReason == .exit && p.terminationStatus == 1, "\(arguments): \(p.terminationReason) \(p.terminationStatus) \(message)")
        #expect(message.hasSuffix("error: cannot write the output: No space left on device\n"), "\(message)")
        #expect(!message.contains("Fatal error"))
    }

    /// Messages to a full stderr: exit 1, no crash.
    @Test func fullStderrIsExitOne() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let p = try Self.run(cli, ["terms"], stdout: FileHandle.nullDevice, stderr: FileHandle(forWritingAtPath: "/dev/full")!)
        #expect(p.terminationReason == .exit && p.terminationStatus == 1 || p.terminationStatus == 2)
    }

    /// A reader that closed its end before the output came (`trustnet export | head -c 0`).
    @Test func closedPipeEndsQuietly() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let errors = cli.path("stderr.txt")
        _ = FileManager.default.createFile(atPath: errors, contents: nil)
        let p = try Self.run(cli, ["export", "--format", "csv", "--measures", "none"], stdout: pipe, stderr: FileHandle(forWritingAtPath: errors)!)
        #expect(p.terminationReason == .exit && p.terminationStatus == 0, "\(p.terminationReason) \(p.terminationStatus)")
        #expect(try String(contentsOfFile: errors, encoding: .utf8) == "")
    }

    /// A name with a right-to-left override reaches the terminal without it.
    @Test func bidiControlsAreStrippedFromMessages() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = "id,name,unit\nS1,Ann \u{202E}eeL,Maths\nS2,Bo,Maths\n"
        let r = try cli.run(["import", cli.write("roster.csv", roster), cli.write("ties.csv", "source,target,relation\nS2,Nobody \u{202E}x,advice\n"), "--term", "t"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("Nobody") && !r.stderr.unicodeScalars.contains { $0.value == 0x202E }, "\(r.stderr)")
    }
}
