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

            CSV columns: rank,finding,severity,people,units.

            Examples:
              trustnet premortem
              trustnet premortem --term 2026-fall --format csv > premortem.csv
              trustnet premortem --coalition suggested --size 7
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var termOptions: TermOptions
    @Option(name: .long, help: "recorded or suggested (default: recorded when there is one, else suggested).")
    var coalition: CoalitionSource?
    @Option(name: .long, help: ArgumentHelp("K: the size of a suggested coalition.", valueName: "K"))
    var size = 5
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if size < 1 { throw ValidationError("--size needs at least 1") }
    }

    func run() throws {
        let store = try workspace.open()
        let network = try termOptions.load(from: store)
        let choice = try CoalitionChoice.choose(coalition, size: size, store: store, network: network)
        Console.line(choice.describe(as: "examining", in: network))
        let premortem = Premortem(network: network, coalition: choice.members)
        Console.output(ResultTable.premortem(premortem, in: network).rendered(as: output.format))
    }
}
