import Foundation
import ArgumentParser
import TrustNet
import TrustNetIO

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

            --on-ramps adds, for every peripheral person (no tie, or named by at most one
            colleague), the nearest coalition member along ties of any relation, or when no
            member can be reached, the most trusted colleague in their unit. The coalition
            is the one recorded for the term or the latest earlier term, else the top N
            listed. With --format table both tables are printed; with csv or json only the
            on-ramps table is (columns id,name,unit,on_ramp_id,on_ramp_name,via,steps).

            CSV columns: rank,id,name,unit,title,score,advice_in,trust_in,units_reached,
            betweenness,formal,reasons.

            Examples:
              trustnet sarahs
              trustnet sarahs --top 5 --term 2026-fall --format csv > sarahs.csv
              trustnet sarahs --practice uses_protocol --weights advice=0.5,trust=0.5
              trustnet sarahs --on-ramps --format csv > on-ramps.csv
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var termOptions: TermOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: "How many people to list.")
    var top = 10

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
        let network = try termOptions.load(from: store)
        let authority = InformalAuthority(network: network, weights: try weights.map(Self.parse(weights:)) ?? AuthorityWeights())
        var order = authority.ranking
        if let practice {
            let columns = Set(network.people.flatMap(\.attributes.keys))
            guard let column = columns.first(where: { $0.lowercased() == practice.lowercased() }) else {
                throw UsageError("no roster column \"\(practice)\" (columns: \(columns.sorted().joined(separator: ", ")))")
            }
            let uses = network.people.map { Self.isYes($0.attributes[column]) }
            order = order.filter { uses[$0] } + order.filter { !uses[$0] }
            Console.line("\(uses.count { $0 }) people already use the practice (\(column)); they are ranked first")
        }
        let shown = Array(order.prefix(top))
        if !authority.usedAdviceTies {
            Console.line("note: no advice ties in \(network.term.name); \(authority.adviceTiesDescription) stand in for advice")
        }
        for line in Self.summary(authority, network: network, top: top) { Console.line(line) }
        let sarahs = ResultTable.sarahs(authority, order: shown, in: network)
        guard onRamps else {
            Console.output(sarahs.rendered(as: output.format))
            return
        }
        let coalition =
            try CoalitionChoice.recorded(in: store, network: network)
            ?? CoalitionChoice(
                members: shown, origin: "the top \(shown.count) listed", notes: ["no coalition recorded in \(network.term.name) or before"])
        Console.line(coalition.describe(as: "on-ramps lead to", in: network))
        let ramps = OnRamp.onRamps(network: network, coalition: coalition.members, authority: authority)
        Console.line("\(ramps.count) peripheral people outside the coalition (no tie, or named by at most one colleague)")
        let table = ResultTable.onRamps(ramps, in: network)
        switch output.format {
        case .table: Console.output(sarahs.textTable() + "\n== on-ramps ==\n" + table.textTable())
        case .csv, .json: Console.output(table.rendered(as: output.format))
        }
    }

    static func isYes(_ value: String?) -> Bool {
        guard let v = value?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        return ["yes", "y", "true", "1", "x", "✓"].contains(v)
    }

    /// Plain sentences: hidden leaders and how far authority follows title and seniority.
    static func summary(_ authority: InformalAuthority, network: Network, top: Int) -> [String] {
        var lines: [String] = []
        let a = authority.alignment(in: network, top: top)
        let strength: (Double) -> String = { r in
            abs(r) < 0.1 ? "hardly at all" : abs(r) < 0.3 ? "weakly" : abs(r) < 0.5 ? "moderately" : "strongly"
        }
        // A correlation with title needs scores that differ, and some people with a title and
        // some without.
        let title =
            a.titleCorrelationKnown
            ? "informal authority follows title \(strength(a.withTitle)) (rank correlation \(format(a.withTitle)))"
            : !a.scoresVary
                ? "everyone scores alike (no ties tell them apart), so how far informal authority follows title cannot be told"
                : "with \(a.formalLeaders == 0 ? "no one" : "everyone") titled, how far informal authority follows title cannot be told"
        // Which way seniority goes depends on the column (a rank of 1 may be the most senior):
        // say it in the column's own terms.
        let seniority = (a.scoresVary ? a.withSeniority : nil).map { r in
            let column = a.seniorityColumn!
            return "; it \(r >= 0 ? "rises with \(column)" : "falls as \(column) rises,") \(strength(r)) (\(format(r)))"
        }
        lines.append(
            "\(network.term.name): of the top \(a.topCount) by informal authority, \(a.formalInTop) hold a formal title "
                + "(\(a.formalLeaders) of \(network.people.count) on the roster do); \(title)\(seniority ?? "").")
        let hidden = authority.hiddenLeaders(among: top)
        if !hidden.isEmpty {
            lines.append("hidden leaders (high informal authority, no title): " + Console.names(hidden, in: network))
        }
        return lines
    }

    static func format(_ x: Double) -> String { String(format: "%.2f", x) }
}
