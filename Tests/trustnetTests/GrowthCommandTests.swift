import Foundation
import Testing
import TrustNetTestSupport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `trustnet growth` on the sample district's three terms, against counts made here from the
/// tie lists, rosters and coalition.csv, and against check.py's published table
/// (Datasets/sample-district/README.md).
@Suite(.serialized) struct GrowthCommandTests {
    static let columns =
        "term,people,respondents,ties,kept,new,lost,density,reciprocity,centralization,ei_index,cross_unit_share,coalition_size,coalition_retained,coalition_reach_1,coalition_reach_2,units_reached"

    /// One term of the sample district, read straight from its files.
    struct TermFiles {
        var people: [String]
        var department: [String: String]
        var school: [String: String]
        /// (source, target, relation).
        var ties: [(String, String, String)]

        init(_ term: String) throws {
            let roster = SampleDistrictTests.csvRows(try String(contentsOfFile: SampleDistrictTests.file("roster-\(term).csv"), encoding: .utf8))
            let column = roster[0].firstIndex(of: "department")!
            people = roster.dropFirst().map { $0[0] }
            department = Dictionary(uniqueKeysWithValues: roster.dropFirst().map { ($0[0], $0[column]) })
            let schoolColumn = roster[0].firstIndex(of: "school")!
            school = Dictionary(uniqueKeysWithValues: roster.dropFirst().map { ($0[0], $0[schoolColumn]) })
            ties = SampleDistrictTests.csvRows(try String(contentsOfFile: SampleDistrictTests.file("ties-\(term).csv"), encoding: .utf8))
                .dropFirst().map { ($0[0], $0[1], $0[2]) }
        }

        func ties(_ relation: String?) -> [(String, String, String)] { ties.filter { relation == nil || $0.2 == relation } }

        /// Kept, new and lost against `before`, among people on both rosters.
        func change(since before: TermFiles, relation: String?) -> (kept: Int, new: Int, lost: Int) {
            let both = Set(people).intersection(before.people)
            func keys(_ t: TermFiles) -> Set<String> {
                Set(t.ties(relation).filter { both.contains($0.0) && both.contains($0.1) }.map { "\($0.0)>\($0.1)>\($0.2)" })
            }
            let now = keys(self), then = keys(before)
            return (now.intersection(then).count, now.subtracting(then).count, then.subtracting(now).count)
        }

        /// The share of `relation`'s ties between departments: by default among the ties inside
        /// a school (departments compared within their school), with `across` among all.
        func crossUnitShare(_ relation: String, across: Bool = false) -> Double {
            let chosen = ties(relation).filter { across || school[$0.0] == school[$0.1] }
            return Double(chosen.count { department[$0.0] != department[$0.1] }) / Double(chosen.count)
        }

        /// Freeman's in-degree centralization of the relation, Σ(max − in) / (n − 1)².
        func centralization(_ relation: String) -> Double {
            var inDegree = Dictionary(uniqueKeysWithValues: people.map { ($0, 0) })
            for t in ties(relation) { inDegree[t.1]! += 1 }
            let top = inDegree.values.max()!
            return Double(inDegree.values.reduce(0) { $0 + top - $1 }) / Double((people.count - 1) * (people.count - 1))
        }

        /// Share of people outside `members` within 1 and 2 steps of one, along advice and
        /// sharing ties in the direction of naming (check.py's definition): a breadth-first search
        /// from the members to the people who name them.
        func reach(_ members: [String]) -> (Double, Double) {
            var neighbours: [String: Set<String>] = [:]
            for t in ties where t.2 == "advice" || t.2 == "sharing" {
                neighbours[t.1, default: []].insert(t.0)
            }
            var steps = Dictionary(uniqueKeysWithValues: members.map { ($0, 0) })
            var frontier = members
            for level in 1...2 {
                frontier = frontier.flatMap { neighbours[$0, default: []] }.filter { steps[$0] == nil }
                for p in frontier { steps[p] = level }
            }
            let others = Double(people.count - members.count)
            return (Double(steps.values.count { $0 == 1 }) / others, Double(steps.values.count { $0 == 1 || $0 == 2 }) / others)
        }
    }

    static func coalitions() throws -> [String: [String]] {
        var byTerm: [String: [String]] = [:]
        for row in SampleDistrictTests.csvRows(try String(contentsOfFile: SampleDistrictTests.file("coalition.csv"), encoding: .utf8)).dropFirst() {
            byTerm[row[0], default: []].append(row[1])
        }
        return byTerm
    }

    /// The three terms imported and the coalitions of coalition.csv recorded.
    static func prepare(_ cli: CLIRunner) throws {
        try SampleDistrictTests.importSample(cli)
        for (term, ids) in try coalitions().sorted(by: { $0.key < $1.key }) {
            let r = try cli.run(["coalition", "record", "--term", term] + ids)
            #expect(r.status == 0, "\(r.stderr)")
        }
    }

    static func table(_ stdout: String) -> [[String: String]] {
        let rows = SampleDistrictTests.csvRows(stdout)
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(rows[0], $0)) }
    }

    static func number(_ row: [String: String], _ column: String) -> Double { Double(row[column]!)! }

    @Test func sharingAndAdviceMatchTheTieLists() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try Self.prepare(cli)
        let files = try SampleDistrictTests.terms.map(TermFiles.init)

        let sharing = try cli.run(["growth", "--relation", "sharing", "--format", "csv"])
        #expect(sharing.status == 0, "\(sharing.stderr)")
        #expect(sharing.stdout.split(separator: "\n")[0].hasPrefix(Self.columns + ","))
        let rows = Self.table(sharing.stdout)
        #expect(rows.map { $0["term"]! } == SampleDistrictTests.terms)
        // The first term compares with nothing.
        #expect(rows[0]["kept"] == "" && rows[0]["new"] == "" && rows[0]["lost"] == "" && rows[0]["coalition_retained"] == "")
        // check.py: the cross-department share of sharing within schools (the default) and of all ties (--across).
        let published = [0.216, 0.324, 0.452], publishedAcross = [0.220, 0.336, 0.465]
        let across = Self.table(try cli.run(["growth", "--relation", "sharing", "--format", "csv", "--across"]).stdout)
        for (i, row) in rows.enumerated() {
            #expect(row["people"] == String(files[i].people.count))
            #expect(row["ties"] == String(files[i].ties("sharing").count))
            #expect(abs(Self.number(row, "cross_unit_share") - files[i].crossUnitShare("sharing")) < 1e-12)
            #expect(abs(Self.number(row, "cross_unit_share") - published[i]) < 0.0005)
            #expect(abs(Self.number(across[i], "cross_unit_share") - files[i].crossUnitShare("sharing", across: true)) < 1e-12)
            #expect(abs(Self.number(across[i], "cross_unit_share") - publishedAcross[i]) < 0.0005)
            if i > 0 {
                let change = files[i].change(since: files[i - 1], relation: "sharing")
                #expect(row["kept"] == String(change.kept) && row["new"] == String(change.new) && row["lost"] == String(change.lost), "\(row["term"]!)")
            }
        }
        // Lateral sharing grows: more of it crosses departments every term.
        #expect(Self.number(rows[0], "cross_unit_share") < Self.number(rows[1], "cross_unit_share"))
        #expect(Self.number(rows[1], "cross_unit_share") < Self.number(rows[2], "cross_unit_share"))

        let advice = Self.table(try cli.run(["growth", "--relation", "advice", "--format", "csv"]).stdout)
        let centralization = [0.099, 0.066, 0.050]  // check.py: advice in-degree centralization
        for (i, row) in advice.enumerated() {
            #expect(abs(Self.number(row, "centralization") - files[i].centralization("advice")) < 1e-12)
            #expect(abs(Self.number(row, "centralization") - centralization[i]) < 0.0005)
        }

        // All relations: every tie of the tie list, one-on-ones included.
        let all = Self.table(try cli.run(["growth", "--relation", "one-on-one,advice,sharing,trust", "--format", "csv"]).stdout)
        let terms = SampleDistrictTests.csvRows(try cli.run(["terms", "--format", "csv"]).stdout).dropFirst()
        for (i, row) in all.enumerated() {
            #expect(row["ties"] == String(files[i].ties.count))
            #expect(row["respondents"] == Array(terms)[i][4])
            if i > 0 {
                let change = files[i].change(since: files[i - 1], relation: nil)
                #expect(row["kept"] == String(change.kept) && row["new"] == String(change.new) && row["lost"] == String(change.lost))
                #expect(row["joined"] == "8" && row["left"] == "8")
            }
        }
    }

    @Test func coalitionReachGrows() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try Self.prepare(cli)
        let coalitions = try Self.coalitions()
        let r = try cli.run(["growth", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = Self.table(r.stdout)
        // check.py's published reach 1 / reach 2.
        let published: [String: (Double, Double)] = ["2025-fall": (0, 0), "2026-spring": (0.264, 0.529), "2026-fall": (0.347, 0.763)]
        for row in rows {
            let term = row["term"]!
            let members = coalitions[term, default: []]
            #expect(row["coalition_size"] == String(members.count))
            let (r1, r2) = members.isEmpty ? (0, 0) : try TermFiles(term).reach(members)
            #expect(abs(Self.number(row, "coalition_reach_1") - r1) < 1e-12, "\(term)")
            #expect(abs(Self.number(row, "coalition_reach_2") - r2) < 1e-12, "\(term)")
            #expect(abs(Self.number(row, "coalition_reach_1") - published[term]!.0) < 0.0005, "\(term)")
            #expect(abs(Self.number(row, "coalition_reach_2") - published[term]!.1) < 0.0005, "\(term)")
        }
        #expect(Self.number(rows[2], "coalition_reach_1") > Self.number(rows[1], "coalition_reach_1"))
        #expect(Self.number(rows[2], "coalition_reach_2") > Self.number(rows[1], "coalition_reach_2"))
        #expect(Int(rows[2]["units_reached"]!)! >= Int(rows[1]["units_reached"]!)!)
        // All four members of 2026-spring stay on and stay in the coalition.
        #expect(rows[1]["coalition_retained"] == "0" && rows[2]["coalition_retained"] == "4")

        // The charts: three well-formed SVG files, reach labelled with check.py's values.
        let charts = try cli.run(["growth", "--relation", "sharing", "--format", "csv", "--charts", cli.path("charts")])
        #expect(charts.status == 0, "\(charts.stderr)")
        for name in ["coalition-reach.svg", "cross-unit-share.svg", "centralization.svg"] {
            let data = try #require(FileManager.default.contents(atPath: cli.path("charts/\(name)")), "\(name)")
            let collector = SVGStrings()
            let parser = XMLParser(data: data)
            parser.delegate = collector
            #expect(parser.parse(), "\(name) is not well-formed XML")
            #expect(charts.stderr.contains(name))
            if name == "coalition-reach.svg" {
                for label in ["26.4%", "52.9%", "34.7%", "76.3%", "no coalition recorded"] { #expect(collector.strings.contains(label), "\(label)") }
            }
            if name == "cross-unit-share.svg" {
                for label in ["21.6%", "32.4%", "45.2%"] { #expect(collector.strings.contains(label), "\(label)") }
            }
        }
    }

    @Test func tableJSONAndRange() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try Self.prepare(cli)
        let table = try cli.run(["growth", "--relation", "advice"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("coalition_reach_2") && table.stdout.contains("2026-spring"))
        for dimension in ["spread", "depth", "sustainability", "ownership"] { #expect(table.stderr.contains(dimension)) }
        #expect(table.stderr.contains("coalition_retained"))
        // Who is behind the counts, by name, and by pseudonym with --anonymize.
        #expect(table.stdout.contains("new Sarahs") && table.stdout.contains("periphery to core"))
        let roster = SampleDistrictTests.csvRows(try String(contentsOfFile: SampleDistrictTests.file("roster-2026-fall.csv"), encoding: .utf8))
        let names = roster.dropFirst().map { $0[1] } + SampleDistrictTests.csvRows(
            try String(contentsOfFile: SampleDistrictTests.file("roster-2026-spring.csv"), encoding: .utf8)).dropFirst().map { $0[1] }
        #expect(names.contains { table.stdout.contains($0) })
        let anonymous = try cli.run(["growth", "--relation", "advice", "--anonymize"])
        #expect(anonymous.status == 0 && anonymous.stdout.contains("new Sarahs"))
        for name in Set(names) { #expect(!anonymous.stdout.contains(name), "\(name) printed with --anonymize") }

        let json = try cli.run(["growth", "--format", "json"])
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(decoded.count == 3)
        #expect(decoded[0]["kept"] is NSNull && decoded[2]["kept"] is Int)

        // --from compares its first row with the term before; --to stops early.
        let range = Self.table(try cli.run(["growth", "--from", "2026-spring", "--to", "2026-spring", "--format", "csv"]).stdout)
        let full = Self.table(try cli.run(["growth", "--format", "csv"]).stdout)
        #expect(range.count == 1 && range[0] == full[1])

        let backwards = try cli.run(["growth", "--from", "2026-fall", "--to", "2025-fall"])
        #expect(backwards.status == 2 && backwards.stderr.contains("comes after"))
        let unknown = try cli.run(["growth", "--relation", "gossip"])
        #expect(unknown.status == 2 && unknown.stderr.contains("no relation \"gossip\" in the data"))
        let term = try cli.run(["growth", "--from", "1999-fall"])
        #expect(term.status == 2 && term.stderr.contains("no term \"1999-fall\""))
    }

    /// `demo` writes the growth table, its charts and the advice change diagram.
    @Test func demoWritesGrowth() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let out = cli.path("demo")
        let r = try cli.run(["demo", "--data", SampleDistrictTests.sample.path, "--output", out])
        #expect(r.status == 0, "\(r.stderr)")
        for file in ["growth.csv", "coalition-reach.svg", "cross-unit-share.svg", "centralization.svg", "advice-change.svg"] {
            #expect(FileManager.default.fileExists(atPath: "\(out)/growth/\(file)"), "\(file)")
        }
        let table = try String(contentsOfFile: "\(out)/growth/growth.csv", encoding: .utf8)
        #expect(table.hasPrefix(Self.columns + ","))
        #expect(r.stderr.contains("growth: the coalition's two-step reach went from 53% (2026-spring) to 76% (2026-fall)"))
    }
}
