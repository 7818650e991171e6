import ArgumentParser
import TrustNet
import TrustNetAnalysis
import TrustNetIO
import TrustNetStore

/// `--workspace FILE`, shared by every command that reads or writes the workspace.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The workspace file (default: trustnet.sqlite here, or $TRUSTNET_WORKSPACE).", valueName: "FILE"))
    var workspace: String?

    var path: String { workspace ?? Workspace.defaultPath }

    func open() throws -> Workspace { try Workspace.open(at: path) }
}

/// `--format table|csv|json` for commands that print results.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "table (aligned, for reading), csv or json (for other tools; on stdout).")
    var format: ResultTable.Format = .table
}

extension ResultTable.Format: ExpressibleByArgument {}
extension EdgeCost: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}

/// `--anonymize`, `--min-unit-size N`, `--keep-formal` and `--key-file FILE`: what a command
/// writes names people by pseudonym.
struct AnonymizeOptions: ParsableArguments {
    @Flag(name: .long, help: "Replace names and ids by stable pseudonyms, in pseudonym order; merge small units.")
    var anonymize = false

    @Option(name: .customLong("min-unit-size"), help: ArgumentHelp("With --anonymize: units smaller than this are merged.", valueName: "N"))
    var minUnitSize = 5

    @Flag(
        name: .customLong("keep-formal"),
        help: "With --anonymize: mark every formal leader, even where that singles one out (by default only where at least --min-unit-size people share the mark).")
    var keepFormal = false

    @Option(
        name: .customLong("key-file"),
        help: ArgumentHelp(
            "With --anonymize: keep the pseudonym key in FILE, not in the workspace (a new key is written there when FILE does not exist).",
            valueName: "FILE"))
    var keyFile: String?

    func validate() throws {
        if minUnitSize < 1 { throw ValidationError("--min-unit-size needs at least 1") }
        if !anonymize && (keepFormal || keyFile != nil) { throw ValidationError("--keep-formal and --key-file go with --anonymize") }
    }

    var formalLeaders: FormalLeaderDisclosure { keepFormal ? .kept : .whereNotIdentifying }

    /// The network itself, or with `--anonymize` its pseudonymous copy: the workspace's key
    /// (or `--key-file`'s), so a person has the same pseudonym in every term and output;
    /// people in pseudonym order; e-mails and roster columns dropped; units smaller than
    /// `--min-unit-size` merged; formal leaders marked only where that singles nobody out.
    func apply(to network: Network, from store: Workspace) throws -> Network {
        try applyTracking(network, from: store).network
    }

    /// ``apply(to:from:)`` and where each of `network`'s people went in it (`position[i]`),
    /// for results computed on the network before it was anonymized.
    func applyTracking(_ network: Network, from store: Workspace) throws -> (network: Network, position: [Int]) {
        guard anonymize else { return (network, Array(network.people.indices)) }
        let pseudonyms = try store.pseudonyms(for: network.people.map(\.id), keyFile: keyFile)
        var position = [Int](repeating: 0, count: network.people.count)
        for (k, i) in network.pseudonymOrder(pseudonyms).enumerated() { position[i] = k }
        return (network.anonymized(pseudonyms: pseudonyms, minimumUnitSize: minUnitSize, formalLeaders: formalLeaders), position)
    }

    /// The term itself, or with `--anonymize` its pseudonymous copy: the network as
    /// ``apply(to:from:)-network`` makes it, and the respondents and recorded coalition by
    /// the same pseudonyms (people who left the roster are dropped from the coalition).
    func apply(to term: AnalysisTerm, from store: Workspace) throws -> AnalysisTerm {
        guard anonymize else { return term }
        let pseudonyms = try store.pseudonyms(for: term.network.people.map(\.id), keyFile: keyFile)
        var shown = term
        shown.network = term.network.anonymized(pseudonyms: pseudonyms, minimumUnitSize: minUnitSize, formalLeaders: formalLeaders)
        shown.respondents = term.respondents.map { Set($0.compactMap { pseudonyms[$0] }) }
        shown.recordedCoalition = term.recordedCoalition.map {
            RecordedCoalition(term: $0.term, personIDs: $0.personIDs.compactMap { pseudonyms[$0] })
        }
        return shown
    }
}

/// `--term T` and `--unit COLUMN`: which term's network a command looks at.
struct TermOptions: ParsableArguments {
    /// The help of every `--unit` option: the columns recognized without one, as the roster
    /// reader knows them.
    static let unitHelp = ArgumentHelp(
        "The roster column to use as unit (default: the first of \(Roster.unitColumnNames.joined(separator: ", ")) on the roster).",
        valueName: "COLUMN")

    @Option(name: .long, help: ArgumentHelp("The term (default: the latest).", valueName: "TERM"))
    var term: String?

    @Option(name: .long, help: TermOptions.unitHelp)
    var unit: String?

    /// The term's network, with units read from `--unit` when given.
    func load(from workspace: Workspace) throws -> Network { try workspace.network(term: term, unitColumn: unit) }
}

/// `--term T` and `--relation R…`: which network of the workspace a command looks at.
struct NetworkOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The term (default: the latest).", valueName: "TERM"))
    var term: String?

    @Option(
        name: .long, parsing: .singleValue,
        help: ArgumentHelp("A relation to include; repeat for several (default: all, weights summed).", valueName: "RELATION"))
    var relation: [String] = []

    @Option(name: .long, help: TermOptions.unitHelp)
    var unit: String?

    /// Loads the term's network and the relations asked for (``RelationSelection``: `nil` for
    /// all), each checked to exist in it.
    func load(from workspace: Workspace) throws -> (network: Network, relations: Set<Relation>?) {
        let network = try workspace.network(term: term, unitColumn: unit)
        return (network, try RelationSelection(relation).resolve(in: network))
    }
}
