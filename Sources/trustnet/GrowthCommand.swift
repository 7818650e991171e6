import ArgumentParser
import Foundation
import TrustNet
import TrustNetAnalysis
import TrustNetIO
import TrustNetStore

struct GrowthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "growth",
        abstract: "Follow the network and the coalition term over term: spread, depth, sustainability, ownership.",
        discussion: """
            One row per term (csv, json) or one row per measure (table). Kept, new and lost
            ties count only ties between people on both terms' rosters: a tie to someone who
            left is not lost. They, retained members, periphery-to-core moves and new Sarahs
            compare with the term before (empty on the very first term; with --from, the term
            before --from).

            The coalition of a term is the one recorded for it (trustnet coalition record), or
            else the latest recorded before it. Its reach is the share of staff outside it
            within 1 or 2 steps of a member along advice and sharing ties, whatever
            --relation says; the other measures use --relation (default: advice and sharing,
            as the report; in terms without either, what stands in for advice).

            Two terms that may not be comparable are pointed out: ties per respondent
            changing more than threefold, or different relations.

            The columns speak to Coburn's four dimensions of scale: spread, depth,
            sustainability and ownership; the table format says which on stderr, and lists
            who the new Sarahs, the people moved to the core and the coalition members not
            retained are (--anonymize: by pseudonym).

            Examples:
              trustnet growth
              trustnet growth --relation advice --format csv > growth-advice.csv
              trustnet growth --from 2026-spring --relation sharing --charts Output/growth
              trustnet growth --leader S0001 --format csv   (+ the principal's one-on-one coverage)
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: ArgumentHelp("The first term (default: the first).", valueName: "T1"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("The last term (default: the latest).", valueName: "T2"))
    var to: String?

    @Option(
        name: .long, parsing: .singleValue,
        help: ArgumentHelp("A relation to measure; repeat for several (default: advice and sharing).", valueName: "RELATION"))
    var relation: [String] = []

    @OptionGroup var analysis: AnalysisOptionGroup

    @Option(
        name: .long, parsing: .singleValue,
        help: ArgumentHelp("A leader whose listening campaign (one-on-one coverage) to follow term by term; repeat for a team.", valueName: "ID"))
    var leader: [String] = []

    @Option(name: .long, help: TermOptions.unitHelp)
    var unit: String?

    @Flag(name: .long, help: "In the table format, list people by pseudonym instead of by name.")
    var anonymize = false

    @Option(
        name: .customLong("key-file"),
        help: ArgumentHelp("With --anonymize: keep the pseudonym key in FILE, not in the workspace (as export, render and report take it).", valueName: "FILE"))
    var keyFile: String?

    @Option(name: .long, help: ArgumentHelp("Also write SVG charts (coalition reach, cross-unit share, centralization) to this folder.", valueName: "DIR"))
    var charts: String?

    func run() throws {
        let store = try workspace.open()
        let range = try store.termRange(from: from, to: to)
        let terms = try range.terms.map { try store.analysisTerm($0, unitColumn: unit) }
        let baseline = try range.baseline.map { try store.analysisTerm($0, unitColumn: unit) }
        for term in terms {
            if let recorded = term.recordedCoalition, recorded.term != term.network.term.name {
                Console.line("note: no coalition recorded for \(term.network.term.name): using the one recorded in \(recorded.term)")
            }
        }
        if let header = analysis.header { Console.line(header) }
        let answer = try GrowthQuestion.answer(
            terms: terms, baseline: baseline,
            options: GrowthOptions(relations: RelationSelection(relation), minWeight: analysis.minWeight, formalTitles: analysis.formalTitles, across: analysis.across))
        for caution in answer.cautions { Console.line("note: " + Wording.caution(caution)) }
        let names = ([baseline].compactMap { $0 } + terms).map(\.network.term.name)
        for line in Wording.growthStandIns(answer.standIns, measured: answer.relations, terms: names) { Console.line("note: " + line) }
        if let within = Wording.comparedWithin(answer.comparedWithin, unitName: terms[0].network.unitName) {
            Console.line("note: E-I and the cross-unit share: " + within)
        }
        let growth = answer.growth
        let listening = try listening(terms)
        switch output.format {
        case .table:
            let network = terms[0].network
            Console.line("\(growth.rows.count) term(s), \(Wording.measured(answer.relations, in: network))")
            Console.output(ResultTable.growthByMeasure(growth).textTable())
            let people = try ResultTable.growthPeople(growth, name: personName(([baseline].compactMap { $0 } + terms).map(\.network), store))
            if !people.rows.isEmpty { Console.output("\n" + people.textTable()) }
            Console.line("\nColumns by dimension of scale (Coburn 2003):\n" + ResultTable.scaleDimensions().textTable())
            Console.line("context: " + GrowthColumn.columns(of: nil).map(\.name).joined(separator: " ") + " (describe the term)")
        case .csv: Console.output(Self.withListening(ResultTable.growth(growth), listening).csv())
        case .json: Console.output(Self.withListening(ResultTable.growth(growth), listening).json())
        }
        if let charts { try writeCharts(growth, relations: answer.relations, to: charts) }
    }

    /// `--leader`: the leaders' listening campaign in each term (``listeningProgress``), said on
    /// stderr; `nil` without leaders.
    func listening(_ terms: [AnalysisTerm]) throws -> ListeningProgress? {
        guard !leader.isEmpty, let last = terms.last?.network else { return nil }
        let leaders = try PersonMatcher(people: last.people).indices(of: leader, in: last)
        let progress = try listeningProgress(terms.map { TermAnalysis($0) }, leaderIDs: leaders.map { last.people[$0].id })
        Console.line(Console.singleLine("listening campaign of \(Wording.list(leaders.map { last.people[$0].name })): " + Wording.listeningProgress(progress)))
        return progress
    }

    /// The growth table with the listening campaign's columns (`listening_met`,
    /// `listening_coverage`, `listening_units_reached`) when leaders were given.
    static func withListening(_ table: ResultTable, _ listening: ListeningProgress?) -> ResultTable {
        guard let listening, let termColumn = table.columns.firstIndex(of: "term") else { return table }
        var extended = ResultTable(columns: table.columns + ["listening_met", "listening_coverage", "listening_units_reached"])
        for row in table.rows {
            guard case .text(let name) = row[termColumn], let t = listening.terms.first(where: { $0.term == name }) else {
                extended.append(row + [.empty, .empty, .empty])
                continue
            }
            extended.append(row + [.integer(t.met), .number(t.coverage), .integer(t.unitsReached)])
        }
        return extended
    }

    /// How a person is named in the table: their name in the term (or the term before, for
    /// someone who left), or their pseudonym with --anonymize.
    func personName(_ networks: [Network], _ store: Workspace) throws -> (String, String) -> String {
        if anonymize {
            let pseudonyms = try store.pseudonyms(for: Array(Set(networks.flatMap { $0.people.map(\.id) })).sorted(), keyFile: keyFile)
            return { id, _ in pseudonyms[id] ?? "?" }
        }
        var names: [String: String] = [:]
        for network in networks { for p in network.people { names[p.id] = p.name } }
        return { id, _ in names[id] ?? id }
    }

    func writeCharts(_ growth: Growth, relations: Set<Relation>?, to folder: String) throws {
        let words = relations.map(Wording.ties) ?? "all ties"
        for (name, svg) in GrowthCharts.charts(growth, relations: words) {
            let path = (folder as NSString).appendingPathComponent(name)
            try OutputFile.write(svg, to: path)
            Console.line("wrote \(path)")
        }
    }
}
