import ArgumentParser
import TrustNet
import TrustNetAnalysis
import TrustNetIO
import TrustNetReport
import TrustNetStore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML report a leader can open, read and share.",
        discussion: """
            One file with its styles, script, diagrams and charts inside: it opens in
            any browser without a network and prints readably. Sections: a summary
            with the five numbers that matter, the network per relation and term
            (click a person to see their ties and measures; filter by relation and
            unit), the Sarahs and hidden leaders, the coalition (recorded and
            suggested) and its reach, sharing between units, the pre-mortem, on-ramps,
            spread curves, growth over terms and data quality.

            Every section answers with the defaults of its command: the Sarahs are
            trustnet sarahs, the suggested coalition is trustnet coalition suggest, the
            pre-mortem is trustnet premortem (given the same --min-weight and
            --formal-title).

            --format json writes the same content as data instead of the page: sections
            summary, sarahs, coalition (recorded, suggested), premortem, onramps, spread,
            growth and data_quality, every person with their id (to stdout unless -o).

            Above 400 people (a district) the network is drawn units first: the
            units as nodes, and each unit's own diagram, with its most sought-out
            people named, opened from there; --whole draws everyone in one picture.
            Tables of people are cut to their first 100 rows, in the page and in its
            JSON alike. Above 10,000 people betweenness is estimated from 1,024
            colleagues drawn with --seed, and the report says so.

            --anonymize replaces every name by the workspace's stable pseudonyms (the same
            as trustnet export --anonymize) and merges units smaller than --min-unit-size.

            Examples:
              trustnet report
              trustnet report --format json -o Output/report.json
              trustnet report --term 2026-spring -o Output/spring.html
              trustnet report --anonymize -o Output/shared-report.html
            """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument { case html, json }

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var termOptions: TermOptions
    @OptionGroup var analysis: AnalysisOptionGroup
    @Option(name: .long, help: "html (the page) or json (its content as data).")
    var format: Format = .html
    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the report (default: Output/report.html; json: stdout).", valueName: "FILE"))
    var output: String?
    @OptionGroup var privacy: AnonymizeOptions
    @Option(name: .long, help: "Random seed of the simulations and of sampled betweenness (same seed, same report).")
    var seed: UInt64 = BriefingOptions().seed
    @Flag(name: .long, help: "Above 400 people, draw everyone in one diagram instead of the units first and each unit on demand.")
    var whole = false

    func run() throws {
        let store = try workspace.open()
        var options = BriefingOptions(analysis: analysis.options)
        options.seed = seed
        var input = try Self.input(store, term: termOptions.term, unit: termOptions.unit, privacy: privacy, options: options)
        input.whole = whole
        let name = input.terms[input.reportTerm].network.term.name
        switch format {
        case .html:
            let path = output ?? "Output/report.html"
            try OutputFile.write(try Report(input: input).html(), to: path)
            Console.line("wrote \(path) (\(name)\(privacy.anonymize ? ", anonymized" : ""))")
        case .json:
            let json = try ReportJSON(input: input).json()
            if let output {
                try OutputFile.write(json, to: output)
                Console.line("wrote \(output) (\(name)\(privacy.anonymize ? ", anonymized" : ""))")
            } else {
                Console.output(json)
            }
        }
    }

    /// Every term of the workspace up to the report's, as the analysis layer reads them; with
    /// `--anonymize`, every network, coalition and respondent in pseudonyms.
    static func input(_ store: Workspace, term: String?, unit: String?, privacy: AnonymizeOptions?, options: BriefingOptions) throws -> ReportInput {
        let chosen = try store.resolveTerm(term)
        let summaries = try store.terms()
        guard let last = summaries.firstIndex(where: { $0.term.name == chosen }) else { throw UsageError("no term \(chosen)") }
        let terms = try summaries.prefix(through: last).map { summary in
            let term = try store.analysisTerm(summary.term.name, unitColumn: unit)
            return try privacy.map { try $0.apply(to: term, from: store) } ?? term
        }
        return ReportInput(terms: terms, anonymized: privacy?.anonymize ?? false, options: options)
    }
}
