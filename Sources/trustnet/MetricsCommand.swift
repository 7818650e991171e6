import ArgumentParser
import TrustNet
import TrustNetAnalysis
import TrustNetIO

struct MetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Measures for every person: degree, PageRank, betweenness, closeness, reach, Burt, core, brokerage.",
        discussion: """
            One row per person: id, name, unit, then the measures (all of them unless
            --measures names some):
            \(PersonMeasure.allCases.map { "  \($0.rawValue.padding(toLength: 15, withPad: " ", startingAt: 0)) \($0.meaning)" }.joined(separator: "\n"))

            betweenness is the raw Brandes count (not normalized). Path measures
            (betweenness, harmonic, closeness) count steps unless --cost inverse-strength
            (a tie of weight w has length 1/w); reach always counts steps. Eigenvector,
            constraint and core read ties both ways; brokerage roles need units.
            On large networks, --sample K estimates betweenness and harmonic closeness
            from K sources (closeness and reach stay exact).
            On a terminal, each long step shows its progress on stderr.

            Examples:
              trustnet metrics --relation advice
              trustnet metrics --relation advice --measures in_degree,pagerank,reach_2
              trustnet metrics --term 2025-fall --relation advice --relation trust \\
                               --format csv > metrics.csv
              trustnet metrics --measures betweenness --sample 256 --seed 7
              trustnet metrics --measures pagerank,harmonic --sample 256
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var network: NetworkOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .customLong("min-weight"), help: ArgumentHelp("Only ties at least this strong (weights are 1–5 in surveys).", valueName: "W"))
    var minWeight: Double?

    @Option(name: .long, help: ArgumentHelp("Only these measures, comma-separated, in this order (default: all).", valueName: "LIST"))
    var measures: String?

    @Option(name: .long, help: "How path measures read tie weights: hops (every tie is one step) or inverse-strength (distance = 1/weight).")
    var cost: EdgeCost = .hops

    @Option(name: .long, help: ArgumentHelp("Estimate betweenness and harmonic closeness from K randomly sampled sources (for large networks).", valueName: "K"))
    var sample: Int?

    @Option(name: .long, help: "Seed for --sample (same seed, same result).")
    var seed: UInt64 = 1

    func validate() throws {
        if let w = minWeight, !(w.isFinite && w > 0) { throw ValidationError("--min-weight needs a positive number") }
        if let sample, sample < 1 { throw ValidationError("--sample needs at least 1 source") }
        if let measures, case .failure(let error) = PersonMeasure.list(measures) { throw ValidationError(error.description) }
    }

    func run() throws {
        var (net, relations) = try network.load(from: workspace.open())
        if let minWeight { net = net.keepingTies(atLeast: minWeight) }
        let chosen = try measures.map { try PersonMeasure.list($0).get() } ?? PersonMeasure.defaults(for: net)
        Console.line("\(net.term.name): \(net.people.count) people, \(Wording.measured(relations, in: net))\(Wording.minimumStrength(minWeight).map { "; " + $0 } ?? "")")
        if let sample, chosen.contains(.betweenness), sample < net.people.count {
            let bound = Graph.sampledBetweennessErrorBound(sampleSize: sample, nodeCount: net.people.count)
            Console.line("betweenness estimated from \(sample) sources (seed \(seed)): within ±\(Int(bound.rounded(.up))) of the exact count for each person with 95% confidence")
        }
        if let sample, chosen.contains(.harmonic), sample < net.people.count {
            let bound = Graph.sampledHarmonicErrorBound(sampleSize: sample, nodeCount: net.people.count)
            let scale = cost == .hops ? "" : " (times the strongest tie's weight, with --cost inverse-strength)"
            Console.line("harmonic closeness estimated from \(sample) sources (seed \(seed)): within ±\(Int(bound.rounded(.up)))\(scale) of the exact value for each person with 95% confidence")
        }
        let graph = net.graph(relations: relations)
        let options = MeasureOptions(for: net, cost: cost, betweennessSample: sample, harmonicSample: sample, seed: seed)
        let scores = try PersonMeasure.compute(chosen, on: graph, options: options, progress: Console.progress)
        Console.output(ResultTable.personMeasures(net, chosen, scores).rendered(as: output.format))
    }
}
