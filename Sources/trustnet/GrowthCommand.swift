import ArgumentParser
import Foundation
import TrustNet
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
            within 1 or 2 steps of a member along advice and sharing ties, either way, whatever
            --relation says; the other measures use --relation (default: all relations).

            The columns speak to Coburn's four dimensions of scale: spread, depth,
            sustainability and ownership; the table format says which on stderr, and lists
            who the new Sarahs, the people moved to the core and the coalition members not
            retained are (--anonymize: by pseudonym).

            Examples:
              trustnet growth
              trustnet growth --relation advice --format csv > growth-advice.csv
              trustnet growth --from 2026-spring --relation sharing --charts Output/growth
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
        help: ArgumentHelp("A relation to measure; repeat for several (default: all, weights summed).", valueName: "RELATION"))
    var relation: [String] = []

    @Option(name: .long, help: TermOptions.unitHelp)
    var unit: String?

    @Flag(name: .long, help: "In the table format, list people by pseudonym instead of by name.")
    var anonymize = false

    @Option(name: .long, help: ArgumentHelp("Also write SVG charts (coalition reach, cross-unit share, centralization) to this folder.", valueName: "DIR"))
    var charts: String?

    func run() throws {
        let store = try workspace.open()
        let input = try store.growthInput(from: from, to: to, unitColumn: unit)
        let relations = try chosenRelations(in: input.terms.map(\.network))
        for (term, recordedIn) in input.carriedCoalitions {
            Console.line("note: no coalition recorded for \(term): using the one recorded in \(recordedIn)")
        }
        let growth = Growth(terms: input.terms, baseline: input.baseline, relations: relations)
        switch output.format {
        case .table:
            let network = input.terms[0].network
            Console.line("\(growth.rows.count) term(s), \(NetworkOptions.describe(relations, in: network))")
            Console.output(ResultTable.growthByMeasure(growth).textTable())
            let people = try ResultTable.growthPeople(growth, name: personName(input, store))
            if !people.rows.isEmpty { Console.output("\n" + people.textTable()) }
            Console.line("\nColumns by dimension of scale (Coburn 2003):\n" + ResultTable.scaleDimensions().textTable())
            Console.line("context: " + GrowthColumn.columns(of: nil).map(\.name).joined(separator: " ") + " (describe the term)")
        case .csv: Console.output(ResultTable.growth(growth).csv())
        case .json: Console.output(ResultTable.growth(growth).json())
        }
        if let charts { try writeCharts(growth, relations: relations, to: charts) }
    }

    /// How a person is named in the table: their name in the term (or the term before, for
    /// someone who left), or their pseudonym with --anonymize.
    func personName(_ input: GrowthInput, _ store: Workspace) throws -> (String, String) -> String {
        let networks = ([input.baseline].compactMap { $0 } + input.terms).map(\.network)
        if anonymize {
            let pseudonyms = try store.pseudonyms(for: Array(Set(networks.flatMap { $0.people.map(\.id) })).sorted())
            return { id, _ in pseudonyms[id] ?? "?" }
        }
        var names: [String: String] = [:]
        for network in networks { for p in network.people { names[p.id] = p.name } }
        return { id, _ in names[id] ?? id }
    }

    /// The relations asked for, each present in at least one of the terms.
    func chosenRelations(in networks: [Network]) throws -> Set<Relation>? {
        guard !relation.isEmpty else { return nil }
        let known = Set(networks.flatMap(\.relations))
        var chosen = Set<Relation>()
        for name in relation {
            guard let r = Relation(name), known.contains(r) else {
                throw UsageError(WorkspaceError.unknownRelation(name, known: known.sorted().map(\.name)).description)
            }
            chosen.insert(r)
        }
        return chosen
    }

    func writeCharts(_ growth: Growth, relations: Set<Relation>?, to folder: String) throws {
        let words = relations.map { $0.sorted().map(\.name).joined(separator: " and ") } ?? "all"
        for (name, svg) in GrowthCharts.charts(growth, relations: words) {
            let path = (folder as NSString).appendingPathComponent(name)
            try OutputFile.write(svg, to: path)
            Console.line("wrote \(path)")
        }
    }
}
