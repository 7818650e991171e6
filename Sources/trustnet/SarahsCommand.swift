import ArgumentParser
import Foundation
import TrustNet
import TrustNetAnalysis
import TrustNetIO
import TrustNetReport

struct SarahsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sarahs",
        abstract: "Find the Sarahs: the people colleagues already go to for advice and trust, whatever their title.",
        discussion: """
            Ranks everyone by informal authority: named for advice (in-degree and PageRank),
            trusted, sought out from several units, and brokering between colleagues. Each
            of the top N gets plain-language reasons. Formal leaders (roster title or role)
            are marked; people near the top without a title are called out as hidden
            leaders, and the first lines say how far informal authority follows title.

            --weights changes how much each part counts (each part is first scaled to 0–1):
              advice=0.35,pagerank=0.15,trust=0.25,units=0.15,brokerage=0.10 (the default)
            --practice COLUMN names a roster column saying who already uses the practice
            (yes/true/1/x): those people — the positive outliers — are ranked first.

            Hidden leaders are found among everyone: people without a formal title who
            rank among the top K by informal authority, K being the number of formal
            leaders (at least 3): the places formal leaders would fill if colleagues went
            to them. Formal leaders
            are marked by title words (principal, head, coach, lead, …; add your own with
            --formal-title WORD) or by a roster column `formal` (yes/no), which decides first.

            --on-ramps adds, for every peripheral person (no tie, or named by at most one
            colleague), the nearest coalition member along ties of any relation, or when no
            member can be reached, the most trusted colleague in their unit. The coalition
            is the one recorded for the term or the latest earlier term, else the one
            trustnet coalition suggest gives with its defaults. With --format table both tables are printed; with csv or json only the
            on-ramps table is (columns id,name,unit,edge,on_ramp_id,on_ramp_name,via,steps).

            CSV columns: rank,id,name,unit,title,score,advice_in,trust_in,units_reached,
            betweenness,formal,reasons.

            Examples:
              trustnet sarahs
              trustnet sarahs --top 5 --term 2026-fall --format csv > sarahs.csv
              trustnet sarahs --practice uses_protocol --weights advice=0.5,trust=0.5
              trustnet sarahs --on-ramps --format csv > on-ramps.csv
              trustnet sarahs --min-weight 3 --formal-title partner
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var termOptions: TermOptions
    @OptionGroup var analysis: AnalysisOptionGroup
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: "How many people to list.")
    var top = SarahsOptions().top

    @Option(name: .long, help: ArgumentHelp("Roster column saying who already uses the practice: they are ranked first.", valueName: "COLUMN"))
    var practice: String?

    @Option(name: .long, help: ArgumentHelp("Weights of the parts, e.g. advice=0.4,trust=0.4,units=0.2 (others keep their default).", valueName: "LIST"))
    var weights: String?

    @Flag(name: .long, help: "Also list an on-ramp for every peripheral person (for csv and json: instead of the Sarahs).")
    var onRamps = false

    func validate() throws {
        if top < 1 { throw ValidationError("--top needs at least 1") }
        if let weights { _ = try Self.parse(weights: weights) }
    }

    static func parse(weights text: String) throws -> AuthorityWeights {
        var w = AuthorityWeights()
        for part in text.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, let value = Double(pair[1]), value >= 0, value.isFinite else {
                throw ValidationError("--weights expects name=number pairs separated by commas, got \"\(part)\"")
            }
            switch pair[0] {
            case "advice": w.advice = value
            case "pagerank": w.pagerank = value
            case "trust": w.trust = value
            case "units": w.units = value
            case "brokerage": w.brokerage = value
            default: throw ValidationError("unknown weight \"\(pair[0])\" (advice, pagerank, trust, units, brokerage)")
            }
        }
        return w
    }

    func run() throws {
        let store = try workspace.open()
        var options = analysis.options
        if let weights { options.authorityWeights = try Self.parse(weights: weights) }
        let term = TermAnalysis(try store.analysisTerm(termOptions.term, unitColumn: termOptions.unit), options: options)
        let network = term.network
        if let header = analysis.header { Console.line(header) }
        let answer = try term.sarahs(SarahsOptions(top: top, practiceColumn: practice))
        if let practice = answer.practice {
            Console.line("\(practice.users) people already use the practice (\(practice.column)); they are ranked first")
        }
        if let note = Wording.adviceStandIn(answer.adviceRelations, usedAdvice: answer.usedAdviceTies, term: network.term.name) {
            Console.line("note: " + note)
        }
        for line in Self.summary(answer, network: network) { Console.line(line) }
        let sarahs = ResultTable.sarahs(answer, in: network)
        guard onRamps else {
            Console.output(sarahs.rendered(as: output.format))
            return
        }
        let ramps = try term.onRamps()
        Console.line(Console.singleLine(Wording.coalitionLine(ramps.coalition, verb: "on-ramps lead to", in: network)))
        Console.line("\(ramps.ramps.count) peripheral people outside the coalition (no tie, or named by at most one colleague)")
        let table = ResultTable.onRamps(ramps, in: network)
        switch output.format {
        case .table: Console.output(sarahs.textTable() + "\n== on-ramps ==\n" + table.textTable())
        case .csv, .json: Console.output(table.rendered(as: output.format))
        }
    }

    /// Plain sentences: how far authority follows title and seniority, and the hidden leaders.
    static func summary(_ answer: SarahsAnswer, network: Network) -> [String] {
        var lines = [Wording.alignment(answer.alignment, term: network.term.name)]
        if let hidden = Wording.hiddenLeaders(answer.hiddenLeaders, places: answer.hiddenLeaderPlaces, in: network) { lines.append(Console.singleLine(hidden)) }
        return lines
    }
}
