import Foundation
import Testing
import TrustNetTestSupport

/// `--anonymize` on the sample district: the order of an anonymized file says nothing of the
/// roster's, no quasi-identifier singles a person out, the key can live outside the workspace,
/// and a workspace that cannot be written still anonymizes.
@Suite(.serialized) struct AnonymizedOutputTests {
    static let key = String(repeating: "0123456789abcdef", count: 4) + "\n"

    static func rows(_ text: String) -> [[String]] { SampleDistrictTests.csvRows(text) }

    /// Spearman's rank correlation of two orderings of the same items (no ties).
    static func spearman(_ a: [Int], _ b: [Int]) -> Double {
        let n = Double(a.count)
        let d2 = zip(a, b).reduce(0.0) { $0 + Double(($1.0 - $1.1) * ($1.0 - $1.1)) }
        return 1 - 6 * d2 / (n * (n * n - 1))
    }

    /// Matches anonymized rows to roster people by their measures (what they are in the
    /// network, the same before and after anonymizing), then compares the two orders.
    @Test func rowOrderIsIndependentOfTheRoster() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        let keyFile = cli.write("key.hex", Self.key)
        let measures = "in_degree,out_degree,in_strength,out_strength,pagerank,betweenness,harmonic"
        let plain = try cli.run(["export", "--format", "csv", "--term", "2026-fall", "--measures", measures])
        let hidden = try cli.run(["export", "--format", "csv", "--term", "2026-fall", "--measures", measures, "--anonymize", "--key-file", keyFile])
        #expect(plain.status == 0 && hidden.status == 0, "\(plain.stderr)\(hidden.stderr)")
        let plainRows = Self.rows(plain.stdout)
        let hiddenRows = Self.rows(hidden.stdout)
        #expect(plainRows.count == 126 && hiddenRows.count == 126)
        let width = measures.split(separator: ",").count
        func signature(_ row: [String]) -> String { row.suffix(width).joined(separator: "|") }
        var plainPosition: [String: Int] = [:]
        var repeated: Set<String> = []
        for (i, row) in plainRows.dropFirst().enumerated() {
            let s = signature(row)
            if plainPosition[s] != nil { repeated.insert(s) }
            plainPosition[s] = i
        }
        var pairs: [(roster: Int, shown: Int)] = []
        for (k, row) in hiddenRows.dropFirst().enumerated() {
            let s = signature(row)
            if !repeated.contains(s), let i = plainPosition[s] { pairs.append((i, k)) }
        }
        #expect(pairs.count > 100, "too few people told apart by their measures: \(pairs.count)")
        // Ranks among the matched people.
        let byRoster = pairs.sorted { $0.roster < $1.roster }
        let shownRank = Dictionary(uniqueKeysWithValues: pairs.map(\.shown).sorted().enumerated().map { ($1, $0) })
        let rho = Self.spearman(Array(byRoster.indices), byRoster.map { shownRank[$0.shown]! })
        #expect(abs(rho) < 0.2, "anonymized rows follow the roster: rank correlation \(rho)")
        // Pseudonym order, and the ties listed in it too.
        let ids = hiddenRows.dropFirst().map { $0[0] }
        #expect(ids == ids.sorted() && ids.allSatisfy { $0.hasPrefix("P-") })
        let ties = Self.rows(try cli.run(["export", "--format", "csv", "--ties", "--term", "2026-fall", "--anonymize", "--key-file", keyFile]).stdout).dropFirst()
        let tiePairs = ties.map { [$0[0], $0[1]] }
        #expect(tiePairs == tiePairs.sorted { $0.lexicographicallyPrecedes($1) })
        // Every other export lists its people in pseudonym order too (the order in which the
        // pseudonyms first appear: people come before ties in each).
        for format in ["json", "graphml", "gexf"] {
            let text = try cli.run(["export", "--format", format, "--term", "2026-fall", "--anonymize", "--key-file", keyFile]).stdout
            var seen = Set<String>(), order: [String] = []
            for match in text.matches(of: /P-[0-9A-Za-z]+/) where seen.insert(String(match.output)).inserted { order.append(String(match.output)) }
            #expect(order.count == 125 && order == order.sorted(), "\(format): \(order.prefix(5))")
            #expect(Set(order) == Set(ids), "\(format)")
        }
    }

    /// Every combination of unit and title shown is shared by at least --min-unit-size people
    /// (a unit's only formal leader is its head); --keep-formal marks every formal leader.
    @Test func noQuasiIdentifierSinglesSomeoneOut() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        for term in SampleDistrictTests.terms {
            for format in ["csv", "json", "graphml", "gexf"] {
                let r = try cli.run(["export", "--format", format, "--term", term, "--measures", "none", "--anonymize"])
                #expect(r.status == 0, "\(r.stderr)")
                #expect(!r.stdout.contains("Principal") && !r.stdout.contains("@district.example"))
            }
            let rows = Self.rows(try cli.run(["export", "--format", "csv", "--term", term, "--measures", "none", "--anonymize"]).stdout)
            #expect(rows[0].prefix(4) == ["id", "name", "unit", "title"])
            var classes: [String: Int] = [:]
            for row in rows.dropFirst() { classes[row[2] + "|" + row[3], default: 0] += 1 }
            let small = classes.filter { $0.value < 5 }
            #expect(small.isEmpty, "\(term): groups of fewer than 5 people: \(small)")
        }
        let kept = Self.rows(try cli.run(["export", "--format", "csv", "--measures", "none", "--anonymize", "--keep-formal"]).stdout)
        let roster = try String(contentsOfFile: SampleDistrictTests.file("roster-2026-fall.csv"), encoding: .utf8)
        let titled = Self.rows(roster).dropFirst().filter { !["", "teacher"].contains($0[5].lowercased()) }.count
        #expect(titled > 0 && kept.dropFirst().filter { $0[3] == "formal leader" }.count == titled)
    }

    /// The key in a file of its own: created when missing (0600), the same pseudonyms on every
    /// run, and nothing written to the workspace, which may then be read-only.
    @Test func keyFileAndReadOnlyWorkspace() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        let keyFile = cli.path("secret/key.hex")
        try FileManager.default.createDirectory(atPath: cli.path("secret"), withIntermediateDirectories: true)
        let workspace = cli.path("trustnet.sqlite")
        try Self.readOnly(workspace) {
            let first = try cli.run(["export", "--format", "csv", "--measures", "none", "--anonymize", "--key-file", keyFile])
            #expect(first.status == 0, "\(first.stderr)")
            let attributes = try FileManager.default.attributesOfItem(atPath: keyFile)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            let second = try cli.run(["export", "--format", "csv", "--measures", "none", "--anonymize", "--key-file", keyFile])
            #expect(second.stdout == first.stdout && first.stdout.contains("P-"))
            // growth's people table takes the same key file: its pseudonyms are export's (of
            // every term: growth also lists people who left).
            let growth = try cli.run(["growth", "--anonymize", "--key-file", keyFile])
            #expect(growth.status == 0, "\(growth.stderr)")
            let exported = try SampleDistrictTests.terms.map {
                try cli.run(["export", "--format", "csv", "--measures", "none", "--term", $0, "--anonymize", "--key-file", keyFile]).stdout
            }.joined()
            let named = growth.stdout.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).filter { $0.hasPrefix("P-") }
            #expect(!named.isEmpty && named.allSatisfy { exported.contains($0) })
            // Without a key file, a read-only workspace that holds no key says what to do.
            let refused = try cli.run(["export", "--format", "csv", "--anonymize"])
            #expect(refused.status == 2 && refused.stderr.contains("--key-file"), "\(refused.stderr)")
        }
        // Once the workspace holds its key, --anonymize needs no writing.
        #expect(try cli.run(["export", "--format", "csv", "--anonymize"]).status == 0)
        try Self.readOnly(workspace) {
            let r = try cli.run(["report", "--anonymize", "-o", cli.path("shared.html")])
            #expect(r.status == 0, "\(r.stderr)")
        }
        // A key file that is not one is refused, and not overwritten.
        let bad = cli.write("bad.hex", "not a key\n")
        let r = try cli.run(["export", "--format", "csv", "--anonymize", "--key-file", bad])
        #expect(r.status == 2 && r.stderr.contains("hexadecimal"))
        #expect(try String(contentsOfFile: bad, encoding: .utf8) == "not a key\n")
    }

    /// Makes `path` unwritable while `body` runs (chattr +i when the tests run as root, for whom
    /// file modes do not stop writing).
    static func readOnly(_ path: String, _ body: () throws -> Void) throws {
        if getuid() == 0 {
            #expect(try shell("chattr", "+i", path) == 0)
            defer { _ = try? shell("chattr", "-i", path) }
            try body()
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
            try body()
        }
    }

    @discardableResult
    static func shell(_ arguments: String...) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
