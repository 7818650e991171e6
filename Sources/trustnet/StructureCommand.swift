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
            result. In a district whose roster has a school column, departments are compared
            within their own school in E-I and coupling (ties between schools are left out
            of them); --across compares every pair.

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

    @OptionGroup var analysis: AnalysisOptionGroup

    @Option(name: .long, help: "For --format csv: which section to print (summary, units, coupling, communities).")
    var section: Section = .summary

    @Option(name: .long, help: "Random unit assignments for the E-I permutation test.")
    var permutations = 1_000

    @Option(name: .long, help: "Seed for the permutation test and Leiden.")
    var seed: UInt64 = 1

    func validate() throws {
        if permutations < 0 { throw ValidationError("--permutations cannot be negative") }
    }

    func run() throws {
        let (loaded, relations) = try network.load(from: workspace.open())
        let term = TermAnalysis(AnalysisTerm(network: loaded), options: analysis.options)
        let net = term.network
        Console.line("\(net.term.name): \(net.people.count) people, \(Wording.measured(relations, in: net))\(Wording.minimumStrength(analysis.minWeight).map { "; " + $0 } ?? "")")
        let structure = term.structure(relations: relations, permutations: permutations, seed: seed)
        if structure.ei == nil { Console.line("note: no unit column on the roster; E-I, coupling and unit sections are left out") }
        if structure.ei != nil, let within = Wording.comparedWithin(term.level?.column, unitName: net.unitName) { Console.line("note: " + within) }
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
