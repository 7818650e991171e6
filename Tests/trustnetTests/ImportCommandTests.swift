import Foundation
import Testing
import TrustNetTestSupport

@Suite struct ImportCommandTests {
    static let roster = "id,name,email,department,title\nS1,Ann Lee,ann@x.org,Maths,Head of Maths\nS2,Bo Diaz,bo@x.org,Maths,\nS3,Cy Ng,,Science,Teacher\n"
    static let ties = "source,target,relation,weight\nS2,S1,advice,3\nS3,S1,advice,1\nS1,S3,trust,2\nann@x.org,Bo Diaz,sharing,\n"

    @Test func importListsTermsAndPeople() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let r = try cli.run(["import", cli.write("roster.csv", Self.roster), cli.write("ties.csv", Self.ties), "--term", "2025-fall"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("imported into 2025-fall: 2 advice, 1 sharing, 1 trust"))
        #expect(r.stdout.isEmpty)
        let terms = try cli.run(["terms", "--format", "csv"])
        #expect(terms.stdout == "term,starts,ends,people,respondents,ties,relations,unit_column\n2025-fall,,,3,3,4,advice sharing trust,department\n")
        let people = try cli.run(["people", "--format", "csv"])
        #expect(people.stdout.contains("S1,Ann Lee,ann@x.org,Maths,Head of Maths,yes\n"))
        #expect(people.stdout.contains("S3,Cy Ng,,Science,Teacher,no\n"))
    }

    /// Each bad input: exit code 2, file:line:column on stderr, the workspace unchanged.
    @Test(arguments: [
        ("missing column", "source,relation,weight\nS2,advice,1\n", "ties.csv:1:1: error: no target column"),
        ("unknown person", "source,target,relation\nS2,S1,advice\nS3,Nobody,advice\n", "ties.csv:3:4: error: \"Nobody\" is not on the roster"),
        ("non-numeric weight", "source,target,relation,weight\nS2,S1,advice,3\nS3,S1,advice,x\n", "ties.csv:3:14: error: weight \"x\""),
        ("empty file", "", "ties.csv:1:1: error: the file is empty"),
        ("unclosed quote", "source,target,relation\n\"S2,S1,advice\n", "ties.csv:2:1: error: this quoted field is never closed"),
    ])
    func badInputExitsTwoAndChangesNothing(name: String, text: String, message: String) throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = cli.write("roster.csv", Self.roster)
        #expect(try cli.run(["import", roster, cli.write("good.csv", Self.ties), "--term", "2025-fall"]).status == 0)
        let workspace = cli.path("trustnet.sqlite")
        let before = FileManager.default.contents(atPath: workspace)
        let r = try cli.run(["import", roster, cli.write("ties.csv", text), "--term", "2026-spring"])
        #expect(r.status == 2, "\(name): \(r.stderr)")
        #expect(r.stderr.contains(message), "\(name): \(r.stderr)")
        #expect(r.stderr.contains("nothing was written"))
        #expect(FileManager.default.contents(atPath: workspace) == before, "\(name)")
        #expect(try cli.run(["terms", "--format", "csv"]).stdout.components(separatedBy: "\n").count == 3)
    }

    @Test func firstImportWithBadInputCreatesNoWorkspace() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let r = try cli.run(["import", cli.write("roster.csv", "name,unit\nAnn,Maths\n"), "--term", "t"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("roster.csv:1:1: error: no id column"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("trustnet.sqlite")))
    }

    @Test func sameFileTwiceNeedsReplace() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let args = ["import", cli.write("roster.csv", Self.roster), cli.write("ties.csv", Self.ties), "--term", "t"]
        #expect(try cli.run(args).status == 0)
        let again = try cli.run(args)
        #expect(again.status == 2)
        #expect(again.stderr.contains("already imported into t"))
        #expect(again.stderr.contains("--replace"))
        #expect(try cli.run(args + ["--replace"]).status == 0)
    }

    @Test func usageErrorsExitTwo() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["import"]).status == 2)
        #expect(try cli.run(["import", "x.csv", "--starts", "2025-13-01"]).status == 2)
        #expect(try cli.run(["no-such-command"]).status == 2)
        let missing = try cli.run(["terms"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no workspace at trustnet.sqlite"))
        let help = try cli.run(["import", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("trustnet import roster.csv advice.csv trust.csv --term 2025-fall"))
    }

    @Test func formsExportWithGuessesAndTheDataQualityReport() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = cli.write("roster.csv", Self.roster)
        let form = cli.write("form.csv", "Timestamp,Your name,Whom do you go to for advice?,Favourite snack?\n1,Ann Lee,\"Bo Diaz; C. Ng\",tea\n2,Bo Diaz,None,cake\n")
        let check = try cli.run(["check", roster, form, "--term", "t"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("form.csv:2:11: warning: read \"C. Ng\" as Cy Ng (S3) by initials"))
        #expect(check.stderr.contains("response: 2 of 3 people answered (67%); 1 did not"))
        #expect(check.stderr.contains("answered but named nobody: 1 (Bo Diaz)"))
        #expect(check.stderr.contains("4 \"Favourite snack?\""))
        let strict = try cli.run(["import", roster, form, "--term", "t", "--strict"])
        #expect(strict.status == 2)
        #expect(strict.stderr.contains("form.csv:2:11: error: read \"C. Ng\" as Cy Ng (S3) by initials; with --strict"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("trustnet.sqlite")))
        let imported = try cli.run(["import", roster, form, "--term", "t"])
        #expect(imported.status == 0)
        #expect(try cli.run(["terms", "--format", "csv"]).stdout.contains("t,,,3,2,2,advice,department"))
    }

    @Test func dryRunWritesNothing() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let r = try cli.run(["import", cli.write("roster.csv", Self.roster), cli.write("ties.csv", Self.ties), "--term", "t", "--dry-run"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("would import into t"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("trustnet.sqlite")))
        let check = try cli.run(["check", cli.path("roster.csv"), cli.path("ties.csv")])
        #expect(check.status == 0)
        #expect(check.stderr.contains("would import into (--term)"))
        #expect(check.stderr.contains("note: these files name no term of their own (no term column): import them with --term NAME"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("trustnet.sqlite")))
        // Checking files already imported notes it and passes; a second import is refused.
        #expect(try cli.run(["import", cli.path("roster.csv"), cli.path("ties.csv"), "--term", "t"]).status == 0)
        let again = try cli.run(["check", cli.path("roster.csv"), cli.path("ties.csv"), "--term", "t"])
        #expect(again.status == 0 && again.stderr.contains("trustnet import would need --replace to import it again"))
        let twice = try cli.run(["import", cli.path("roster.csv"), cli.path("ties.csv"), "--term", "t"])
        #expect(twice.status == 2 && twice.stderr.contains("use --replace to import it again"))
    }

    /// A survey export with a header and no rows imports (the roster still counts) but says so.
    @Test func headerOnlyFileIsWarnedAbout() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let r = try cli.run(["import", cli.write("roster.csv", Self.roster), cli.write("empty.csv", "source,target,relation\n"), "--term", "t"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("empty.csv: warning: the file has a header and no rows"))
        #expect(r.stderr.contains("response: not known: these files hold no survey answers for this term"))
    }

    /// A mistyped --relation is imported as a relation of its own, with a warning that names
    /// the relation meant; --relation beside a relation column that names every row's relation
    /// is said to be unused.
    @Test func relationSpellingAndUnusedRelationOption() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = cli.write("roster.csv", Self.roster)
        let typo = try cli.run(["check", roster, cli.write("plain.csv", "source,target\nS1,S2\n"), "--term", "t", "--relation", "advise"])
        #expect(typo.status == 0)
        #expect(typo.stderr.contains("plain.csv: warning: relation advise is not one TrustNet knows"))
        #expect(typo.stderr.contains("did you mean advice?"))
        let unused = try cli.run(["check", roster, cli.write("ties.csv", Self.ties), "--term", "t", "--relation", "trust"])
        #expect(unused.stderr.contains("ties.csv: note: --relation trust was not used"))
        let used = try cli.run(["check", roster, cli.write("some.csv", "source,target,relation\nS1,S2,advice\nS2,S3,\n"), "--term", "t", "--relation", "trust"])
        #expect(used.stderr.contains("would import into t: 1 advice, 1 trust"))
        #expect(!used.stderr.contains("was not used") && !used.stderr.contains("did you mean"))
    }

    /// Daly's `collaboration` and `confidential` read as sharing and trust; two names mapped
    /// to one relation merge like any repeated tie; a mapping no row uses is noted.
    @Test func mapRelationRenamesATieListsRelations() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = cli.write("roster.csv", Self.roster)
        let ties = cli.write("daly.csv", "source,target,relation,weight\nS1,S2,collaboration,2\nS1,S2,cowork,3\nS2,S3,confidential,1\n")
        let r = try cli.run([
            "import", roster, ties, "--term", "t", "--map-relation", "collaboration=sharing", "--map-relation", "cowork=sharing",
            "--map-relation", "Confidential=trust", "--map-relation", "friendship=trust",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("imported into t: 1 sharing, 1 trust"))
        #expect(r.stderr.contains("the larger weight is kept"))
        #expect(r.stderr.contains("note: --map-relation friendship=trust was not used: no row names friendship"))
        let bad = try cli.run(["check", roster, ties, "--term", "t", "--map-relation", "collaboration"])
        #expect(bad.status == 2 && bad.stderr.contains("is not FROM=TO"))
    }

    /// `check` without --term on a tie list whose term column names every row's term (as
    /// Krackhardt's `wave` of 1s): no note about a term nobody named.
    @Test func checkWithoutTermSaysNothingOfTheStandIn() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let ties = cli.write("waves.csv", "source,target,relation,wave\nS1,S2,advice,1\nS2,S3,advice,1\n")
        let check = try cli.run(["check", cli.write("roster.csv", Self.roster), ties])
        #expect(check.status == 0)
        #expect(check.stderr.contains("would import into 1: 2 advice"))
        #expect(!check.stderr.contains("(--term)") && !check.stderr.contains("no term"))
        // With --term the note stays: the name given is not used.
        let named = try cli.run(["check", cli.path("roster.csv"), ties, "--term", "1990"])
        #expect(named.stderr.contains("none in 1990 (--term), so no term 1990 was made"))
    }

    /// Real rosters, items 1–3 from the command line: check and import say how questions and
    /// relations were read and the closest standard relation of a dataset's own; --alias and
    /// --aliases resolve nicknames; a re-import after a rename says where the files already are.
    @Test func realRosterHelpFromTheCommandLine() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = cli.write("roster.csv", "id,name,email\nS1,James Smith,jsmith@x.org\nS2,Ann Lee,alee@x.org\nS3,Bo Diaz,\n")
        let form = cli.write(
            "form.csv", "Timestamp,Email Address,Your name,Whom do you go to for advice?\n2025/10/03,jsmith@x.org,Jim,Ann Lee\n2025/10/03,alee@x.org,,Jim Smith\n2025/10/04,,Bobby,Ann Lee\n")
        let unknown = try cli.run(["check", roster, form, "--term", "fall"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("form.csv:1: note: questions read as relations: column 4 \"Whom do you go to for advice?\" → advice (wording: advice)"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("\"Jim Smith\" is not on the roster (by id, e-mail or name); did you mean James Smith (S1)? --alias \"Jim Smith=James Smith\""), "\(unknown.stderr)")
        let aliases = cli.write("aliases.csv", "alias,name\nBobby,Bo Diaz\n")
        let checked = try cli.run(["check", roster, form, "--term", "fall", "--alias", "Jim Smith=James Smith", "--aliases", aliases])
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stderr.contains("would import into fall: 3 advice"), "\(checked.stderr)")
        #expect(checked.stderr.contains("questions read as relations"))

        let ties = cli.write("ties.csv", "source,target,relation\nS1,S2,collaboration\nS2,S3,confidential\n")
        let imported = try cli.run(["import", roster, ties, "--term", "2025-fall", "--map-relation", "collaboration=sharing"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("ties.csv: note: relations read: collaboration → sharing (--map-relation, 1 row), confidential (1 row)"), "\(imported.stderr)")
        #expect(imported.stderr.contains("ties.csv: note: relation confidential is not one TrustNet knows (one-on-one, advice, sharing, trust); the closest is trust: --map-relation confidential=trust reads it as trust"))

        #expect(try cli.run(["terms", "rename", "2025-fall", "year-1"]).status == 0)
        let again = try cli.run(["import", roster, ties, "--term", "2025-fall", "--map-relation", "collaboration=sharing"])
        #expect(again.status == 2)
        #expect(again.stderr.contains("ties.csv: error: this file was already imported as year-1"), "\(again.stderr)")
        #expect(again.stderr.contains("use --replace to import it again"))
        #expect(try cli.run(["terms", "--format", "csv"]).stdout.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 2)
    }
}
