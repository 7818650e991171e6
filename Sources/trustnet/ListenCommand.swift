import ArgumentParser
import TrustNet
import TrustNetAnalysis
import TrustNetIO
import TrustNetStore

struct ListenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "listen",
        abstract: "A leader's listening campaign: whom they have met one-on-one, and the next one-on-ones to hold.",
        discussion: """
            Reads the term's one-on-one ties (a one-on-one log, date,person,with, or a
            survey's one-on-one question) between the leaders and everyone else, in either
            direction. A person met several times counts once in the coverage; how often is
            the number of meetings a log records (or the survey's frequency).

            The next one-on-ones, in order: first, in every unit where nobody has been met
            yet, its most sought-out person; then one of each in turn: the most sought-out
            colleague not met yet, a coalition member not met (the coalition recorded for
            the term or before), the only tie between two units or a top broker, and a
            person on the edge (named by at most one colleague). No one already met is
            suggested.

            --within COLUMN limits the staff to the leaders' own value of a roster column
            (--within school: a principal's school).

            Output: with --format table the coverage by unit, the people met and the next
            one-on-ones; csv only the next one-on-ones (rank,id,name,unit,reasons); json the
            whole campaign: met, coverage (share of the other staff), met_count, others,
            by_unit, not_met (sarahs, coalition, brokers, peripheral) and next (people with
            reason, reasons and why as data).

            Examples:
              trustnet listen --leader S0001
              trustnet listen --term 2026-fall --leader "Ana Ruiz" --leader S0007 --next 10
              trustnet listen --leader S0001 --within school   (the principal's school)
              trustnet listen --leader S0001 --unit school --format json > listening.json
              trustnet listen --leader S0001 --progress     (coverage term by term)
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var termOptions: TermOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("A leader whose one-on-ones count (id, e-mail or name); repeat for a team.", valueName: "ID"))
    var leader: [String] = []

    @Option(name: .long, help: ArgumentHelp("How many one-on-ones to suggest.", valueName: "K"))
    var next = ListeningOptions().next

    @Option(name: .long, help: ArgumentHelp("Only the leaders' own staff: people with a leader's value in this roster column (school).", valueName: "COLUMN"))
    var within: String?

    @Flag(name: .long, help: "The campaign term by term instead: coverage and units reached in every term.")
    var progress = false

    func validate() throws {
        if leader.isEmpty { throw ValidationError("name the leader with --leader ID (repeat for a team)") }
        if next < 0 { throw ValidationError("--next cannot be negative") }
    }

    func run() throws {
        let store = try workspace.open()
        if progress { return try runProgress(store) }
        let term = TermAnalysis(try store.analysisTerm(termOptions.term, unitColumn: termOptions.unit))
        let network = term.network
        let leaders = try PersonMatcher(people: network.people).indices(of: leader, in: network)
        let answer: ListeningAnswer
        do {
            answer = try term.listening(leaders: leaders, options: ListeningOptions(next: next, withinColumn: within))
        } catch {
            throw error.usage
        }
        for line in Wording.listeningSummary(answer) { Console.line(line) }
        if let coalition = answer.coalition {
            for note in Wording.notes(coalition, term: network.term.name) { Console.line("note: " + note) }
        } else {
            Console.line("note: no coalition recorded in \(network.term.name) or before; coalition members are not looked for")
        }
        var nextTable = ResultTable(columns: ["rank", "id", "name", "unit", "reasons"])
        for n in answer.next {
            nextTable.append([.integer(n.rank), .text(n.person.id), .text(n.person.name), n.person.unit.map(ResultTable.Cell.text) ?? .empty, .text(Wording.listeningReasons(n.reasons))])
        }
        switch output.format {
        case .json: Console.output(try AnswerJSON.text(answer))
        case .csv: Console.output(nextTable.csv())
        case .table:
            var units = ResultTable(columns: [network.unitName.isEmpty ? "unit" : network.unitName, "people", "met", "share"])
            for u in answer.byUnit { units.append([.text(u.unit), .integer(u.people), .integer(u.met), .text(Wording.percent(u.share))]) }
            var met = ResultTable(columns: ["id", "name", "unit", "meetings"])
            for m in answer.met { met.append([.text(m.person.id), .text(m.person.name), m.person.unit.map(ResultTable.Cell.text) ?? .empty, .number(m.meetings)]) }
            var text = ""
            if !answer.byUnit.isEmpty { text += "== coverage by \(network.unitName.isEmpty ? "unit" : network.unitName) ==\n" + units.textTable() + "\n" }
            if !answer.met.isEmpty { text += "== met ==\n" + met.textTable() + "\n" }
            text += "== next one-on-ones ==\n" + nextTable.textTable()
            Console.output(text)
        }
    }

    /// `--progress`: one row per term, the leaders named as in the chosen term.
    func runProgress(_ store: Workspace) throws {
        let named = try store.network(term: termOptions.term, unitColumn: termOptions.unit)
        let ids = try PersonMatcher(people: named.people).indices(of: leader, in: named).map { named.people[$0].id }
        let terms = try store.analysisTerms(unitColumn: termOptions.unit).map { TermAnalysis($0) }
        let answer: ListeningProgress
        do {
            answer = try listeningProgress(terms, leaderIDs: ids, options: ListeningOptions(withinColumn: within))
        } catch {
            throw error.usage
        }
        Console.line(Wording.list(ids.map { named.people[named.index(ofPersonWithID: $0)!].name }) + ": " + Wording.listeningProgress(answer))
        if output.format == .json { return Console.output(try AnswerJSON.text(answer)) }
        var table = ResultTable(columns: ["term", "met", "others", "coverage", "units_reached", "units", "met_more_than_once"])
        for t in answer.terms {
            table.append([.text(t.term), .integer(t.met), .integer(t.others), .number(t.coverage), .integer(t.unitsReached), .integer(t.units), .integer(t.metMoreThanOnce)])
        }
        Console.output(table.rendered(as: output.format))
    }
}
