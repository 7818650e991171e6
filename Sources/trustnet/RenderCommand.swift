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
extension NameChoice: ExpressibleByArgument {}

/// `render --layout`: a Graphviz engine for the layout of all terms together, or `fresh` for a
/// layout of the term alone.
enum LayoutChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, neato, sfdp, fdp, dot, circo, fresh

    /// The engine that lays the people out (`fresh`: auto, on the term alone).
    var engine: LayoutEngine { LayoutEngine(rawValue: self == .fresh ? "auto" : rawValue)! }
}
extension PersonMeasure: ExpressibleByArgument {}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a term's network through Graphviz: SVG, PNG, PDF or DOT.",
        discussion: """
            Colour by unit (colour-blind-safe), size by a measure, pen width by tie
            weight, relations as line styles, a legend. TrustNet places each name
            against its own circle, never over another circle or name: first the 15
            most sought-out (informal authority), the coalition and the 15 largest,
            then everyone else who fits (--labels all), or only those (--labels key),
            or nobody (--labels none); --label-top K changes the 15. The legend says
            who is named.

            Examples:
              trustnet render --relation advice -o Output/advice.svg
              trustnet render --relation advice --size-by betweenness \\
                              --min-weight 2 -o Output/advice.png
              trustnet render --by-unit -o Output/units.pdf
              trustnet render --format dot > network.dot
              trustnet render --relation advice --term 2026-fall -o fall.svg
              trustnet render --relation advice --compare 2025-fall 2026-fall -o change.svg
              trustnet render --relation advice --anonymize -o shared.png

            With several terms in the workspace, every term is laid out together
            once, so each person keeps the same place in every term's diagram;
            --layout fresh lays out the term alone. --compare T1 T2 draws both terms
            on that layout: kept ties plain, new ties vermilion, lost ties faint and
            dashed, newcomers outlined green, leavers pale; --changes-only leaves
            out the kept ties.
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var network: NetworkOptions

    @Option(name: .long, help: "auto (neato up to 400 people, sfdp beyond), neato, sfdp, fdp (slow), dot, circo, or fresh (the term alone, not all terms together).")
    var layout: LayoutChoice = .auto

    @Option(name: .long, help: "svg, png, pdf or dot (default: from the -o file's extension, else svg).")
    var format: OutputFormat?

    @Option(name: .customLong("color-by"), help: ArgumentHelp("The roster column that sets node colours (default: the unit).", valueName: "COLUMN"))
    var colorBy: String?

    @Option(name: .customLong("size-by"), help: ArgumentHelp("The measure or numeric roster column that sets node size (default: pagerank).", valueName: "MEASURE|COLUMN"))
    var sizeBy: DiagramSize = .measure(.pagerank)

    @Option(name: .customLong("min-weight"), help: ArgumentHelp("Draw only ties at least this strong.", valueName: "W"))
    var minWeight: Double = 0

    @Flag(name: .customLong("by-unit"), help: "Draw units as nodes, with the number of ties between them.")
    var byUnit = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the diagram (default: stdout).", valueName: "FILE"))
    var output: String?

    @Flag(name: .long, help: ArgumentHelp("Keep each person in the same place in every term (the default).", visibility: .hidden))
    var stable = false

    @Option(name: .long, help: "Who is named: all (key people first, then all who fit), key (the most sought-out, the coalition, the largest) or none.")
    var labels: NameChoice = .all

    @Option(name: .customLong("label-top"), help: ArgumentHelp("How many of the most sought-out and of the largest are always named.", valueName: "K"))
    var labelTop = 15

    @Option(name: .long, help: ArgumentHelp("Draw only the people whose roster COLUMN reads VALUE (one school of a district): --within school=Lincoln.", valueName: "COLUMN=VALUE"))
    var within: String?

    @Flag(name: .long, help: "Above 400 people, draw everyone in one picture (with the key people named) instead of the units and one diagram per unit.")
    var whole = false

    @Flag(name: .customLong("changes-only"), help: "With --compare: draw only new and lost ties.")
    var changesOnly = false

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
        if stable && layout == .fresh { throw ValidationError("--stable and --layout fresh contradict each other: choose one") }
        if changesOnly && compare.isEmpty { throw ValidationError("--changes-only goes with --compare T1 T2") }
        if labelTop < 0 { throw ValidationError("--label-top must be 0 or more") }
        if let within, withinParts(within) == nil { throw ValidationError("--within takes COLUMN=VALUE, for example --within school=Lincoln") }
    }

    /// `COLUMN=VALUE` split at the first `=`, both sides non-empty.
    private func withinParts(_ text: String) -> (column: String, value: String)? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let column = text[..<equals].trimmingCharacters(in: .whitespaces), value = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        return column.isEmpty || value.isEmpty ? nil : (column, value)
    }

    /// The people of `--within`, or the network as it is; when nobody matches, an error (or,
    /// for the other terms of a shared layout, nobody).
    private func restricted(_ network: Network, strict: Bool = true) throws -> Network {
        guard let within, let (column, given) = withinParts(within) else { return network }
        // A value that begins only one of the column's values stands for it ("Lincoln" for
        // "Lincoln High School").
        let starting = network.values(of: column).filter { $0.lowercased().hasPrefix(given.lowercased()) }
        let value = network.values(of: column).contains { $0.lowercased() == given.lowercased() } || starting.count != 1 ? given : starting[0]
        let part = network.within(column: column, value: value)
        if part.people.isEmpty && strict {
            let values = network.values(of: column)
            throw UsageError(values.isEmpty
                ? "no roster column \"\(column)\" in \(network.term.name) to choose people by"
                : "nobody in \(network.term.name) has \(column) \"\(value)\" (values: \(values.joined(separator: ", ")))")
        }
        return part
    }

    func run() throws {
        let store = try workspace.open()
        let chosenFormat = format ?? output.flatMap { OutputFormat(rawValue: ($0 as NSString).pathExtension.lowercased()) } ?? .svg
        if compare.count == 2 {
            try runComparison(store, format: chosenFormat)
            return
        }
        var (net, relations) = try network.load(from: store)
        net = try restricted(try privacy.apply(to: net, from: store))
        if !byUnit && !whole && within == nil && net.people.count > Self.unitsFirstAbove && net.units.count > 1 {
            try runUnitsFirst(store, net, relations: relations, format: chosenFormat)
            return
        }
        var request = DiagramRequest(
            relations: relations, colorBy: colorBy, sizeBy: sizeBy, minWeight: minWeight, byUnit: byUnit, layout: layout.engine,
            labels: labels, labelTop: labelTop)
        var scope: String?
        if let within, let (column, _) = withinParts(within), let value = net.values(of: column).first {
            scope = "\(column) \(value)"
        }
        // Several terms: one layout of them all, so a person is in the same place in each.
        let termNames = try store.terms().map(\.term.name)
        if !byUnit && layout != .fresh && termNames.count > 1 {
            let terms = try termNames.map { term in
                let whole = try privacy.apply(to: store.network(term: term, unitColumn: network.unit), from: store)
                return try within == nil ? whole : restricted(whole, strict: false)
            }
            request.pinned = try StableLayout.positions(of: terms, relations: relations, engine: layout.engine)
        }
        let bytes = try request.drawn(net, scope: scope, format: chosenFormat)
        if let output {
            try OutputFile.write(bytes, to: output)
            Console.line("wrote \(output) (\(net.term.name), \(Wording.measured(relations, in: net)))")
        } else {
            Console.output(bytes)
        }
    }

    /// Above this many people a term is drawn units first, then one unit at a time.
    static let unitsFirstAbove = 400

    /// A large network: the units as nodes in `-o FILE` (or on stdout), and with `-o` one
    /// diagram per unit beside it (FILE's name, a dash and the unit's), each on the layout of
    /// that unit in every term.
    private func runUnitsFirst(_ store: Workspace, _ net: Network, relations: Set<Relation>?, format: OutputFormat) throws {
        let units = DiagramRequest(relations: relations, colorBy: colorBy, minWeight: minWeight, byUnit: true, layout: layout.engine)
        let bytes = try units.drawn(net, format: format)
        guard let output else {
            FileHandle.standardOutput.write(Data(bytes))
            Console.line("\(net.people.count) people: drew the \(net.units.count) \(net.unitName)s as nodes; give -o FILE for one diagram per \(net.unitName) too, or --whole for everyone in one picture")
            return
        }
        try OutputFile.write(bytes, to: output)
        let base = (output as NSString).deletingPathExtension, ext = (output as NSString).pathExtension
        let terms = layout == .fresh ? [] : try store.terms().map { try privacy.apply(to: store.network(term: $0.term.name, unitColumn: network.unit), from: store) }
        var written: [String] = [], used = Set<String>()
        for unit in net.units {
            let part = net.within(column: net.unitName, value: unit)
            var request = DiagramRequest(
                relations: relations, colorBy: colorBy, sizeBy: sizeBy, minWeight: minWeight, layout: layout.engine, labels: labels, labelTop: labelTop)
            if terms.count > 1 {
                request.pinned = try StableLayout.positions(of: terms.map { $0.within(column: net.unitName, value: unit) }, relations: relations, engine: layout.engine)
            }
            var slug = String(unit.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }).split(separator: "-").joined(separator: "-")
            if slug.isEmpty { slug = "unit" }
            while !used.insert(slug).inserted { slug += "-2" }
            let path = "\(base)-\(slug).\(ext.isEmpty ? format.rawValue : ext)"
            try OutputFile.write(try request.drawn(part, scope: "\(net.unitName) \(unit)", format: format), to: path)
            written.append(path)
        }
        Console.line("\(net.people.count) people: wrote the \(net.units.count) \(net.unitName)s as nodes to \(output) and one diagram per \(net.unitName) beside it (\(written.count) files, e.g. \(written[0])); --whole draws everyone in one picture")
    }

    /// `--compare T1 T2`: both terms on one stable layout, changes styled.
    private func runComparison(_ store: Workspace, format: OutputFormat) throws {
        let before = try restricted(try privacy.apply(to: store.network(term: compare[0], unitColumn: network.unit), from: store))
        let after = try restricted(try privacy.apply(to: store.network(term: compare[1], unitColumn: network.unit), from: store))
        let relations = try RelationSelection(network.relation).resolve(in: [before, after])
        var diagram = ComparisonDiagram(before: before, after: after, relations: relations)
        diagram.minWeight = minWeight
        diagram.changesOnly = changesOnly
        diagram.labels = labels
        diagram.labelTop = labelTop
        // The same positions as every term's own diagram: all the workspace's terms together.
        let terms = layout == .fresh
            ? [before, after]
            : try store.terms().map { term in
                let whole = try privacy.apply(to: store.network(term: term.term.name, unitColumn: network.unit), from: store)
                return try within == nil ? whole : restricted(whole, strict: false)
            }
        let positions = try StableLayout.positions(of: terms, relations: relations, engine: layout.engine)
        let bytes = try diagram.render(positions: positions, format: format)
        let c = diagram.counts
        let threshold = minWeight > 0 ? " (ties of weight \(minWeight == minWeight.rounded() ? String(Int(minWeight)) : String(minWeight)) or more)" : ""
        Console.line("\(before.term.name) → \(after.term.name): \(c[.kept]!) ties kept, \(c[.new]!) new, \(c[.lost]!) lost, \(c[.departed]!) went with people who left\(threshold)")
        if let output {
            try OutputFile.write(bytes, to: output)
            Console.line("wrote \(output)")
        } else {
            Console.output(bytes)
        }
    }
}

extension DiagramSize: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
    public static var defaultValueDescription: String { "pagerank" }
}

extension DiagramRequest {
    /// The diagram of `network` with its heading (`scope`: the part drawn, "school Lincoln"),
    /// as `render` and `demo` write it; options the network cannot meet are a usage error.
    func drawn(_ network: Network, scope: String? = nil, format: OutputFormat) throws -> [UInt8] {
        var titled = self
        titled.title = Wording.diagramTitle(network, relations: relations, byUnit: byUnit, scope: scope)
        do {
            return try titled.render(network, format: format)
        } catch let error as DiagramRequestError {
            throw UsageError(error.description)
        }
    }
}
