import Foundation
import Testing
import TrustNetTestSupport

/// `trustnet survey …` as a leader runs it: create, links, status, close, reopen, delete, and
/// the forms export whose Google Forms answers import with no name to guess.
@Suite struct SurveyCommandTests {
    static let roster = """
        id,name,email,department
        S1,Ann Lee,ann@school.org,Maths
        S2,Sam Lee,sam.m@school.org,Maths
        S3,Sam Lee,sam.s@school.org,Science
        S4,"Garcia, María",maria@school.org,Science
        S5,=HYPERLINK(1),x@school.org,Arts
        S6,Bo Diaz,bo@school.org,Arts

        """

    func workspace() throws -> CLIRunner {
        let cli = CLIRunner()
        let r = try cli.run(["import", cli.write("roster.csv", Self.roster), "--term", "2026-fall"])
        #expect(r.status == 0, "\(r.stderr)")
        return cli
    }

    @Test func createLinksStatusCloseReopenDelete() throws {
        let cli = try workspace()
        defer { cli.cleanUp() }
        var r = try cli.run(["survey", "create", "--term", "2026-fall", "--relations", "advice,trust", "--wording", "advice=Whom do you ask about planning?"])
        #expect(r.status == 0 && r.stderr.contains("created the survey of 2026-fall: advice, trust"), "\(r.stderr)")
        r = try cli.run(["survey", "create", "--term", "2026-fall"])
        #expect(r.status == 2 && r.stderr.contains("already has a survey"))
        r = try cli.run(["survey", "create", "--term", "2026-fall", "--relations", "advice", "--trust-dimensions"])
        #expect(r.status == 2 && r.stderr.contains("--trust-dimensions needs trust among --relations"), "\(r.stderr)")
        r = try cli.run(["survey", "create", "--term", "nope"])
        #expect(r.status == 2 && r.stderr.contains("no term \"nope\""))

        r = try cli.run(["survey", "links", "--term", "2026-fall", "--base-url", "https://s.example.org"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "id,name,email,link" && lines.count == 7)
        #expect(lines.contains { $0.hasPrefix("S4,\"Garcia, María\",maria@school.org,https://s.example.org/s/") })
        #expect(lines.contains { $0.hasPrefix("S5,'=HYPERLINK(1),") }, "a formula is neutralized in CSV")
        let tokens = lines.dropFirst().map { String($0.split(separator: "/").last!) }
        #expect(tokens.allSatisfy { $0.range(of: "^[A-Za-z0-9_-]{43}$", options: .regularExpression) != nil })
        #expect(r.stderr.contains("issued 6 personal links.\n"), "\(r.stderr)")
        r = try cli.run(["survey", "links", "--term", "2026-fall", "--person", "S2", "--format", "table"])
        #expect(r.stderr.contains("issued 1 personal link; the earlier links of this person no longer work."), "\(r.stderr)")
        #expect(r.stdout.hasSuffix("\n") && r.stdout.contains("sam.m@school.org  http://127.0.0.1:8080/s/"), "\(r.stdout)")
        r = try cli.run(["survey", "links", "--base-url", "ftp://x"])
        #expect(r.status == 2)

        r = try cli.run(["survey", "status", "--term", "2026-fall", "--format", "csv"])
        #expect(r.stdout == "unit,people,answered,submitted\nArts,2,<5,<5\nMaths,2,<5,<5\nScience,2,<5,<5\n(all),6,<5,<5\n", "\(r.stdout)")
        #expect(r.stderr.contains("survey of 2026-fall: open; 6 of 6 people hold a link"))

        r = try cli.run(["survey", "close", "--term", "2026-fall"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("response: 0 of 6 people answered (0%); 6 did not"), "\(r.stderr)")
        #expect(r.stderr.contains("closed the survey of 2026-fall: the answers of 0 people written as the term's ties\n"), "\(r.stderr)")
        r = try cli.run(["survey", "links", "--term", "2026-fall"])
        #expect(r.status == 2 && r.stderr.contains("is closed"))
        #expect(try cli.run(["survey", "reopen", "--term", "2026-fall"]).status == 0)
        r = try cli.run(["survey", "delete", "--term", "2026-fall"])
        #expect(r.status == 0 && r.stderr.contains("deleted the survey of 2026-fall"))
        r = try cli.run(["survey", "status", "--term", "2026-fall"])
        #expect(r.status == 2 && r.stderr.contains("has no survey yet"))
    }

    /// On paper: the printable page escapes every name, and Chromium prints it to PDF.
    @Test func printableSurveyAndItsPDF() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = "id,name,department\nS1,<b>Ann</b> & Co,Maths\nS2,Bo Diaz,\"<script>x</script>\"\n"
        #expect(try cli.run(["import", cli.write("roster.csv", roster), "--term", "t"]).status == 0)
        #expect(try cli.run(["survey", "create", "--term", "t", "--frequency", "--relations", "advice"]).status == 0)
        let html = try cli.run(["survey", "export", "--format", "html"])
        #expect(html.status == 0)
        #expect(html.stdout.contains("<td>&lt;b&gt;Ann&lt;/b&gt; &amp; Co</td>") && html.stdout.contains("<td>&lt;script&gt;x&lt;/script&gt;</td>"))
        #expect(!html.stdout.contains("<script") && !html.stdout.contains("<b>Ann"))
        #expect(html.stdout.contains("<th>How often (1–5)</th>") && !html.stdout.contains("same link"))
        #expect(try cli.run(["survey", "export", "--format", "pdf"]).status == 2, "a PDF needs -o FILE")
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") else { return }
        let pdf = try cli.run(["survey", "export", "--format", "pdf", "-o", cli.path("survey.pdf")])
        #expect(pdf.status == 0, "\(pdf.stderr)")
        let bytes = try #require(FileManager.default.contents(atPath: cli.path("survey.pdf")))
        #expect(bytes.starts(with: Array("%PDF".utf8)) && bytes.count > 1000)
    }

    /// The forms text, typed into Google Forms; its CSV export (Timestamp, then one column per
    /// question, checkbox answers joined by ", ") imports with --strict: no name guessed.
    @Test func theFormsExportImportsWithNoGuesses() throws {
        let cli = try workspace()
        defer { cli.cleanUp() }
        let intro = cli.write("intro.txt", "Only the principal sees the network, never your answers.\n")
        #expect(try cli.run(["survey", "create", "--term", "2026-fall", "--intro", intro, "--title", "Who helps whom"]).status == 0)
        let r = try cli.run(["survey", "export", "--term", "2026-fall", "--format", "forms"])
        #expect(r.stdout.hasPrefix("FORM TITLE: Who helps whom\nFORM DESCRIPTION:\nOnly the principal sees the network, never your answers.\n"), "\(r.stdout.prefix(200))")
        #expect(r.status == 0)
        let text = r.stdout
        // The choices: names, except the two Sam Lees (by e-mail), a name with a comma and one
        // ending in parentheses (a forms cell reads "Ann Lee (weekly)" as a frequency).
        let choices = text.components(separatedBy: "QUESTION 2")[1].split(separator: "\n").dropFirst().prefix(6).map(String.init)
        #expect(choices == ["Ann Lee", "sam.m@school.org", "sam.s@school.org", "maria@school.org", "x@school.org", "Bo Diaz"], "\(choices)")
        #expect(text.contains("QUESTION 1 (Dropdown, required): Your name"))
        let wordings = text.split(separator: "\n").filter { $0.hasPrefix("QUESTION ") }.dropFirst().map { String($0.split(separator: ":", maxSplits: 1)[1].dropFirst()) }
        #expect(wordings.count == 3)
        // What Google Forms gives back: a quoted CSV, checkbox answers joined by ", ".
        func cell(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let rows = [
            ["Ann Lee", "sam.m@school.org, Bo Diaz", "maria@school.org", ""],
            ["sam.s@school.org", "Ann Lee", "", "x@school.org, Ann Lee"],
            ["x@school.org", "", "", ""],
        ]
        var csv = (["Timestamp", "Your name"] + wordings).map(cell).joined(separator: ",") + "\n"
        for (i, row) in rows.enumerated() { csv += ([cell("2026/10/0\(i + 1) 9:00:00 AM GMT+1")] + row.map(cell)).joined(separator: ",") + "\n" }
        let imported = try cli.run(["import", cli.write("answers.csv", csv), "--term", "2026-fall", "--strict"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(!imported.stderr.contains("guess") && !imported.stderr.contains("warning"), "\(imported.stderr)")
        #expect(imported.stderr.contains("response: 3 of 6 people answered"), "\(imported.stderr)")
        let terms = try cli.run(["terms", "--format", "csv"])
        #expect(terms.stdout.contains("2026-fall,,,6,3,6,advice sharing trust"), "\(terms.stdout)")
    }
}
