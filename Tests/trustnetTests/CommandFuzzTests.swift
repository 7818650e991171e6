import Foundation
import Testing
import TrustNetTestSupport

/// Mutated files (seeded, every format) imported through the built `trustnet`; every command
/// then runs on what was accepted. No crash (a signal), and no exit 1: bad input is exit 2
/// with a message, anything else exit 0. `make fuzz` runs more (`TRUSTNET_FUZZ_COMMAND_INPUTS`).
@Suite(.serialized) struct CommandFuzzTests {
    static let fixtures = CLIRunner.repository.appendingPathComponent("Tests/TrustNetStoreTests/Fixtures/same-network")
    static let files = ["ties.csv", "google-forms.csv", "microsoft-forms.csv", "qualtrics.csv", "matrix.csv", "one-on-one-log.csv", "roster.csv"]
    static let inputs = ProcessInfo.processInfo.environment["TRUSTNET_FUZZ_COMMAND_INPUTS"].flatMap { Int($0) } ?? 40

    static let commands: [[String]] = [
        ["terms"], ["people", "--format", "csv"], ["metrics", "--format", "csv"], ["structure"], ["sarahs"],
        ["coalition", "suggest", "--size", "3"], ["premortem"], ["spread", "--seeds", "sarahs", "--runs", "10"],
        ["growth"], ["export", "--format", "gexf", "--anonymize"], ["render", "--format", "dot"], ["report", "-o", "r.html"],
    ]

    @Test func commandsOnAcceptedInputNeverExitOne() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = Self.fixtures.appendingPathComponent("roster.csv").path
        let first = try cli.run(["import", roster, Self.fixtures.appendingPathComponent("ties.csv").path, "--term", "2025-fall"])
        #expect(first.status == 0, "\(first.stderr)")
        let workspace = cli.path("trustnet.sqlite")
        let before = try #require(FileManager.default.contents(atPath: workspace))
        var random = SplitMix(seed: 20261204)
        var accepted = 0
        var attempts = 0
        while accepted < Self.inputs && attempts < Self.inputs * 8 {
            attempts += 1
            let k = Int(random.next() % UInt64(Self.files.count))
            var bytes = [UInt8](FileManager.default.contents(atPath: Self.fixtures.appendingPathComponent(Self.files[k]).path)!)
            for _ in 0...(random.next() % 2) { Self.mutate(&bytes, &random) }
            let path = cli.path("fuzz-\(Self.files[k])")
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            var arguments = Self.files[k] == "roster.csv"
                ? ["import", path, Self.fixtures.appendingPathComponent("ties.csv").path, "--roster", path, "--term", "2026-spring"]
                : ["import", roster, path, "--term", "2026-spring"]
            if Self.files[k] == "matrix.csv" { arguments += ["--relation", "one-on-one"] }
            let r = try cli.run(arguments)
            #expect(r.status == 0 || r.status == 2, "attempt \(attempts) (\(Self.files[k])): exit \(r.status): \(r.stderr.suffix(600))")
            if r.status == 0 {
                accepted += 1
                for command in Self.commands {
                    let c = try cli.run(command)
                    #expect(c.status == 0 || c.status == 2, "attempt \(attempts) (\(Self.files[k])) \(command): exit \(c.status): \(c.stderr.suffix(600))")
                }
            }
            try Data(before).write(to: URL(fileURLWithPath: workspace))
        }
        #expect(accepted == Self.inputs, "only \(accepted) of \(attempts) mutated files were accepted")
    }

    /// A small seeded generator (the test target has no TrustNet to borrow one from).
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Small changes a hostile or careless export makes: special bytes, cuts, repeated text,
    /// huge and odd weights.
    static func mutate(_ bytes: inout [UInt8], _ random: inout SplitMix) {
        let specials: [UInt8] = Array("\",;\t\r\n=\\@-+ (){}".utf8) + [0xFF, 0xC3, 0x00, 0xE2, 0x80, 0xAE]
        guard !bytes.isEmpty else { return }
        let at = Int(random.next() % UInt64(bytes.count))
        switch random.next() % 5 {
        case 0: bytes[at] = specials[Int(random.next() % UInt64(specials.count))]
        case 1: bytes.insert(specials[Int(random.next() % UInt64(specials.count))], at: at)
        case 2: bytes.removeSubrange(at..<min(bytes.count, at + 1 + Int(random.next() % 20)))
        case 3:
            let numbers = ["1e300", "1e-300", "1e15", "5000", "0", "1.7976931348623157e308", "0x10"]
            bytes.insert(contentsOf: Array(numbers[Int(random.next() % UInt64(numbers.count))].utf8), at: at)
        default:
            let end = bytes[at...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            bytes.insert(contentsOf: bytes[at..<end], at: at)
        }
    }
}
