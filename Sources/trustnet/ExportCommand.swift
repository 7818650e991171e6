import ArgumentParser
import TrustNet
import TrustNetGraphviz
import TrustNetIO
import TrustNetStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a term's network for other tools: GraphML, GEXF, JSON, CSV or DOT, optionally anonymized.",
        discussion: """
            People come with their unit, title, roster columns and measures (all of them
            unless --measures names some); ties with their relation and weight.
              graphml  Gephi, NetworkX (read_graphml), igraph, yEd
              gexf     Gephi
              json     {"term", "people": [...], "ties": [...]}
              csv      the people (or, with --ties, the ties); cells a spreadsheet would run
                       as a formula are neutralized
              dot      Graphviz source of the diagram

            --anonymize replaces every id and name by a stable pseudonym (the same person
            gets the same one in every term and output; the key stays in the workspace, or
            in --key-file), lists people in pseudonym order (not the roster's), drops
            e-mails and roster columns, merges units smaller than --min-unit-size, and
            marks formal leaders only where at least --min-unit-size people share the
            mark (--keep-formal marks them all).

            Examples:
              trustnet export --format graphml -o Output/network.graphml
              trustnet export --format csv --measures in_degree,pagerank > people.csv
              trustnet export --format csv --ties --relation advice > advice-ties.csv
              trustnet export --format gexf --anonymize -o Output/shared.gexf
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case graphml, gexf, json, csv, dot }

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var network: NetworkOptions

    @Option(name: .long, help: "graphml, gexf, json, csv or dot.")
    var format: Format
    @Flag(name: .long, help: "CSV: the ties instead of the people.")
    var ties = false
    @Option(name: .long, help: ArgumentHelp("Measures to attach, comma-separated (default: all; none: --measures none).", valueName: "LIST"))
    var measures: String?
    @OptionGroup var privacy: AnonymizeOptions
    @OptionGroup var formal: FormalTitleOptions
    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write (default: stdout).", valueName: "FILE"))
    var output: String?

    func validate() throws {
        if let measures, measures != "none", case .failure(let error) = PersonMeasure.list(measures) { throw ValidationError(error.description) }
        if ties && format != .csv { throw ValidationError("--ties is for --format csv") }
    }

    func run() throws {
        let store = try workspace.open()
        var (net, relations) = try network.load(from: store)
        net = formal.apply(to: net)
        let chosen = measures == "none" ? [] : try measures.map { try PersonMeasure.list($0).get() } ?? PersonMeasure.defaults(for: net)
        let scores = try PersonMeasure.compute(chosen, on: net.graph(relations: relations), options: MeasureOptions(for: net), progress: Console.progress)
        let (shown, position) = try privacy.applyTracking(net, from: store)
        net = shown
        // Scores were computed before anonymizing (on the roster's units): each follows its person.
        func moved(_ scores: NodeScores) -> NodeScores {
            var values = scores.values
            for (i, k) in position.enumerated() { values[k] = scores.values[i] }
            return NodeScores(values)
        }
        let export = NetworkExport(network: net, measures: chosen.map { ($0.rawValue, moved(scores[$0]!)) }, relations: relations)
        let text: String
        switch format {
        case .graphml: text = export.graphML()
        case .gexf: text = export.gexf()
        case .json: text = export.json()
        case .csv: text = (ties ? export.tieTable() : export.peopleTable()).csv()
        case .dot:
            var options = DiagramOptions()
            options.relations = relations
            text = Diagram(network: net, options: options).dot()
        }
        if let output {
            try OutputFile.write(text, to: output)
            Console.line("wrote \(output): \(net.people.count) people, \(export.ties.count) ties\(privacy.anonymize ? ", anonymized" : "")")
        } else {
            Console.output(text)
        }
    }
}
