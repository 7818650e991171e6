import Foundation
import Testing
import TrustNetTestSupport

/// `trustnet metrics` and `structure` through the built `trustnet`: what the summed network is.
@Suite(.serialized) struct MetricsCommandTests {
    /// Sampson's monks: like and dislike in one file. Summing them by default is said to treat
    /// dislike as a positive tie; choosing a relation says nothing of it.
    @Test func summingANegativeRelationIsPointedOut() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = cli.write("roster.csv", "id,name\na,Ann\nb,Bo\nc,Cy\n")
        let ties = cli.write("ties.csv", "source,target,relation\na,b,like\nb,c,like\nc,a,dislike\n")
        #expect(try cli.run(["import", roster, ties, "--term", "t"]).status == 0)
        let all = try cli.run(["metrics", "--format", "csv"])
        #expect(all.status == 0)
        #expect(all.stderr.contains("dislike + like (weights summed); dislike is summed as if it were a positive tie: choose relations with --relation"))
        let structure = try cli.run(["structure"])
        #expect(structure.stderr.contains("dislike is summed as if it were a positive tie"))
        let like = try cli.run(["metrics", "--relation", "like", "--format", "csv"])
        #expect(like.status == 0 && !like.stderr.contains("positive tie"))
        // Without advice ties the coalition's comparison ranks by what stands in: like, not dislike.
        let suggest = try cli.run(["coalition", "suggest", "--size", "2"])
        #expect(suggest.status == 0 && suggest.stderr.contains("top 2 by in-degree (like ties)"))
    }
}

/// `trustnet metrics` on every measure shows each step's progress on stderr when it is a
/// terminal, and never when stderr or stdout is redirected.
@Suite(.serialized) struct MetricsProgressTests {
    /// 400 people in 8 units, each naming 6 colleagues (seeded), so every step has work to show.
    static func workspace(_ cli: CLIRunner) throws {
        var random = SplitMix(seed: 11)
        var roster = "id,name,unit\n"
        var ties = "source,target,weight\n"
        for p in 0..<400 { roster += "p\(p),Person \(p),Unit \(p % 8)\n" }
        for p in 0..<400 {
            for _ in 0..<6 { ties += "p\(p),p\((p + 1 + random.next() % 399) % 400),\(1 + random.next() % 4)\n" }
        }
        let imported = try cli.run(["import", cli.write("roster.csv", roster), cli.write("ties.csv", ties), "--term", "t", "--relation", "advice"])
        #expect(imported.status == 0, "\(imported.stderr)")
    }

    static let steps = [
        "pagerank", "eigenvector", "hub and authority", "betweenness", "harmonic, closeness and reach (distances)",
        "constraint, effective size and hierarchy", "core", "clustering", "brokerage roles",
    ]

    @Test func redirectedOutputCarriesNoProgress() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try Self.workspace(cli)
        for format in ["csv", "table"] {
            let r = try cli.run(["metrics", "--format", format])
            #expect(r.status == 0, "\(r.stderr)")
            for text in [r.stdout, r.stderr] {
                #expect(!text.contains("\r") && !text.contains("\u{1B}"), "no redraws: \(text.prefix(300))")
                for step in Self.steps { #expect(!text.contains("\(step): "), "\(step) in redirected output") }
            }
            #expect(r.stdout.hasPrefix(format == "csv" ? "id,name,unit,in_degree" : "id"))
        }
    }

    @Test func aTerminalSeesEveryStep() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try Self.workspace(cli)
        let r = try TerminalRun.run(CLIRunner.executable, ["metrics", "--format", "csv"], in: cli.folder)
        #expect(r.status == 0, "\(r.terminal)")
        for step in Self.steps {
            #expect(r.terminal.contains("\r\(step): done"), "\(step) shown done on the terminal: \(r.terminal.prefix(400))")
        }
        #expect(r.terminal.contains("\rbetweenness: ") && r.terminal.contains("%"))
        // The results on stdout (a pipe) carry none of it.
        #expect(!r.stdout.contains("\r") && r.stdout.hasPrefix("id,name,unit,in_degree"))
    }
}

/// A small seeded generator (SplitMix64) for the test's data, independent of the library's.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
    }
}

/// Runs a command with stderr on a pseudo-terminal (so it is a terminal to the command) and
/// stdout on a pipe.
enum TerminalRun {
    struct Result { var status: Int32; var stdout: String; var terminal: String }

    static func run(_ executable: URL, _ arguments: [String], in folder: URL) throws -> Result {
        // Linux's pseudo-terminal multiplexer: unlock the new pair (TIOCSPTLCK) and ask its
        // number (TIOCGPTN); the terminal end is /dev/pts/NUMBER.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else { throw CocoaError(.fileNoSuchFile) }
        defer { close(master) }
        var unlock: CInt = 0, number: CInt = 0
        guard ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw CocoaError(.fileNoSuchFile)
        }
        let terminal = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard terminal >= 0 else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TRUSTNET_WORKSPACE")
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle(fileDescriptor: terminal, closeOnDealloc: false)
        try process.run()
        close(terminal)
        nonisolated(unsafe) var outData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        // Read the terminal until the command has closed it (read then fails with EIO).
        var shown: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if n > 0 { shown.append(contentsOf: buffer[0..<n]) } else if n < 0 && errno == EINTR { continue } else { break }
        }
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), terminal: String(decoding: shown, as: UTF8.self))
    }
}
