import ArgumentParser
import TrustNet
import TrustNetAnalysis
import TrustNetIO
import TrustNetStore

struct IntroduceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "introduce",
        abstract: "Lateral-sharing introductions: pairs of colleagues in different units who should meet.",
        discussion: """
            Suggests pairs of colleagues in different units, tied by no relation yet, whose
            meeting would connect units that share nothing today (no sharing tie either way
            between any of their people; in a term without sharing ties, no tie at all, as
            the pre-mortem reads it), and once none is left, units that share little.
            Within two units it prefers the people most sought out for advice and trusted
            in their own unit, so what they learn travels back. Nobody is in more than two
            introductions. While units that share nothing remain, every introduction closes
            one such pair of units.

            --within COLUMN keeps introductions inside one value of a roster column: with
            departments as units, --within school introduces colleagues of one school,
            and Maths in each school is a unit of its own. A roster with a school column
            is read so by default, as the pre-mortem reads it; --across pairs every unit.

            Output: id and name of both people, their units, and the reason. JSON: a list
            of {"a": {"id","name","unit"}, "b": {...}, "reason": "...", "why": {...}}.

            Examples:
              trustnet introduce --count 5
              trustnet introduce --term 2026-fall --count 8 --within school
              trustnet introduce --count 5 --format json > introductions.json
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var termOptions: TermOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: ArgumentHelp("How many introductions.", valueName: "K"))
    var count = IntroductionOptions().count

    @Option(name: .long, help: ArgumentHelp("Introduce only people with the same value in this roster column (school).", valueName: "COLUMN"))
    var within: String?

    @Flag(name: .long, help: "Every pair of units, not only units within one school (as premortem --across).")
    var across = false

    func validate() throws {
        if count < 1 { throw ValidationError("--count needs at least 1") }
    }

    func run() throws {
        let store = try workspace.open()
        let term = TermAnalysis(try store.analysisTerm(termOptions.term, unitColumn: termOptions.unit), options: AnalysisOptions(across: across))
        let answer: IntroductionsAnswer
        do {
            answer = try term.introductions(IntroductionOptions(count: count, withinColumn: within))
        } catch {
            throw error.usage
        }
        for line in Wording.introductionsSummary(answer) { Console.line(line) }
        switch output.format {
        case .json: Console.output(try AnswerJSON.text(answer.introductions))
        case .csv, .table:
            var table = ResultTable(columns: ["a_id", "a_name", "a_unit", "b_id", "b_name", "b_unit", "reason"])
            for e in answer.introductions {
                table.append([
                    .text(e.a.id), .text(e.a.name), e.a.unit.map(ResultTable.Cell.text) ?? .empty, .text(e.b.id), .text(e.b.name),
                    e.b.unit.map(ResultTable.Cell.text) ?? .empty, .text(Wording.introductionReason(e)),
                ])
            }
            Console.output(table.rendered(as: output.format))
        }
    }
}
