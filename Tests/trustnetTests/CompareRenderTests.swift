import Foundation
import Testing
import TrustNetTestSupport

/// `render --stable` and `render --compare` on the sample district.
@Suite(.serialized) struct CompareRenderTests {
    /// The centre of each person's shape in an SVG written by Graphviz, by person id.
    static func centres(_ svg: String) -> [String: (Double, Double)] {
        func value(_ name: String, in text: Substring) -> Substring? {
            text.range(of: name + "=\"").map { text[$0.upperBound...].prefix { $0 != "\"" } }
        }
        var result: [String: (Double, Double)] = [:]
        for part in svg.components(separatedBy: "<g id=\"node").dropFirst() {
            let group = Substring(part)
            guard let start = group.range(of: "<title>"), let end = group.range(of: "</title>") else { continue }
            let id = String(group[start.upperBound..<end.lowerBound])
            if id.hasPrefix("name:") || id.hasPrefix("anchor:") { continue }
            if let cx = value("cx", in: group).flatMap({ Double($0) }), let cy = value("cy", in: group).flatMap({ Double($0) }) {
                result[id] = (cx, cy)
            } else if let points = value("points", in: group) {
                let xy = points.split(separator: " ").map { $0.split(separator: ",").compactMap { Double($0) } }.filter { $0.count == 2 }
                guard !xy.isEmpty else { continue }
                let xs = xy.map { $0[0] }, ys = xy.map { $0[1] }
                result[id] = ((xs.min()! + xs.max()!) / 2, (ys.min()! + ys.max()!) / 2)
            }
        }
        return result
    }

    /// Without any flag, a workspace of several terms draws each person in the same place in
    /// every term and in the comparison; `--layout fresh` lays a term out alone.
    @Test func stableLayoutKeepsEveryoneInPlace() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        var drawings: [[String: (Double, Double)]] = []
        for arguments in [["--term", "2025-fall"], ["--term", "2026-fall"], ["--compare", "2025-fall", "2026-fall"], ["--term", "2026-fall", "--stable"]] {
            let out = cli.path("\(drawings.count).svg")
            let r = try cli.run(["render", "--relation", "advice", "-o", out] + arguments)
            #expect(r.status == 0, "\(r.stderr)")
            drawings.append(Self.centres(try String(contentsOfFile: out, encoding: .utf8)))
        }
        // People in both terms (everyone but the 16 who joined or left) sit at the same point.
        let shared = Set(drawings[0].keys).intersection(drawings[1].keys)
        #expect(shared.count >= 100)
        for id in shared {
            for other in drawings.dropFirst() {
                let a = drawings[0][id]!, b = other[id]!
                #expect(abs(a.0 - b.0) < 0.01 && abs(a.1 - b.1) < 0.01, "\(id): \(a) vs \(b)")
            }
        }
        let fresh = cli.path("fresh.svg")
        #expect(try cli.run(["render", "--relation", "advice", "--term", "2026-fall", "--layout", "fresh", "-o", fresh]).status == 0)
        let alone = Self.centres(try String(contentsOfFile: fresh, encoding: .utf8))
        #expect(shared.contains { id in abs(alone[id]!.0 - drawings[1][id]!.0) > 1 || abs(alone[id]!.1 - drawings[1][id]!.1) > 1 })
    }

    /// `--min-weight` applies to `--compare` and the legend says so; `--changes-only` draws only
    /// new and lost ties; names are placed as in every diagram.
    @Test func comparisonTakesMinWeightAndChangesOnly() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        func svg(_ extra: [String]) throws -> (String, String) {
            let out = cli.path("c\(extra.count).svg")
            let r = try cli.run(["render", "--relation", "advice", "--compare", "2025-fall", "2026-fall", "-o", out] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            return (try String(contentsOfFile: out, encoding: .utf8), r.stderr)
        }
        func count(_ svg: String, _ change: String) -> Int { svg.components(separatedBy: "class=\"edge \(change)\"").count - 1 }
        let (all, _) = try svg([])
        let (strong, message) = try svg(["--min-weight", "4"])
        let strongTies = Set(try String(contentsOfFile: SampleDistrictTests.file("ties-2026-fall.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",") }.filter { $0[2] == "advice" && Double($0[3])! >= 4 }.map { "\($0[0])>\($0[1])" })
        #expect(count(strong, "new") + count(strong, "kept") <= strongTies.count)
        #expect(count(strong, "new") + count(strong, "kept") < count(all, "new") + count(all, "kept"))
        #expect(strong.contains("ties of weight 4 or more"))
        #expect(message.contains("(ties of weight 4 or more)"))
        let (changes, _) = try svg(["--changes-only", "--labels", "key"])
        #expect(count(changes, "kept") == 0 && count(changes, "departed") == 0)
        #expect(count(changes, "new") == count(all, "new") && count(changes, "lost") == count(all, "lost"))
        #expect(changes.contains("not drawn"))
        #expect(all.contains("class=\"node name\""))
        let named = changes.components(separatedBy: "class=\"node name\"").count - 1
        #expect(named > 0 && named <= 15)
        #expect(try cli.run(["render", "--changes-only"]).status == 2)
    }

    /// New ties carry the "new" class, counted as in the tie files; newcomers are "joined".
    @Test func comparisonStylesWhatChanged() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        let out = cli.path("change.svg")
        let r = try cli.run(["render", "--relation", "advice", "--compare", "2025-fall", "2026-fall", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOfFile: out, encoding: .utf8)

        func advice(_ term: String) throws -> Set<String> {
            Set(try String(contentsOfFile: SampleDistrictTests.file("ties-\(term).csv"), encoding: .utf8)
                .split(separator: "\n").dropFirst().map { $0.split(separator: ",") }.filter { $0[2] == "advice" }.map { "\($0[0])>\($0[1])" })
        }
        func roster(_ term: String) throws -> Set<String> {
            Set(try String(contentsOfFile: SampleDistrictTests.file("roster-\(term).csv"), encoding: .utf8)
                .split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) })
        }
        let before = try advice("2025-fall"), after = try advice("2026-fall")
        let stayed = try roster("2025-fall").intersection(try roster("2026-fall"))
        let lost = before.subtracting(after).filter { tie in tie.split(separator: ">").allSatisfy { stayed.contains(String($0)) } }
        #expect(svg.components(separatedBy: "class=\"edge new\"").count - 1 == after.subtracting(before).count)
        #expect(svg.components(separatedBy: "class=\"edge kept\"").count - 1 == after.intersection(before).count)
        #expect(svg.components(separatedBy: "class=\"edge lost\"").count - 1 == lost.count)
        #expect(svg.components(separatedBy: "class=\"node joined\"").count - 1 == (try roster("2026-fall")).subtracting(try roster("2025-fall")).count)
        #expect(r.stderr.contains("\(after.intersection(before).count) ties kept, \(after.subtracting(before).count) new, \(lost.count) lost"))
        let bad = try cli.run(["render", "--compare", "2025-fall"])
        #expect(bad.status == 2)
    }
}
