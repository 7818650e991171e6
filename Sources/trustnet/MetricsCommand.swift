import ArgumentParser
import TrustNet
import TrustNetIO

struct MetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Measures for every person: degree, strength, PageRank, betweenness, harmonic closeness.",
        discussion: """
            One row per person: id, name, unit, in_degree, out_degree, in_strength,
            out_strength, pagerank, betweenness, harmonic.
            betweenness is the raw Brandes count (not normalized); harmonic sums
            1/distance from every other person to this one. Path measures count steps
            unless --cost inverse-strength (a tie of weight w has length 1/w).

            Examples:
              trustnet metrics --relation advice
              trustnet metrics --term 2025-fall --relation advice --relation trust \\
                               --format csv > metrics.csv
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var network: NetworkOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: "How path measures read tie weights: hops (every tie is one step) or inverse-strength (distance = 1/weight).")
    var cost: EdgeCost = .hops

    func run() throws {
        let (net, relations) = try network.load(from: workspace.open())
        Console.line("\(net.term.name): \(net.people.count) people, \(NetworkOptions.describe(relations, in: net))")
        let graph = net.graph(relations: relations)
        var columns: [(name: String, scores: NodeScores, isCount: Bool)] = []
        for measure in PersonMeasure.allCases {
            let scores = try measure.scores(on: graph, cost: cost, progress: Console.progress(measure.rawValue))
            columns.append((measure.rawValue, scores, measure.isCount))
        }
        Console.output(ResultTable.personMeasures(net, columns).rendered(as: output.format))
    }
}
