import Foundation
import Testing
import TrustNetTestSupport

/// `trustnet terms`, `terms rename`, `terms delete` on the sample district.
@Suite(.serialized) struct TermsCommandTests {
    @Test func renameAndDelete() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        #expect(try cli.run(["coalition", "record", "--term", "2026-spring", "S0022", "S0007"]).status == 0)

        let renamed = try cli.run(["terms", "rename", "2026-spring", "2026-summer"])
        #expect(renamed.status == 0, "\(renamed.stderr)")
        var rows = SampleDistrictTests.csvRows(try cli.run(["terms", "--format", "csv"]).stdout)
        #expect(rows.map { $0[0] } == ["term", "2025-fall", "2026-summer", "2026-fall"])
        #expect(rows[2][3] == "125" && rows[2][1] == "2026-02-01")
        let coalition = try cli.run(["coalition", "show", "--term", "2026-summer", "--format", "csv"])
        #expect(coalition.status == 0 && coalition.stdout.contains("S0022"))

        let duplicate = try cli.run(["terms", "rename", "2026-summer", "2026-fall"])
        #expect(duplicate.status == 2)
        #expect(duplicate.stderr.contains("already has a term \"2026-fall\""))
        let unknown = try cli.run(["terms", "rename", "2030-fall", "x"])
        #expect(unknown.status == 2 && unknown.stderr.contains("no term \"2030-fall\""))

        // Without --yes nothing goes.
        let refused = try cli.run(["terms", "delete", "2025-fall"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("nothing was deleted: add --yes"))
        #expect(SampleDistrictTests.csvRows(try cli.run(["terms", "--format", "csv"]).stdout).count == 4)

        let deleted = try cli.run(["terms", "delete", "2025-fall", "--yes"])
        #expect(deleted.status == 0, "\(deleted.stderr)")
        rows = SampleDistrictTests.csvRows(try cli.run(["terms", "list", "--format", "csv"]).stdout)
        #expect(rows.map { $0[0] } == ["term", "2026-summer", "2026-fall"])
        // People keep their ids: the latest roster still loads whole.
        let people = try cli.run(["people", "--format", "csv"])
        #expect(SampleDistrictTests.csvRows(people.stdout).count == 126)
    }

    /// Terms imported without --starts cannot be put in date order: the command says so.
    @Test func orderByDateWithoutDatesSaysSo() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = cli.write("roster.csv", "id,name\na,Ann\nb,Bo\n")
        let ties = cli.write("ties.csv", "source,target,relation,term\na,b,advice,w1\nb,a,advice,w2\n")
        #expect(try cli.run(["import", roster, ties]).status == 0)
        let r = try cli.run(["terms", "order", "--by-date"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("note: no term has a first day, so the order is unchanged (a term's first day is given at import with --starts)"))
    }

    @Test func order() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        let r = try cli.run(["terms", "order", "2026-fall", "2025-fall", "2026-spring"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(SampleDistrictTests.csvRows(try cli.run(["terms", "--format", "csv"]).stdout).map { $0[0] } == ["term", "2026-fall", "2025-fall", "2026-spring"])
        // Growth follows the order: the first row is now 2026-fall, with nothing to compare.
        let growth = SampleDistrictTests.csvRows(try cli.run(["growth", "--format", "csv"]).stdout)
        #expect(growth[1][0] == "2026-fall" && growth[1][4] == "")
        let byDate = try cli.run(["terms", "order", "--by-date"])
        #expect(byDate.status == 0 && byDate.stderr.contains("2025-fall, 2026-spring, 2026-fall"))
        #expect(!byDate.stderr.contains("first day"))
        let incomplete = try cli.run(["terms", "order", "2026-fall"])
        #expect(incomplete.status == 2 && incomplete.stderr.contains("missing 2025-fall, 2026-spring"))
        #expect(try cli.run(["terms", "order"]).status == 2)
    }
}
