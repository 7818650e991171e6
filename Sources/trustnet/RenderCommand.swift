import ArgumentParser
import Foundation
import TrustNet
import TrustNetAnalysis
import TrustNetGraphviz
import TrustNetIO
import TrustNetStore

extension LayoutEngine: ExpressibleByArgument {
    /// `nop` keeps given positions and is for pinned layouts, not for the command line.
    public init?(argument: String) {
        guard argument != LayoutEngine.nop.rawValue, let engine = LayoutEngine(rawValue: argument) else { return nil }
        self = engine
    }

    public static var allValueStrings: [String] { allCases.filter { $0 != .nop }.map(\.rawValue) }
}
extension OutputFormat: ExpressibleByArgument {}
extension PersonMeasure: ExpressibleByArgument {}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a term's network through Graphviz: SVG, PNG, PDF or DOT.",
        discussion: """
            Colour by unit (colour-blind-safe), size by a measure, pen width by tie
            weight, relations as line styles, a legend. Names are shown where they
            stay legible: everyone up to 60 people, else the 25 largest.

            Examples:
              trustnet render --relation advice -o Output/advice.svg
              trustnet render --relation advice --size-by betweenness \\
                              --min-weight 2 -o Output/advice.png
              trustnet render --by-unit -o Output/units.pdf
              trustnet render --format dot > network.dot
              trustnet render --relation advice --stable --term 2026-fall -o fall.svg
              trustnet render --relation advice --compare 2025-fall 2026-fall -o change.svg
              trustnet render --relation advice --anonymize -o shared.png

            --stable lays out every term of the workspace together once, so each
            person keeps the same place in every term's diagram. --compare T1 T2
            draws both terms on that layout: kept ties plain, new ties vermilion,
            lost ties faint and dashed, newcomers outlined green, leavers pale.
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var network: NetworkOptions

    @Option(name: .long, help: "auto (neato up to 400 people, sfdp beyond), neato, sfdp, fdp (slow), dot or circo.")
    var layout: LayoutEngine = .auto

    @Option(name: .long, help: "svg, png, pdf or dot (default: from the -o file's extension, else svg).")
    var format: OutputFormat?

    @Option(name: .customLong("color-by"), help: ArgumentHelp("The roster column that sets node colours (default: the unit).", valueName: "COLUMN"))
    var colorBy: String?

    @Option(name: .customLong("size-by"), help: ArgumentHelp("The measure that sets node size (default: pagerank).", valueName: "MEASURE"))
    var sizeBy: PersonMeasure = .pagerank

    @Option(name: .customLong("min-weight"), help: ArgumentHelp("Draw only ties at least this strong.", valueName: "W"))
    var minWeight: Double = 0

    @Flag(name: .customLong("by-unit"), help: "Draw units as nodes, with the number of ties between them.")
    var byUnit = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the diagram (default: stdout).", valueName: "FILE"))
    var output: String?

    @Flag(name: .long, help: "Keep each person in the same place in every term (one layout of all terms).")
    var stable = false

    @OptionGroup var privacy: AnonymizeOptions

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Draw what changed between two terms: --compare T1 T2.", valueName: "TERM"))
    var compare: [String] = []

    func validate() throws {
        if minWeight < 0 || !minWeight.isFinite { throw ValidationError("--min-weight must be a number ≥ 0") }
        if format == nil, let output, OutputFormat(rawValue: (output as NSString).pathExtension.lowercased()) == nil {
            throw ValidationError("cannot tell the format from \(output): give --format svg|png|pdf|dot")
        }
        if !compare.isEmpty && compare.count != 2 { throw ValidationError("--compare takes two terms: --compare T1 T2") }
        if !compare.isEmpty && network.term != nil { throw ValidationError("--compare names its terms; leave out --term") }
        if (stable || !compare.isEmpty) && byUnit { throw ValidationError("--stable and --compare draw people, not units: leave out --by-unit") }
    }

    func run() throws {
        let store = try workspace.open()
        let chosenFormat = format ?? output.flatMap { OutputFormat(rawValue: ($0 as NSString).pathExtension.lowercased()) } ?? .svg
        if compare.count == 2 {
            try runComparison(store, format: chosenFormat)
            return
        }
        var (net, relations) = try network.load(from: store)
        net = try privacy.apply(to: net, from: store)
        var request = DiagramRequest(
            relations: relations, colorBy: colorBy, sizeBy: sizeBy, minWeight: minWeight, byUnit: byUnit, layout: layout)
        if stable {
            let terms = try store.terms().map { try privacy.apply(to: store.network(term: $0.term.name, unitColumn: network.unit), from: store) }
            request.pinned = try StableLayout.positions(of: terms, relations: relations, engine: layout)
        }
        let bytes = try request.render(net, format: chosenFormat)
        if let output {
            try OutputFile.write(bytes, to: output)
            Console.line("wrote \(output) (\(net.term.name), \(Wording.measured(relations, in: net)))")
        } else {
            Console.output(bytes)
        }
    }

    /// `--compare T1 T2`: both terms on one stable layout, changes styled.
    private func runComparison(_ store: Workspace, format: OutputFormat) throws {
        let before = try privacy.apply(to: store.network(term: compare[0], unitColumn: network.unit), from: store)
        let after = try privacy.apply(to: store.network(term: compare[1], unitColumn: network.unit), from: store)
        let relations = try RelationSelection(network.relation).resolve(in: [before, after])
        let diagram = ComparisonDiagram(before: before, after: after, relations: relations)
        let positions = try StableLayout.positions(of: [before, after], relations: relations, engine: layout)
        let bytes = try GraphvizRenderer.render(dot: diagram.dot(positions: positions), engine: .nop, format: format)
        let c = diagram.counts
        Console.line("\(before.term.name) → \(after.term.name): \(c[.kept]!) ties kept, \(c[.new]!) new, \(c[.lost]!) lost, \(c[.departed]!) went with people who left")
        if let output {
            try OutputFile.write(bytes, to: output)
            Console.line("wrote \(output)")
        } else {
            Console.output(bytes)
        }
    }
}

/// What `render` and `demo` draw: the options of one diagram, turned into bytes.
struct DiagramRequest {
    var relations: Set<Relation>?
    var colorBy: String?
    var sizeBy: PersonMeasure = .pagerank
    var minWeight: Double = 0
    var byUnit = false
    var layout: LayoutEngine = .auto
    /// Positions by person id from a ``StableLayout``; drawn as given when not empty.
    var pinned: [String: (x: Double, y: Double)] = [:]

    func render(_ network: Network, format: OutputFormat) throws -> [UInt8] {
        if let colorBy, !network.people.contains(where: { $0.attributes[colorBy] != nil }) {
            let columns = Set(network.people.flatMap(\.attributes.keys)).sorted()
            throw UsageError("no roster column \"\(colorBy)\" to colour by (columns: \(columns.joined(separator: ", ")))")
        }
        var options = DiagramOptions()
        options.relations = relations
        options.colorBy = colorBy
        options.minWeight = minWeight
        options.byUnit = byUnit
        options.title = "\(network.term.name): " + (byUnit
            ? (relations.map { $0.sorted() } ?? network.relations).map(\.name).joined(separator: " + ") + " ties between units"
            : Wording.measured(relations, in: network))
        if !byUnit {
            let graph = network.graph(relations: relations)
            options.sizeBy = (sizeBy.rawValue, try sizeBy.scores(on: graph, options: MeasureOptions(for: network)).values)
        }
        options.pinned = pinned
        let diagram = Diagram(network: network, options: options)
        let engine = pinned.isEmpty ? layout.resolved(nodeCount: byUnit ? network.units.count : network.people.count) : .nop
        return try GraphvizRenderer.render(dot: diagram.dot(), engine: engine, format: format)
    }
}
