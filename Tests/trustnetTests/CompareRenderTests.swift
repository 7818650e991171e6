import Foundation
import Testing

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

    @Test func stableLayoutKeepsEveryoneInPlace() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        var drawings: [[String: (Double, Double)]] = []
        for term in ["2025-fall", "2026-fall"] {
            let out = cli.path("\(term).svg")
            let r = try cli.run(["render", "--relation", "advice", "--stable", "--term", term, "-o", out])
            #expect(r.status == 0, "\(r.stderr)")
            drawings.append(Self.centres(try String(contentsOfFile: out, encoding: .utf8)))
        }
        // People in both terms (everyone but the 16 who joined or left) sit at the same point.
        let shared = Set(drawings[0].keys).intersection(drawings[1].keys)
        #expect(shared.count >= 100)
        for id in shared {
            let a = drawings[0][id]!, b = drawings[1][id]!
            #expect(abs(a.0 - b.0) < 0.01 && abs(a.1 - b.1) < 0.01, "\(id): \(a) vs \(b)")
        }
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
