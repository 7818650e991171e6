import ArgumentParser
import Foundation
import TrustNet
import TrustNetAnalysis
import TrustNetGraphviz
import TrustNetIO
import TrustNetReport
import TrustNetStore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the bundled sample district: import three terms, write metrics and diagrams.",
        discussion: """
            Imports Datasets/sample-district (a synthetic district of two schools,
            surveyed in three terms) into a fresh Output/demo/trustnet.sqlite, then
            records the coalition the sample's principal enlisted, and writes for each
            term its metrics, network structure, Sarahs and a suggested coalition (CSV),
            the advice network (SVG, PNG, PDF) and the unit diagram (SVG) under
            Output/demo/TERM/, and across terms the growth table, its charts and the
            advice network's change from the first term to the last under
            Output/demo/growth/; it ends with the report of the latest term,
            Output/demo/report.html.

            Examples (from the repository folder):
              trustnet demo
              trustnet metrics --workspace Output/demo/trustnet.sqlite --relation advice
            """
    )

    @Option(name: .long, help: ArgumentHelp("The sample's folder.", valueName: "FOLDER"))
    var data = "Datasets/sample-district"

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write everything.", valueName: "FOLDER"))
    var output = "Output/demo"

    @Flag(name: .long, help: "Replace FOLDER/trustnet.sqlite even when it holds terms that are not the sample's.")
    var force = false

    func run() throws {
        let termsFile = (data as NSString).appendingPathComponent("terms.csv")
        guard FileManager.default.fileExists(atPath: termsFile) else {
            throw UsageError("no sample at \(data): run trustnet demo from the repository folder, or give --data FOLDER")
        }
        let terms = try Term.readList(CSVReader(contentsOf: termsFile))
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let workspacePath = (output as NSString).appendingPathComponent("trustnet.sqlite")
        try replaceableWorkspace(at: workspacePath, terms: terms.map(\.name))
        try? FileManager.default.removeItem(atPath: workspacePath)

        for term in terms {
            var request = ImportRequest(
                files: ["roster", "ties"].map { (data as NSString).appendingPathComponent("\($0)-\(SafeFileName.make(term.name)).csv") },
                term: term.name)
            request.starts = term.starts
            request.ends = term.ends
            let summary = try Workspace.importFiles(request, into: workspacePath)
            Console.report(summary.diagnostics.filter { $0.severity != .note })
            let ties = summary.tiesByRelation.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            Console.line("imported \(term.name): \(summary.files.first?.people ?? 0) people; \(ties)")
        }

        let workspace = try Workspace.open(at: workspacePath)
        // The coalition the sample's principal enlisted, per term (Datasets/sample-district/coalition.csv).
        let coalitionFile = (data as NSString).appendingPathComponent("coalition.csv")
        if FileManager.default.fileExists(atPath: coalitionFile) {
            let rows = try CSVReader(contentsOf: coalitionFile).records().dropFirst().map(\.fields)
            for term in terms {
                let ids = rows.filter { $0.first == term.name && $0.count > 1 }.map { $0[1] }
                if !ids.isEmpty { try workspace.recordCoalition(term: term.name, personIDs: ids) }
            }
        }
        var written: [String] = []
        // One layout of every term, so each person keeps their place from term to term.
        let positions = try StableLayout.positions(of: terms.map { try workspace.network(term: $0.name) }, relations: [.advice])
        for term in terms {
            let network = try workspace.network(term: term.name)
            // A term's name is data: made a safe folder name ("../../x" stays inside -o).
            let folder = (output as NSString).appendingPathComponent(SafeFileName.make(term.name))
            let graph = network.graph()
            let measures = PersonMeasure.defaults(for: network)
            let scores = try PersonMeasure.compute(measures, on: graph, options: MeasureOptions(for: network))
            let metrics = (folder as NSString).appendingPathComponent("metrics.csv")
            try OutputFile.write(ResultTable.personMeasures(network, measures, scores).csv(), to: metrics)
            written.append(metrics)

            let advice = DiagramRequest(relations: [.advice], sizeBy: .measure(.inDegree), pinned: positions)
            for format in [OutputFormat.svg, .png, .pdf] {
                let file = (folder as NSString).appendingPathComponent("advice.\(format.rawValue)")
                try OutputFile.write(try advice.drawn(network, format: format), to: file)
                written.append(file)
            }
            let units = (folder as NSString).appendingPathComponent("units.svg")
            try OutputFile.write(try DiagramRequest(relations: [.advice, .sharing], byUnit: true).drawn(network, format: .svg), to: units)
            written.append(units)

            let structure = (folder as NSString).appendingPathComponent("structure.csv")
            try OutputFile.write(ResultTable.structureSummary(NetworkStructure(network: network, relations: [.sharing])).csv(), to: structure)
            written.append(structure)

            let analysis = TermAnalysis(try workspace.analysisTerm(term.name))
            let sarahs = (folder as NSString).appendingPathComponent("sarahs.csv")
            let sarahsAnswer = try analysis.sarahs()
            try OutputFile.write(ResultTable.sarahs(sarahsAnswer, in: network).csv(), to: sarahs)
            written.append(sarahs)

            let suggestion = try analysis.coalitionSuggestion()
            let coalition = (folder as NSString).appendingPathComponent("coalition-suggestion.csv")
            try OutputFile.write(ResultTable.coalition(suggestion.suggestion, in: network).csv(), to: coalition)
            written.append(coalition)

            let hidden = sarahsAnswer.hiddenLeaders.prefix(5).map { network.people[$0].name }
            Console.line(Console.singleLine("\(term.name): hidden leaders: \(hidden.isEmpty ? "none" : Wording.list(hidden, more: sarahsAnswer.hiddenLeaders.count - hidden.count))"))
            let mostNamed = suggestion.comparison.first { if case .mostNamed = $0.kind { true } else { false } }
            Console.line(
                "\(term.name): a suggested coalition of \(suggestion.size) has \(Wording.percent(suggestion.suggestion.withinTwo)) of the other staff within two steps "
                    + "(the \(suggestion.size) most sought for advice: \(Wording.percent(mostNamed?.withinTwo ?? 0)))")
            if try !workspace.coalition(term: term.name).isEmpty {
                let recorded = try analysis.recordedCoalitionReach()
                Console.line("\(term.name): the enlisted coalition (\(recorded.coalition.members.count)) has \(Wording.percent(recorded.comparison[0].withinTwo)) within two steps")
            }
        }
        written += try writeGrowth(workspace)
        Console.line("\nwrote \(written.count) files under \(output)/:")
        for file in written { Console.line("  \(file)") }
        Console.line("workspace: \(workspacePath)   (try: trustnet sarahs --workspace \(workspacePath))")
        let report = (output as NSString).appendingPathComponent("report.html")
        let input = try ReportCommand.input(workspace, term: nil, unit: nil, privacy: nil, options: BriefingOptions())
        try OutputFile.write(try Report(input: input).html(), to: report)
        Console.line("report: \(report)   (open it in a browser)")
    }

    /// Refuses to replace a workspace that is not an earlier demo's: another application's
    /// file, or one that holds terms the sample does not have (a leader's own data), unless
    /// `--force`.
    private func replaceableWorkspace(at path: String, terms: [String]) throws {
        guard !force, FileManager.default.fileExists(atPath: path) else { return }
        let others: [String]
        do {
            others = try Workspace.open(at: path).terms().map(\.term.name).filter { !terms.contains($0) }
        } catch {
            throw UsageError("\(path) is not a workspace the demo wrote (\(error)): choose another folder with -o, or add --force to replace it")
        }
        guard others.isEmpty else {
            let names = others.prefix(5).map { TextEscaping.singleLine($0) }.joined(separator: ", ") + (others.count > 5 ? ", …" : "")
            throw UsageError(
                "\(path) holds terms that are not the sample's (\(names)): choose another folder with -o, or add --force to replace it")
        }
    }

    /// Across the terms: the growth table and its charts (advice and sharing, where influence
    /// travels), and the advice network's change from the first term to the last in one layout.
    private func writeGrowth(_ workspace: Workspace) throws -> [String] {
        let terms = try workspace.analysisTerms()
        guard terms.count > 1 else { return [] }
        let answer = try GrowthQuestion.answer(terms: terms)
        let growth = answer.growth
        let relations = answer.relations ?? []
        let folder = (output as NSString).appendingPathComponent("growth")
        var written: [String] = []
        let table = (folder as NSString).appendingPathComponent("growth.csv")
        try OutputFile.write(ResultTable.growth(growth).csv(), to: table)
        written.append(table)
        for (name, svg) in GrowthCharts.charts(growth, relations: Wording.ties(relations)) {
            let path = (folder as NSString).appendingPathComponent(name)
            try OutputFile.write(svg, to: path)
            written.append(path)
        }
        let first = terms[0].network, last = terms[terms.count - 1].network
        let diagram = ComparisonDiagram(before: first, after: last, relations: [.advice])
        let positions = try StableLayout.positions(of: [first, last], relations: [.advice])
        let path = (folder as NSString).appendingPathComponent("advice-change.svg")
        try OutputFile.write(try diagram.render(positions: positions, format: .svg), to: path)
        written.append(path)
        if let row = growth.rows.last, let before = growth.rows.dropLast().last(where: { !$0.coalition.isEmpty }) {
            Console.line(
                "growth: the coalition's two-step reach went from \(Wording.percent(before.reach.reach2)) (\(before.term)) to \(Wording.percent(row.reach.reach2)) (\(row.term)); "
                    + "ties crossing units \(Wording.percent(growth.rows[0].crossUnitShare ?? 0)) → \(Wording.percent(row.crossUnitShare ?? 0))")
        }
        return written
    }
}
