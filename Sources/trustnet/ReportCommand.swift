import ArgumentParser
import TrustNet
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

            --anonymize replaces every name by the workspace's stable pseudonyms (the same
            as trustnet export --anonymize) and merges units smaller than --min-unit-size.

            Examples:
              trustnet report
              trustnet report --term 2026-spring -o Output/spring.html
              trustnet report --anonymize -o Output/shared-report.html
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var termOptions: TermOptions
    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the report.", valueName: "FILE"))
    var output = "Output/report.html"
    @OptionGroup var privacy: AnonymizeOptions
    @Option(name: .long, help: "Size of the suggested coalition when none is recorded.")
    var size = 5
    @Option(name: .long, help: "Random seed of the simulations (same seed, same report).")
    var seed: UInt64 = 1

    func validate() throws {
        if size < 1 { throw ValidationError("--size needs at least 1") }
    }

    func run() throws {
        let store = try workspace.open()
        let input = try Self.input(store, term: termOptions.term, unit: termOptions.unit, anonymize: privacy.anonymize, minUnitSize: privacy.minUnitSize, size: size, seed: seed,
            keyFile: privacy.keyFile, formalLeaders: privacy.formalLeaders)
        let html = try Report(input: input).html()
        try OutputFile.write(html, to: output)
        Console.line("wrote \(output) (\(input.terms[input.reportTerm].network.term.name)\(privacy.anonymize ? ", anonymized" : ""))")
    }

    /// Every term of the workspace up to the report's, with respondents and coalitions; with
    /// `anonymize`, every network and coalition in pseudonyms.
    static func input(_ store: Workspace, term: String?, unit: String?, anonymize: Bool, minUnitSize: Int, size: Int, seed: UInt64,
        keyFile: String? = nil, formalLeaders: FormalLeaderDisclosure = .whereNotIdentifying
    ) throws -> ReportInput {
        let chosen = try store.resolveTerm(term)
        let summaries = try store.terms()
        guard let last = summaries.firstIndex(where: { $0.term.name == chosen }) else { throw UsageError("no term \(chosen)") }
        var terms: [ReportInput.TermData] = []
        for summary in summaries.prefix(through: last) {
            var network = try store.network(term: summary.term.name, unitColumn: unit)
            var coalition = try store.latestCoalition(upTo: summary.term.name)
            if anonymize {
                let pseudonyms = try store.pseudonyms(for: network.people.map(\.id) + (coalition?.personIDs ?? []), keyFile: keyFile)
                network = network.anonymized(pseudonyms: pseudonyms, minimumUnitSize: minUnitSize, formalLeaders: formalLeaders)
                coalition = coalition.map { ($0.term, $0.personIDs.compactMap { pseudonyms[$0] }) }
            }
            terms.append(ReportInput.TermData(network: network, respondents: summary.respondents, coalition: coalition))
        }
        return ReportInput(terms: terms, anonymized: anonymize, seed: seed, coalitionSize: size)
    }
}
