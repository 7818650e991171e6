import Foundation
import Testing
import TrustNetTestSupport

/// `trustnet listen`, `trustnet introduce` and `trustnet spread --backtest` as a user runs them.
@Suite(.serialized) struct CampaignCommandsTests {
    /// A small school: the principal P met a twice and b once (a log), c and d teach Maths.
    static func importSchool(_ cli: CLIRunner) throws {
        let roster = cli.write(
            "roster.csv", "id,name,unit,school\nP,Pat Lee,Office,North\na,Ana Ruiz,Science,North\nb,Ben Ode,Science,North\nc,Cy Park,Maths,North\nd,Dee Fox,Maths,North\ne,Eve Ng,Art,South\n")
        let ties = cli.write("ties.csv", "source,target,relation\nc,d,advice\na,d,advice\nb,a,advice\ne,d,advice\na,c,sharing\n")
        let log = cli.write("log.csv", "date,person,with\n2026-09-01,P,a\n2026-09-08,P,a\n2026-09-09,P,b\n")
        let r = try cli.run(["import", roster, ties, log, "--term", "t1"])
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func listenCountsAndSuggests() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try Self.importSchool(cli)
        let r = try cli.run(["listen", "--leader", "P", "--next", "2", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["coverage"] as? Double == 0.4)
        #expect((json["met"] as? [[String: Any]])?.map { $0["meetings"] as? Double } == [2, 1])
        let next = try #require(json["next"] as? [[String: Any]])
        #expect(next.map { $0["id"] as? String } == ["d", "e"])
        #expect(r.stderr.contains("Pat Lee has met 2 of 5 colleagues one-on-one in t1 (40%); 1 person more than once."))

        let within = try cli.run(["listen", "--leader", "Pat Lee", "--within", "school", "--format", "csv"])
        #expect(within.status == 0, "\(within.stderr)")
        #expect(within.stdout.hasPrefix("rank,id,name,unit,reasons\n1,d,Dee Fox,Maths,"))
        #expect(!within.stdout.contains("Eve Ng"))

        let progress = try cli.run(["listen", "--leader", "P", "--progress", "--format", "csv"])
        #expect(progress.status == 0, "\(progress.stderr)")
        #expect(progress.stdout == "term,met,others,coverage,units_reached,units,met_more_than_once\nt1,2,5,0.4,1,3,1\n")
        #expect(progress.stderr.contains("Pat Lee: one-on-one coverage 40% in t1"))

        let unknown = try cli.run(["listen", "--leader", "Nobody Here"])
        #expect(unknown.status == 2)
        let missing = try cli.run(["listen"])
        #expect(missing.status == 2)
    }

    /// `growth --leader` follows the listening campaign term by term, with the same numbers as
    /// `listen --progress`.
    @Test func growthFollowsTheListeningCampaign() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        let progress = try #require(
            try JSONSerialization.jsonObject(with: Data(try cli.run(["listen", "--leader", "S0001", "--progress", "--format", "json"]).stdout.utf8))
                as? [String: Any])
        let terms = try #require(progress["terms"] as? [[String: Any]])
        let growth = try cli.run(["growth", "--leader", "S0001", "--format", "json"])
        #expect(growth.status == 0, "\(growth.stderr)")
        #expect(growth.stderr.contains("listening campaign of Victor Costa:"))
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(growth.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == terms.count && rows.count == 3)
        for (row, term) in zip(rows, terms) {
            #expect(row["term"] as? String == term["term"] as? String)
            #expect(row["listening_met"] as? Int == term["met"] as? Int)
            #expect(abs((row["listening_coverage"] as? Double ?? -1) - (term["coverage"] as? Double ?? -2)) < 1e-12)
        }
        // Without --leader the growth table is as before.
        #expect(!(try cli.run(["growth", "--format", "csv"]).stdout.contains("listening_met")))
    }

    @Test func introduceListsPairsAcrossUnits() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try Self.importSchool(cli)
        let r = try cli.run(["introduce", "--count", "3", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(list.count == 3)
        for item in list {
            let a = try #require(item["a"] as? [String: Any]), b = try #require(item["b"] as? [String: Any])
            #expect(a["unit"] as? String != b["unit"] as? String)
            #expect(item["reason"] is String)
        }
        // The roster's school column is read as the pre-mortem reads it: within one school.
        #expect(r.stderr.contains("2 pairs of units within one school share nothing in t1"))
        let across = try cli.run(["introduce", "--count", "3", "--across"])
        #expect(across.status == 0 && across.stderr.contains("5 pairs of units share nothing in t1"), "\(across.stderr)")
        let bad = try cli.run(["introduce", "--count", "2", "--within", "district"])
        #expect(bad.status == 2 && bad.stderr.contains("no roster column \"district\""))
    }

    @Test func backtestReadsAdoptionAndIsDeterministic() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try Self.importSchool(cli)
        let adoption = cli.write("adoption.csv", "id,adopted\nd,1\nc,2\na,2\nb,\ne,3\n")
        let first = try cli.run(["spread", "--backtest", adoption, "--runs", "50", "--seed", "4", "--format", "json"])
        #expect(first.status == 0, "\(first.stderr)")
        let second = try cli.run(["spread", "--backtest", adoption, "--runs", "50", "--seed", "4", "--format", "json"])
        #expect(first.stdout == second.stdout)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(json["scored"] as? Int == 3)
        #expect((json["models"] as? [[String: Any]])?.count == 4)

        let bad = cli.write("bad.csv", "id,adopted\nd,1\nc,soon\nzed,2\n")
        let r = try cli.run(["spread", "--backtest", bad])
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad.csv:3:3"))
        #expect(r.stderr.contains("bad.csv:4:1"))
        #expect(r.stdout.isEmpty)
        let mixed = cli.write("mixed.csv", "id,adopted\nd,1\nc,2026-09-01\n")
        let m = try cli.run(["spread", "--backtest", mixed])
        #expect(m.status == 2 && m.stderr.contains("mixed.csv:3:3"))
    }
}
