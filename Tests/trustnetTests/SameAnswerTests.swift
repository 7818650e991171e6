import Foundation
import Testing
import TrustNetTestSupport

/// The same question with the same options gives the same answer in every output: the report's
/// JSON and `sarahs`, `coalition suggest`, `premortem` and `growth`, compared by id and number on
/// the sample district (three terms, a recorded coalition) and on Krackhardt's managers (one
/// term, advice and friendship, no sharing).
@Suite struct SameAnswerTests {
    static func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func rows(_ text: String) throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    static func close(_ a: Any?, _ b: Any?) -> Bool {
        guard let x = (a as? NSNumber)?.doubleValue, let y = (b as? NSNumber)?.doubleValue else { return false }
        return abs(x - y) <= 1e-9 * max(1, abs(x))
    }

    /// Checks every section the commands also answer, with `extra` options given to all.
    func expectSameAnswers(_ cli: CLIRunner, extra: [String] = [], growth: Bool) throws {
        let report = try cli.run(["report", "--format", "json"] + extra)
        #expect(report.status == 0, "\(report.stderr)")
        let doc = try Self.object(report.stdout)

        // Sarahs: the same people in the same order, with the same scores and reasons.
        let sarahs = try Self.rows(try cli.run(["sarahs", "--format", "json"] + extra).stdout)
        let top = try #require((doc["sarahs"] as? [String: Any])?["top"] as? [[String: Any]])
        #expect(top.count == sarahs.count && !top.isEmpty)
        for (a, b) in zip(top, sarahs) {
            #expect((a["person"] as? [String: Any])?["id"] as? String == b["id"] as? String)
            #expect(Self.close(a["score"], b["score"]), "\(a) \(b)")
            #expect((a["reasons"] as? [String])?.joined(separator: "; ") == b["reasons"] as? String)
        }

        // The suggested coalition is what coalition suggest gives with its defaults.
        let suggest = try Self.rows(try cli.run(["coalition", "suggest", "--format", "json"] + extra).stdout)
        let suggested = try #require(((doc["coalition"] as? [String: Any])?["suggested"] as? [String: Any])?["members"] as? [[String: Any]])
        #expect(suggested.map { ($0["person"] as? [String: Any])?["id"] as? String } == suggest.map { $0["id"] as? String })
        for (a, b) in zip(suggested, suggest) { #expect(Self.close(a["marginal_gain"], b["marginal_gain"])) }

        // The pre-mortem: the same findings, in the same order, said the same way.
        let premortem = try Self.rows(try cli.run(["premortem", "--format", "json"] + extra).stdout)
        let findings = try #require((doc["premortem"] as? [String: Any])?["findings"] as? [[String: Any]])
        #expect(findings.count == premortem.count && !findings.isEmpty)
        for (a, b) in zip(findings, premortem) {
            #expect(a["kind"] as? String == b["kind"] as? String)
            #expect(a["sentence"] as? String == b["finding"] as? String)
            #expect(Self.close(a["severity"], b["severity"]))
            let ids = (a["people"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }.joined(separator: "; ")
            #expect(ids == b["person_ids"] as? String)
        }

        // Introductions beside the pre-mortem: what trustnet introduce gives with its defaults.
        let introduce = try Self.rows(try cli.run(["introduce", "--format", "json"] + extra).stdout)
        let introductions = try #require((doc["premortem"] as? [String: Any])?["introductions"] as? [[String: Any]])
        #expect(introductions.count == introduce.count)
        for (a, b) in zip(introductions, introduce) {
            for side in ["a", "b"] { #expect((a[side] as? [String: Any])?["id"] as? String == (b[side] as? [String: Any])?["id"] as? String) }
            #expect(a["reason"] as? String == b["reason"] as? String)
        }

        // Growth: the same rows, by the same default relations.
        let growthRows = ((doc["growth"] as? [String: Any])?["rows"] as? [[String: Any]]) ?? []
        if growth {
            let command = try Self.rows(try cli.run(["growth", "--format", "json"] + extra.filter { $0 != "--term" }).stdout)
            #expect(growthRows.count == command.count && !command.isEmpty)
            for (a, b) in zip(growthRows, command) {
                #expect(a["term"] as? String == b["term"] as? String)
                for column in ["ties", "density", "centralization", "coalition_reach_2", "cross_unit_share"] {
                    #expect(a[column] is NSNull && b[column] is NSNull || Self.close(a[column], b[column]), "\(column): \(a[column] ?? "–") vs \(b[column] ?? "–")")
                }
            }
        } else {
            #expect(growthRows.isEmpty)
        }
    }

    @Test func sampleDistrict() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        try expectSameAnswers(cli, growth: true)
        // With a recorded coalition, and with the shared options.
        #expect(try cli.run(["coalition", "record", "--term", "2026-spring", "S0022", "S0007", "S0004"]).status == 0)
        try expectSameAnswers(cli, extra: ["--min-weight", "2"], growth: true)
        let json = try Self.object(try cli.run(["report", "--format", "json", "--min-weight", "2"]).stdout)
        #expect((json["summary"] as? [String: Any])?["min_weight"] as? Double == 2)
        #expect(((json["coalition"] as? [String: Any])?["recorded"] as? [String: Any])?["term"] as? String == "2026-spring")
        // Same seed, same bytes.
        #expect(try cli.run(["report", "--format", "json"]).stdout == (try cli.run(["report", "--format", "json"]).stdout))
    }

    @Test func krackhardtManagers() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let data = CLIRunner.repository.appendingPathComponent("Datasets/krackhardt_hightech")
        let people = try String(contentsOf: data.appendingPathComponent("people.csv"), encoding: .utf8).split(separator: "\n").dropFirst()
        var roster = "id,name,department,title\n"
        for line in people {
            let p = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            roster += "\(p[0]),Manager \(p[0]),Dept \(p[5]),\(p[4].replacingOccurrences(of: "_", with: " "))\n"
        }
        var ties = "source,target,relation,weight\n"
        for line in try String(contentsOf: data.appendingPathComponent("ties.csv"), encoding: .utf8).split(separator: "\n").dropFirst() {
            let t = line.split(separator: ",").map(String.init)
            if t[4] == "1" && (t[2] == "advice" || t[2] == "friendship") { ties += "\(t[0]),\(t[1]),\(t[2]),1\n" }
        }
        let r = try cli.run(["import", cli.write("roster.csv", roster), cli.write("ties.csv", ties), "--term", "1988"])
        #expect(r.status == 0, "\(r.stderr)")
        try expectSameAnswers(cli, growth: false)
        // "CEO" holds no built-in leadership word: --formal-title ceo marks the CEO, in every output.
        try expectSameAnswers(cli, extra: ["--formal-title", "ceo"], growth: false)
        let marked = try cli.run(["people", "--formal-title", "ceo", "--format", "csv"]).stdout.split(separator: "\n").dropFirst()
        let ceo = marked.filter { $0.contains(",CEO,") }
        #expect(ceo.count == 1 && ceo.allSatisfy { $0.hasSuffix(",yes") })
        let plain = try cli.run(["people", "--format", "csv"]).stdout.split(separator: "\n").dropFirst().filter { $0.contains(",CEO,") }
        #expect(plain.count == 1 && plain.allSatisfy { $0.hasSuffix(",no") })
        let sarahs = try Self.object(try cli.run(["report", "--format", "json", "--formal-title", "ceo"]).stdout)
        #expect(((sarahs["sarahs"] as? [String: Any])?["formal_leaders"] as? Int) == marked.count { $0.hasSuffix(",yes") })
    }
}
