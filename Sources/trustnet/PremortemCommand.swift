import ArgumentParser
import TrustNet
import TrustNetIO

struct PremortemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "premortem",
        abstract: "Imagine the effort failed: who or what the coalition and the network hang on, most serious first.",
        discussion: """
            Each finding is one sentence, ranked by severity: the share of staff
            affected. It looks for:
              - a coalition member whose leaving would cut the coalition's reach
                (colleagues within two steps along advice and sharing ties);
              - colleagues already cut off from the main group;
              - cut points: people whose leaving would leave colleagues with no
                path to the rest of the staff, with the share of pairs of
                colleagues left with no path (Borgatti's KPP-Neg fragmentation);
              - the only person connecting two units (every advice or sharing
                tie between them goes to or from them);
              - units the coalition does not reach (or hardly) within two steps;
              - pairs of units with no sharing tie in either direction;
              - one broker on many of the shortest paths between colleagues;
              - most advice sought from formal leaders going to one of them.

            The coalition is the one recorded for the term or the latest earlier term
            (trustnet coalition record); when none was recorded, the coalition that
            trustnet coalition suggest --size K would suggest (K = 5 unless --size).
            --coalition recorded|suggested chooses explicitly. Which one is used is said on
            stderr.

            --anonymize names people by the workspace's stable pseudonyms (the same as
            trustnet export --anonymize and report --anonymize) and merges units smaller
            than --min-unit-size, so the findings can be shared with staff.

            CSV columns: rank,finding,severity,people,units.

            Examples:
              trustnet premortem
              trustnet premortem --term 2026-fall --format csv > premortem.csv
              trustnet premortem --coalition suggested --size 7
              trustnet premortem --anonymize --format csv > premortem-shared.csv
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var termOptions: TermOptions
    @Option(name: .long, help: "recorded or suggested (default: recorded when there is one, else suggested).")
    var coalition: CoalitionSource?
    @Option(name: .long, help: ArgumentHelp("K: the size of a suggested coalition.", valueName: "K"))
    var size = 5
    @OptionGroup var privacy: AnonymizeOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if size < 1 { throw ValidationError("--size needs at least 1") }
    }

    func run() throws {
        let store = try workspace.open()
        let network = try termOptions.load(from: store)
        var choice = try CoalitionChoice.choose(coalition, size: size, store: store, network: network)
        // Members are chosen by id on the roster, then examined (and named) in the shown network,
        // where each has moved to `position` (pseudonym order with --anonymize).
        let (shown, position) = try privacy.applyTracking(network, from: store)
        choice.members = choice.members.map { position[$0] }
        Console.line(choice.describe(as: "examining", in: shown))
        let premortem = Premortem(network: shown, coalition: choice.members)
        if premortem.findings.isEmpty {
            Console.line(
                "nothing found to fear: no member whose loss costs much reach, no cut point or sole bridge between units, no unit unreached or sharing with none, no broker or formal leader carrying too much")
        }
        Console.output(ResultTable.premortem(premortem, in: shown).rendered(as: output.format))
    }
}
