import ArgumentParser
import TrustNet
import TrustNetAnalysis
import TrustNetIO

struct StructureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "structure",
        abstract: "Network-level measures: density, reciprocity, centralization, E-I by unit, coupling, core–periphery, communities.",
        discussion: """
            Sections:
              summary      one row per measure, with what it means
              units        per unit: people, ties within / out / in, density within, E-I
              coupling     tie density from each unit (row) to each unit (column)
              communities  groups found by Leiden, and the unit most members come from
            The table format prints all sections; csv prints one (--section, default
            summary); json prints all as one object.

            The E-I permutation test and Leiden are seeded: the same --seed gives the same
            result.

            Examples:
              trustnet structure --relation advice
              trustnet structure --relation sharing --unit department
              trustnet structure --relation sharing --format csv --section coupling > coupling.csv
            """
    )

    enum Section: String, CaseIterable, ExpressibleByArgument {
        case summary, units, coupling, communities
    }

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var network: NetworkOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .customLong("min-weight"), help: ArgumentHelp("Only ties at least this strong (weights are 1–5 in surveys).", valueName: "W"))
    var minWeight: Double?

    @Option(name: .long, help: "For --format csv: which section to print (summary, units, coupling, communities).")
    var section: Section = .summary

    @Option(name: .long, help: "Random unit assignments for the E-I permutation test.")
    var permutations = 1_000

    @Option(name: .long, help: "Seed for the permutation test and Leiden.")
    var seed: UInt64 = 1

    func validate() throws {
        if let w = minWeight, !(w.isFinite && w > 0) { throw ValidationError("--min-weight needs a positive number") }
        if permutations < 0 { throw ValidationError("--permutations cannot be negative") }
    }

    func run() throws {
        var (net, relations) = try network.load(from: workspace.open())
        if let minWeight { net = net.keepingTies(atLeast: minWeight) }
        Console.line("\(net.term.name): \(net.people.count) people, \(Wording.measured(relations, in: net))\(Wording.minimumStrength(minWeight).map { "; " + $0 } ?? "")")
        let structure = NetworkStructure(network: net, relations: relations, permutations: permutations, seed: seed)
        if structure.ei == nil { Console.line("note: no unit column on the roster; E-I, coupling and unit sections are left out") }
        let tables: [(Section, ResultTable)] = [
            (.summary, .structureSummary(structure)), (.units, .structureUnits(structure)),
            (.coupling, .unitCoupling(structure)), (.communities, .communities(structure, net)),
        ]
        switch output.format {
        case .csv:
            Console.output(tables.first { $0.0 == section }!.1.csv())
        case .json:
            let parts = tables.map { "\"\($0.0.rawValue)\": " + $0.1.json().trimmingTrailingNewline() }
            Console.output("{\n" + parts.joined(separator: ",\n") + "\n}\n")
        case .table:
            for (name, table) in tables where !table.rows.isEmpty {
                Console.output("\n== \(name.rawValue) ==\n" + table.textTable())
            }
        }
    }
}

extension String {
    fileprivate func trimmingTrailingNewline() -> String { hasSuffix("\n") ? String(dropLast()) : self }
}
