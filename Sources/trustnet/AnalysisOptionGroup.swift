import ArgumentParser
import TrustNet
import TrustNetAnalysis
import TrustNetStore

/// `--min-weight W` and `--formal-title WORD`: what every question of a term shares
/// (``AnalysisOptions``), on every command that asks one.
struct AnalysisOptionGroup: ParsableArguments {
    @Option(name: .customLong("min-weight"), help: ArgumentHelp("Only ties at least this strong (weights are 1–5 in surveys).", valueName: "W"))
    var minWeight: Double?

    @Option(
        name: .customLong("formal-title"), parsing: .singleValue,
        help: ArgumentHelp(
            "A title word that marks formal leaders, besides principal, head, coach, lead… (repeatable; a roster column 'formal' with yes/no decides first).",
            valueName: "WORD"))
    var formalTitles: [String] = []

    @Flag(name: .long, help: "Compare every pair of units, not only units within the same school (when the roster has a school column).")
    var across = false

    func validate() throws {
        if let w = minWeight, !(w.isFinite && w > 0) { throw ValidationError("--min-weight needs a positive number") }
    }

    var options: AnalysisOptions { AnalysisOptions(minWeight: minWeight, formalTitles: formalTitles, across: across) }

    /// The header line that says which ties were kept, or nil.
    var header: String? { Wording.minimumStrength(minWeight).map { "ties: " + $0 } }
}

/// `--formal-title WORD` alone, for the commands that show who is a formal leader without
/// asking a leader's question (`people`, `export`).
struct FormalTitleOptions: ParsableArguments {
    @Option(
        name: .customLong("formal-title"), parsing: .singleValue,
        help: ArgumentHelp("A title word that marks formal leaders, besides the built-in ones (repeatable).", valueName: "WORD"))
    var formalTitles: [String] = []

    func apply(to network: Network) -> Network { network.markingFormalLeaders(titleWords: formalTitles) }
}

extension Workspace {
    /// One term as the analysis layer reads it: the network (units from `unitColumn`), who
    /// answered, and the coalition in force.
    func analysisTerm(_ term: String?, unitColumn: String? = nil) throws -> AnalysisTerm {
        let network = try network(term: term, unitColumn: unitColumn)
        let name = network.term.name
        let recorded = try latestCoalition(upTo: name).map { RecordedCoalition(term: $0.term, personIDs: $0.personIDs) }
        let respondents = try respondentIDs(term: name)
        return AnalysisTerm(network: network, respondents: respondents.isEmpty ? nil : respondents, recordedCoalition: recorded)
    }

    /// Every term (oldest first) as the analysis layer reads them.
    func analysisTerms(unitColumn: String? = nil) throws -> [AnalysisTerm] {
        try terms().map { try analysisTerm($0.term.name, unitColumn: unitColumn) }
    }
}

extension AnalysisError {
    /// The error as the command line reports it: exit code 2, it is the user's to fix.
    var usage: UsageError { UsageError(description) }
}

extension CoalitionSource: ExpressibleByArgument {}
