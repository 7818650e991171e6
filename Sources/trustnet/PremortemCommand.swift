import ArgumentParser
import TrustNet
import TrustNetAnalysis
import TrustNetIO
import TrustNetReport

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
            trustnet coalition suggest --size K would suggest with its defaults (K = 5
            unless --size; one member per unit where K allows).
            --coalition recorded|suggested chooses explicitly. Which one is used is said on
            stderr.

            --anonymize names people by the workspace's stable pseudonyms (the same as
            trustnet export --anonymize and report --anonymize) and merges units smaller
            than --min-unit-size, so the findings can be shared with staff.

            People who did not answer the survey are never said to name nobody. In a
            district whose roster has a school column, units (departments) that share
            nothing are compared within their own school: a Grade 1 team and a Maths
            department in different schools are not expected to share; --across compares
            every pair.

            CSV columns: rank,kind,finding,severity,people,person_ids,units.

            Examples:
              trustnet premortem
              trustnet premortem --term 2026-fall --format csv > premortem.csv
              trustnet premortem --coalition suggested --size 7
              trustnet premortem --anonymize --format csv > premortem-shared.csv
            """
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var termOptions: TermOptions
    @OptionGroup var analysis: AnalysisOptionGroup
    @Option(name: .long, help: "recorded or suggested (default: recorded when there is one, else suggested).")
    var coalition: CoalitionSource?
    @Option(name: .long, help: ArgumentHelp("K: the size of a suggested coalition.", valueName: "K"))
    var size = CoalitionOptions().size
    @OptionGroup var privacy: AnonymizeOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if size < 1 { throw ValidationError("--size needs at least 1") }
    }

    func run() throws {
        let store = try workspace.open()
        var loaded = try store.analysisTerm(termOptions.term, unitColumn: termOptions.unit)
        // People are examined in the network shown (pseudonymous and in pseudonym order with
        // --anonymize); a recorded coalition's ids map to the same pseudonyms.
        loaded = try privacy.apply(to: loaded, from: store)
        let term = TermAnalysis(loaded, options: analysis.options)
        if let header = analysis.header { Console.line(header) }
        let answer = try term.premortem(PremortemOptions(coalition: coalition ?? .automatic, suggestion: CoalitionOptions(size: size)))
        Console.line(Console.singleLine(Wording.coalitionLine(answer.coalition, verb: "examining", in: term.network)))
        if let within = Wording.comparedWithin(answer.comparedWithin, unitName: term.network.unitName) { Console.line("note: " + within) }
        if answer.findings.isEmpty { Console.line(Wording.nothingToFear) }
        Console.output(ResultTable.premortem(answer, analysis: term).rendered(as: output.format))
    }
}
