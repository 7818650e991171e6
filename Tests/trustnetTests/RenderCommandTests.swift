import Foundation
import Testing
import TrustNetTestSupport

/// `render` on the sample district: who is named, schools and departments.
@Suite(.serialized) struct RenderCommandTests {
    static func roster(_ term: String) throws -> [[String]] {
        try String(contentsOfFile: SampleDistrictTests.file("roster-\(term).csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    /// `--labels none|key|all` and `--label-top`: the number of name boxes and the legend.
    @Test func labelsChooseWhoIsNamed() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        func named(_ extra: [String]) throws -> (count: Int, svg: String) {
            let out = cli.path("n\(extra.joined()).svg")
            let r = try cli.run(["render", "--term", "2026-fall", "--relation", "advice", "-o", out] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            let svg = try String(contentsOfFile: out, encoding: .utf8)
            return (svg.components(separatedBy: "class=\"node name\"").count - 1, svg)
        }
        let none = try named(["--labels", "none"])
        #expect(none.count == 0 && none.svg.contains("names: none"))
        let key = try named(["--labels", "key", "--label-top", "5"])
        #expect(key.count >= 5 && key.count <= 10)
        #expect(key.svg.contains("names: the 5 most sought&#45;out and the 5 largest by pagerank"))
        let all = try named([])
        #expect(all.count > key.count)
        #expect(try cli.run(["render", "--label-top", "-1"]).status == 2)
        #expect(try cli.run(["render", "--labels", "some"]).status == 2)
    }

    /// `--unit school --by-unit` draws the schools; `--within school=Lincoln` draws one
    /// school's people (a unique beginning of a value is enough), coloured by department.
    /// `--size-by` takes any numeric roster column as well as a measure; a column of words is refused.
    @Test func sizeByARosterColumn() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        let out = cli.path("years.svg")
        let r = try cli.run(["render", "--term", "2026-fall", "--relation", "advice", "--labels", "none", "--size-by", "years", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("size: years"))
        let words = try cli.run(["render", "--size-by", "department", "-o", cli.path("d.svg")])
        #expect(words.status == 2 && words.stderr.contains("is not a number"))
        let unknown = try cli.run(["render", "--size-by", "shoe_size", "-o", cli.path("s.svg")])
        #expect(unknown.status == 2 && unknown.stderr.contains("neither a measure"))
    }

    @Test func schoolsAndOneSchool() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        let schools = cli.path("schools.svg")
        var r = try cli.run(["render", "--term", "2026-fall", "--unit", "school", "--by-unit", "-o", schools])
        #expect(r.status == 0, "\(r.stderr)")
        let units = try String(contentsOfFile: schools, encoding: .utf8)
        let roster = try Self.roster("2026-fall")
        let schoolNames = Set(roster.map { $0[3] })
        #expect(units.components(separatedBy: "class=\"node\"").count - 1 == schoolNames.count)
        for school in schoolNames {
            #expect(units.contains(">\(school)</text>"))
            #expect(units.contains(">\(roster.filter { $0[3] == school }.count) people</text>"))
        }

        let lincoln = cli.path("lincoln.svg")
        r = try cli.run(["render", "--term", "2026-fall", "--unit", "department", "--within", "school=Lincoln", "-o", lincoln])
        #expect(r.status == 0, "\(r.stderr)")
        let svg = try String(contentsOfFile: lincoln, encoding: .utf8)
        let drawn = Set(CompareRenderTests.centres(svg).keys)
        #expect(drawn == Set(roster.filter { $0[3] == "Lincoln High School" }.map { $0[0] }))
        #expect(svg.contains("school Lincoln High School"))
        r = try cli.run(["render", "--term", "2026-fall", "--within", "school=Oak", "-o", cli.path("oak.svg")])
        #expect(r.status == 2 && r.stderr.contains("Lincoln High School, Maple Elementary"))
        #expect(try cli.run(["render", "--within", "school"]).status == 2)
    }

    /// Above 400 people the default drawing is the units, with one diagram per unit beside it;
    /// `--whole` draws everyone.
    @Test func largeNetworksAreDrawnUnitsFirst() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        // 420 people in six schools of 70; each names the next three of their school and, every
        // tenth person, someone in the next school.
        var roster = "id,name,school\n", ties = "source,target,relation\n"
        let schools = ["Ash", "Birch", "Cedar", "Elm", "Oak", "Pine"]
        for i in 0..<420 { roster += "p\(i),Person \(i),\(schools[i % 6])\n" }
        for i in 0..<420 {
            for k in 1...3 { ties += "p\(i),p\((i + 6 * k) % 420),advice\n" }
            if i % 10 == 0 { ties += "p\(i),p\((i + 1) % 420),advice\n" }
        }
        #expect(try cli.run(["import", cli.write("roster.csv", roster), cli.write("ties.csv", ties), "--term", "t"]).status == 0)
        let out = cli.path("big.svg")
        let r = try cli.run(["render", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("420 people: wrote the 6 schools as nodes"))
        let units = try String(contentsOfFile: out, encoding: .utf8)
        #expect(units.components(separatedBy: "class=\"node\"").count - 1 == 6)
        for school in schools {
            let path = cli.path("big-\(school.lowercased()).svg")
            let svg = try String(contentsOfFile: path, encoding: .utf8)
            let people = Set(CompareRenderTests.centres(svg).keys)
            #expect(people.count == 70, "\(school): \(people.count)")
            #expect(people.allSatisfy { Int($0.dropFirst())! % 6 == schools.firstIndex(of: school)! })
            #expect(svg.contains("school \(school)"))
        }
        let whole = cli.path("whole.svg")
        #expect(try cli.run(["render", "--whole", "-o", whole]).status == 0)
        let everyone = try String(contentsOfFile: whole, encoding: .utf8)
        #expect(CompareRenderTests.centres(everyone).count == 420)
        #expect(everyone.contains("names: "))
    }
}
