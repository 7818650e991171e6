import Foundation
import Testing
import TrustNetTestSupport

/// `sarahs`, `coalition` and `spread` through the built `trustnet`.
@Suite(.serialized) struct CoalitionCommandTests {
    func rows(_ text: String) -> [[String]] { SampleDistrictTests.csvRows(text) }

    /// Krackhardt's managers: the most sought-after adviser is manager 2, not the CEO (7), as
    /// the published reading of the data has it (Krackhardt 1987; the CEO is named by fewer).
    @Test func krackhardtAuthorityIsNotTheReportingLine() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let data = CLIRunner.repository.appendingPathComponent("Datasets/krackhardt_hightech")
        let people = rows(try String(contentsOf: data.appendingPathComponent("people.csv"), encoding: .utf8))
        var roster = "id,name,department,title\n"
        for p in people.dropFirst() { roster += "\(p[0]),Manager \(p[0]),Dept \(p[5]),\(p[4] == "CEO" ? "CEO" : p[4].replacingOccurrences(of: "_", with: " "))\n" }
        var ties = "source,target,relation,weight\n"
        for t in rows(try String(contentsOf: data.appendingPathComponent("ties.csv"), encoding: .utf8)).dropFirst()
        where t[2] == "advice" && t[4] == "1" {
            ties += "\(t[0]),\(t[1]),advice,1\n"
        }
        let r0 = try cli.run(["import", cli.write("roster.csv", roster), cli.write("ties.csv", ties), "--term", "1988"])
        #expect(r0.status == 0, "\(r0.stderr)")
        let r = try cli.run(["sarahs", "--top", "5", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let table = rows(r.stdout)
        #expect(table[0] == ["rank", "id", "name", "unit", "title", "score", "advice_in", "trust_in", "units_reached", "betweenness", "formal", "reasons"])
        // Manager 2 is the most named for advice (18 of 20); the CEO is not in the top five,
        // and the first place goes to a vice president who is also the main broker.
        let mostAsked = table.dropFirst().max { Int($0[6])! < Int($1[6])! }!
        #expect(mostAsked[1] == "2" && mostAsked[6] == "18")
        #expect(mostAsked[11].contains("named for advice by 18 colleagues in 5 departments"))
        #expect(table[1][1] != "7" && table[1][10] == "yes")
        if let ceo = table.first(where: { $0[1] == "7" }) { #expect(Int(ceo[6])! < 18 && Int(ceo[0])! > 1) }
    }

    /// On the sample district the four Sarahs lead, none holds a title, and they are called
    /// hidden leaders.
    @Test func sampleDistrictSarahs() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        let r = try cli.run(["sarahs", "--term", "2026-fall", "--top", "6", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let top = rows(r.stdout).dropFirst().map { $0[1] }
        #expect(Set(["S0022", "S0007"]).isSubset(of: top.prefix(4)))
        #expect(r.stderr.contains("hidden leaders (no formal title, yet among the"))
        #expect(r.stderr.contains("Sarah Okafor"))
        #expect(r.stderr.contains("informal authority follows title"))
        let weighted = try cli.run(["sarahs", "--weights", "advice=1,pagerank=0,trust=0,units=0,brokerage=0", "--format", "csv"])
        #expect(weighted.status == 0)
        let bad = try cli.run(["sarahs", "--weights", "popularity=1"])
        #expect(bad.status == 2 && bad.stderr.contains("popularity"))
    }

    /// Everyone names Ann: she alone reaches all, and the picks that only fill the size asked
    /// for are said to add nothing.
    @Test func picksThatAddNothingAreSaidToFillTheSize() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = cli.write("roster.csv", "id,name,unit\na,Ann,X\nb,Bo,X\nc,Cy,Y\nd,Di,Y\n")
        let ties = cli.write("ties.csv", "source,target,relation\nb,a,advice\nc,a,advice\nd,a,advice\n")
        #expect(try cli.run(["import", roster, ties, "--term", "t"]).status == 0)
        let r = try cli.run(["coalition", "suggest", "--size", "3", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(rows(r.stdout)[1][2] == "Ann")
        #expect(r.stderr.contains("add no reach: everyone they could reach is reached already, so these picks only fill the size asked for"))
    }

    /// A name with a line break and a terminal escape stays on its message line.
    @Test func namesStayOnTheirMessageLine() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        // A line break or a terminal escape in a name is refused at import, where it stands.
        let hostile = cli.write("hostile.csv", "id,name,unit,title\na,\"Ann\nLee\u{1B}[2J\",X,\nb,Bo,X,Principal\nc,Cy,Y,\n")
        let ties = cli.write("ties.csv", "source,target,relation\nb,a,advice\nc,a,advice\n")
        let refused = try cli.run(["import", hostile, ties, "--term", "t"])
        #expect(refused.status == 2 && refused.stderr.contains("hostile.csv:2:6: error: this name holds a control character (U+000A)"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("\u{1B}"))
        // A right-to-left override is no control character: it is imported, and taken out of
        // what reaches the terminal.
        let roster = cli.write("roster.csv", "id,name,unit,title\na,Ann \u{202E}Lee,X,\nb,Bo,X,Principal\nc,Cy,Y,\n")
        #expect(try cli.run(["import", roster, ties, "--term", "t"]).status == 0)
        let r = try cli.run(["sarahs", "--top", "2"])
        #expect(r.stderr.contains("as many places as there are formal leaders): Ann Lee"), "\(r.stderr)")
        #expect(!r.stderr.unicodeScalars.contains("\u{202E}"))
        // The pre-mortem names the coalition it examines on stderr.
        let premortem = try cli.run(["premortem", "--size", "1"])
        #expect(premortem.stderr.contains(": Ann Lee"), "\(premortem.stderr)")
        #expect(!premortem.stderr.unicodeScalars.contains("\u{202E}"))
    }

    /// A roster without titles: no rank correlation with title is made up (it is undefined),
    /// and the seniority line says which way its sign reads.
    @Test func noTitlesNoCorrelationWithTitle() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = cli.write("roster.csv", "id,name,unit,tenure\na,Ann,X,1\nb,Bo,X,5\nc,Cy,Y,9\nd,Di,Y,2\n")
        let ties = cli.write("ties.csv", "source,target,relation\na,c,advice\nb,c,advice\nd,c,advice\na,b,advice\n")
        #expect(try cli.run(["import", roster, ties, "--term", "t"]).status == 0)
        let r = try cli.run(["sarahs", "--top", "3"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("with no one marked a formal leader, how far informal authority follows title cannot be told"))
        #expect(r.stderr.contains("; higher `tenure` values go with more informal authority"))
        #expect(!r.stderr.contains("rank correlation"))
        // Without titles nobody is hidden by lacking one.
        #expect(!r.stderr.contains("hidden leaders"))
    }

    /// `--practice`: people who already use the practice (the positive outliers) come first,
    /// in informal-authority order; an unknown column is a usage error.
    @Test func practiceRanksPositiveOutliersFirst() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = """
            id,name,department,title,uses_protocol
            a,Ana Ruiz,Maths,,no
            b,Ben Cole,Maths,Head of Maths,yes
            c,Cy Park,Science,,YES
            d,Di Shah,Science,,
            e,Ed Moss,Science,,no

            """
        let ties = "source,target,relation,weight\nb,a,advice,1\nc,a,advice,1\nd,a,advice,1\ne,a,advice,1\nd,c,advice,1\ne,b,advice,1\n"
        let r0 = try cli.run(["import", cli.write("roster.csv", roster), cli.write("ties.csv", ties), "--term", "t1"])
        #expect(r0.status == 0, "\(r0.stderr)")
        let plain = rows(try cli.run(["sarahs", "--format", "csv"]).stdout).dropFirst().map { $0[1] }
        #expect(plain.first == "a")
        let r = try cli.run(["sarahs", "--practice", "uses_protocol", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let order = rows(r.stdout).dropFirst().map { $0[1] }
        #expect(Set(order.prefix(2)) == ["b", "c"] && order[2] == "a")
        #expect(r.stderr.contains("2 people already use the practice"))
        let bad = try cli.run(["sarahs", "--practice", "uses_nothing"])
        #expect(bad.status == 2 && bad.stderr.contains("uses_nothing"))
    }

    /// The suggested coalition reaches more than the five most named for advice; recording a
    /// coalition and asking for the next recruits keeps it and adds new people.
    @Test func suggestRecordAndNext() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        let r = try cli.run(["coalition", "suggest", "--size", "5", "--term", "2025-fall", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let picks = rows(r.stdout)
        #expect(picks[0] == ["pick", "id", "name", "unit", "title", "marginal_gain", "reach_after"])
        #expect(picks.count == 6)
        func reach(_ label: String) -> Double? {
            r.stderr.split(separator: "\n").first { $0.hasPrefix(label) }
                .flatMap { line in line.dropFirst(label.count).split(separator: " ").dropFirst().first.flatMap { Double($0) } }
        }
        let suggested = try #require(reach("suggested")), byAdvice = try #require(reach("top 5 by advice in-degree"))
        #expect(suggested > byAdvice)
        #expect(abs(Double(picks[5][6])! - suggested) < 1e-3)

        let record = try cli.run(["coalition", "record", "--term", "2026-spring", "S0022", "Miguel Torres", "S0004"])
        #expect(record.status == 0, "\(record.stderr)")
        let show = try cli.run(["coalition", "show", "--term", "2026-spring", "--format", "csv"])
        #expect(Set(rows(show.stdout).dropFirst().map { $0[1] }) == ["S0022", "S0007", "S0004"])
        let next = try cli.run(["coalition", "suggest", "--next", "2", "--term", "2026-fall", "--format", "csv"])
        #expect(next.status == 0, "\(next.stderr)")
        let recruits = rows(next.stdout).dropFirst().map { $0[1] }
        #expect(recruits.count == 2 && Set(recruits).isDisjoint(with: ["S0022", "S0007", "S0004"]))
        #expect(next.stderr.contains("keeping the coalition recorded in 2026-spring"))
        let unknown = try cli.run(["coalition", "record", "--term", "2026-spring", "Nobody Atall"])
        #expect(unknown.status == 2 && unknown.stderr.contains("Nobody Atall"))
        let formal = try cli.run(["coalition", "suggest", "--size", "4", "--max-formal", "0", "--cover", "school", "--format", "csv"])
        #expect(formal.status == 0, "\(formal.stderr)")
    }

    @Test func spreadIsSeededAndCompared() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        let args = ["spread", "--seeds", "sarahs", "--seeds", "formal", "--runs", "200", "--rounds", "4", "--seed", "9", "--format", "csv"]
        let a = try cli.run(args), b = try cli.run(args)
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout == b.stdout)
        let table = rows(a.stdout)
        #expect(table[0] == ["set", "round", "adopted_share", "low", "high"])
        #expect(table.count == 1 + 2 * 5)
        let threshold = try cli.run(["spread", "--seeds", "S0022;S0007", "--model", "threshold", "--format", "csv"])
        #expect(threshold.status == 0, "\(threshold.stderr)")
        // Without a recorded coalition, the one coalition suggest gives stands in, and it says so.
        let none = try cli.run(["spread", "--seeds", "coalition"])
        #expect(none.status == 0 && none.stderr.contains("no coalition recorded in 2026-fall or before"))
    }
}
