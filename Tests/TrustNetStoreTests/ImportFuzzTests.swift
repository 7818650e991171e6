import Foundation
import Testing
import TrustNet
import TrustNetIO
@testable import TrustNetStore

/// Ten thousand mutated and truncated files (seeded; every format, UTF-8 and UTF-16) fed to
/// the importer: it never crashes, every failure is a diagnostic with a file and line, a
/// failed import leaves the workspace byte for byte as it was, and what was imported goes
/// through the measures, the structure, the Sarahs, a coalition, the pre-mortem and every
/// export without an error. `make fuzz` runs more (`TRUSTNET_FUZZ_ITERATIONS`, with
/// `TRUSTNET_FUZZ_SEED` for another sequence).
@Suite struct ImportFuzzTests {
    static let iterations = ProcessInfo.processInfo.environment["TRUSTNET_FUZZ_ITERATIONS"].flatMap { Int($0) } ?? 10_000
    static let seed = ProcessInfo.processInfo.environment["TRUSTNET_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20251125

    static let files = ["ties.csv", "google-forms.csv", "microsoft-forms.csv", "qualtrics.csv", "matrix.csv", "one-on-one-log.csv", "roster.csv"]

    @Test func mutatedFilesFailCleanly() throws {
        let scratch = Scratch()
        let roster = SameNetworkTests.path("roster.csv")
        var first = ImportRequest(files: [roster, SameNetworkTests.path("ties.csv")], term: "2025-fall")
        first.starts = CalendarDay("2025-09-01")
        first.ends = CalendarDay("2026-01-31")
        _ = try Workspace.importFiles(first, into: scratch.workspace)
        let before = try #require(scratch.bytes(scratch.workspace))
        let originals = Self.files.map { [UInt8](FileManager.default.contents(atPath: SameNetworkTests.path($0))!) }

        var random = SeededGenerator(seed: Self.seed)
        var outcomes = (imported: 0, refused: 0, analysed: 0)
        for iteration in 0..<Self.iterations {
            let k = Int(random.next() % UInt64(Self.files.count))
            var bytes = originals[k]
            for _ in 0...(random.next() % 3) { Self.mutate(&bytes, &random) }
            let path = scratch.folder.appendingPathComponent("fuzz-\(Self.files[k])").path
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            let isRoster = Self.files[k] == "roster.csv"
            var request = ImportRequest(
                files: isRoster ? [path, SameNetworkTests.path("ties.csv")] : [roster, path], roster: isRoster ? path : nil,
                term: "2026-spring", relation: Self.files[k] == "matrix.csv" ? .oneOnOne : nil)
            request.starts = CalendarDay("2026-02-01")
            request.ends = CalendarDay("2026-06-30")
            // One in ten is written (and then analysed); the others are checked as dry runs, which
            // go through the same reading, matching and planning without a commit to wait for.
            request.dryRun = iteration % 10 != 0
            do {
                let summary = try Workspace.importFiles(request, into: scratch.workspace)
                outcomes.imported += 1
                if !request.dryRun {
                    #expect(summary.terms.contains("2026-spring"))
                    do {
                        try Self.analyse(Workspace.open(at: scratch.workspace).network(term: "2026-spring"))
                        outcomes.analysed += 1
                    } catch {
                        Issue.record("iteration \(iteration): what was imported fails in analysis: \(error)")
                    }
                    // Put the workspace back for the next case.
                    try Data(before).write(to: URL(fileURLWithPath: scratch.workspace))
                }
            } catch let error as InputError {
                outcomes.refused += 1
                for d in error.diagnostics where d.severity == .error {
                    #expect(d.line != nil || Self.fileLevel(d.message), "iteration \(iteration): no line in \(d)")
                    #expect(d.file == path || d.file == roster || d.file.hasSuffix("ties.csv"), "iteration \(iteration): \(d)")
                }
                #expect(scratch.bytes(scratch.workspace) == before, "iteration \(iteration) changed the workspace")
            } catch {
                Issue.record("iteration \(iteration): unexpected \(type(of: error)): \(error)")
                try Data(before).write(to: URL(fileURLWithPath: scratch.workspace))
            }
        }
        // Both outcomes happen: the mutations are neither all harmless nor all fatal.
        #expect(outcomes.imported > Self.iterations / 20)
        #expect(outcomes.refused > Self.iterations / 20)
        #expect(outcomes.analysed > Self.iterations / 200)
    }

    /// What the commands compute from an imported term, in process: everything must succeed
    /// (an error here is a command's exit 1).
    static func analyse(_ network: Network) throws {
        let graph = network.graph()
        let options = MeasureOptions(for: network)
        let scores = try PersonMeasure.compute(PersonMeasure.allCases, on: graph, options: options)
        #expect(scores.count == PersonMeasure.allCases.count)
        _ = NetworkStructure(network: network, permutations: 50)
        let authority = InformalAuthority(network: network)
        let reach = CoalitionReach(network: network)
        let suggestion = CoalitionSuggestion.suggest(
            size: min(3, network.people.count), reach: reach, formal: network.people.map(\.isFormalLeader), restarts: 2)
        _ = Premortem(network: network, coalition: suggestion.members, authority: authority)
        let export = NetworkExport(network: network, measures: [("pagerank", scores[.pagerank]!)])
        for text in [export.graphML(), export.gexf(), export.json(), export.peopleTable().csv(), export.tieTable().csv()] {
            #expect(!text.isEmpty)
        }
    }

    /// Errors about a whole file rather than a place in it.
    static func fileLevel(_ message: String) -> Bool {
        ["only one roster", "no roster to match", "name the term", "already imported", "has no roster yet", "the roster lists nobody"]
            .contains { message.contains($0) }
    }

    static func mutate(_ bytes: inout [UInt8], _ random: inout SeededGenerator) {
        let specials: [UInt8] = Array("\",;\t\r\n=\\@-+ (){}".utf8) + [0xFF, 0xC3, 0x00, 0xE2, 0x80, 0xAE]
        guard !bytes.isEmpty else {
            bytes = [specials[Int(random.next() % UInt64(specials.count))]]
            return
        }
        let at = Int(random.next() % UInt64(bytes.count))
        switch random.next() % 7 {
        case 0: bytes[at] = specials[Int(random.next() % UInt64(specials.count))]
        case 1: bytes.insert(specials[Int(random.next() % UInt64(specials.count))], at: at)
        case 2: bytes.removeSubrange(at..<min(bytes.count, at + 1 + Int(random.next() % 20)))
        case 3: bytes = Array(bytes.prefix(at))
        case 4: bytes[at] = UInt8(truncatingIfNeeded: random.next())
        case 5:
            let end = bytes[at...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            bytes.insert(contentsOf: bytes[at..<end], at: at)
        default:
            // Excel's "Unicode text": UTF-16, either way round, with or without a byte-order mark.
            guard let text = String(validating: bytes, as: UTF8.self) else { return }
            let little = random.next() % 2 == 0
            var out: [UInt8] = random.next() % 2 == 0 ? [] : (little ? [0xFF, 0xFE] : [0xFE, 0xFF])
            for unit in text.utf16 { out += little ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
            bytes = out
        }
    }
}

