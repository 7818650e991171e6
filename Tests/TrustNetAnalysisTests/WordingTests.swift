import Testing
import TrustNet
import TrustNetAnalysis

@Suite struct WordingTests {
    @Test func percentages() {
        #expect(Wording.percent(0.184) == "18%")
        #expect(Wording.percent(0.001) == "<1%")
        #expect(Wording.percent(0.999) == ">99%")
        #expect(Wording.percent(1) == "100%")
        #expect(Wording.percent(.nan) == "–")
        #expect(Wording.percent(3, of: 4) == "75%")
        #expect(Wording.percent(0, of: 0) == "0%")
    }

    @Test func numbers() {
        #expect(Wording.fixed(0.125, 2) == "0.13")
        #expect(Wording.fixed(-0.004, 2) == "0.00")
        #expect(Wording.fixed(2, 0) == "2")
        #expect(Wording.fixed(1e15, 2) == "1000000000000000.00")
        #expect(Wording.fixed(1e300, 2) == "9000000000000000000")
        #expect(Wording.signed(-0.4) == "−0.40")
        #expect(Wording.signed(0.25) == "+0.25")
        #expect(Wording.signed(0.001) == "0.00")
        #expect(Wording.pValue(0.0004) == "< 0.001")
        #expect(Wording.grouped(950) == "950")
        #expect(Wording.grouped(1268) == "1,268")
        #expect(Wording.grouped(50_000) == "50,000")
        #expect(Wording.grouped(-1_000_000) == "-1,000,000")
        #expect(Wording.grouped(0) == "0")
        #expect(Wording.people(50_000) == "50,000 people")
    }

    @Test func words() {
        #expect(Wording.plural("department") == "departments")
        #expect(Wording.plural("Faculty") == "faculties")
        #expect(Wording.plural("day") == "days")
        #expect(Wording.plural("") == "units")
        #expect(Wording.withArticle("office") == "an office")
        #expect(Wording.withArticle("unit") == "a unit")
        #expect(Wording.list(["A", "B", "C"]) == "A, B and C")
        #expect(Wording.list(["A and B", "C and D"], more: 3, separator: "; ") == "A and B; C and D; and 3 more")
        #expect(Wording.colleagues(1) == "1 colleague")
        #expect(Wording.people(2) == "2 people")
        #expect(Wording.strength(-0.69) == "strongly")
        #expect(Wording.strength(0.05) == "hardly")
    }

    /// The survey's progress as the workspace page says it: counts below 5 are not given.
    @Test func surveyProgress() throws {
        let closes = try #require(CalendarDay("2026-10-15"))
        #expect(
            Wording.surveyProgress(term: "2026-fall", isOpen: true, closes: closes, responded: 42, submitted: 4, people: 80)
                == "The survey of 2026-fall is open until 2026-10-15: 42 of 80 people have answered, fewer than 5 submitted.")
        #expect(
            Wording.surveyProgress(term: "t", isOpen: false, closes: nil, responded: 5, submitted: 5, people: 6)
                == "The survey of t is closed (its answers are the term's ties): 5 of 6 people have answered, 5 submitted.")
    }

    /// The import page's voice names what to fill in, click or choose, never an option.
    @Test func importRemediesNameNoCommandLineOption() {
        let remedies: [InputRemedy] = [
            .nameTheTerm, .nameTheRelation, .bringTheRoster, .alreadyImported, .nameTheFormat, .mapAQuestion, .sayWhoAnswered(email: "a@b.org"),
            .nameTheUnitColumn, .useTheTermOfTheFile(file: "1", asked: "1990"),
        ]
        for remedy in remedies {
            let said = Wording.importRemedy(remedy)
            #expect(!said.contains("--") && !said.contains("trustnet"), "\(said)")
        }
        #expect(
            Wording.importNote(file: "ties.csv", line: 4, finding: "empty term", remedy: .nameTheTerm)
                == "ties.csv, line 4: empty term; fill in the Term field of the upload form")
        #expect(Wording.importNote(file: "ties.csv", line: nil, finding: "every row read as advice", remedy: nil) == "ties.csv: every row read as advice")
    }

    /// A negative relation summed with others is warned about in both voices, each naming its
    /// own way to choose relations.
    @Test func measuredWarnsInEachVoice() {
        let network = Network(
            term: Term(name: "t"), people: [Person(id: "a", name: "A"), Person(id: "b", name: "B")],
            ties: [Tie(source: 0, target: 1, relation: .advice), Tie(source: 1, target: 0, relation: "avoid")])
        let cli = Wording.measured(nil, in: network)
        let page = Wording.measured(nil, in: network, voice: .browser)
        #expect(cli.contains("avoid is summed as if it were a positive tie") && cli.hasSuffix("choose relations with --relation"), "\(cli)")
        #expect(page.contains("avoid is summed as if it were a positive tie") && !page.contains("--"), "\(page)")
    }
}
