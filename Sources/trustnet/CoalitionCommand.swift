import ArgumentParser
import TrustNet
import TrustNetAnalysis
import TrustNetIO
import TrustNetReport
import TrustNetStore

struct CoalitionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coalition",
        abstract: "Suggest a guiding coalition that reaches the most colleagues; record the one you enlisted.",
        subcommands: [Suggest.self, Record.self, Show.self]
    )

    struct Suggest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Choose K people who together reach the most colleagues along advice and sharing ties.",
            discussion: """
                Reach is Borgatti's distance-weighted reach: everyone counts 1 if in the set
                or if they name a member, 1/2 at two steps, 1/3 at three, and so on, averaged
                over the staff. People are picked greedily by what they add, then improved by swaps.
                Each pick shows its marginal gain; the set is compared with the K most
                named for advice and with the formal leaders.

                Constraints: --keep people already enlisted (repeat, or separate with ;),
                --max-formal M formal leaders at most, one member from each unit when K
                allows (by the term's unit, or --cover COLUMN; --no-cover turns it off),
                --min-trust X only people trusted by at least X colleagues. These defaults
                are the ones the report, the pre-mortem and the on-ramps use. --next K keeps the coalition recorded for this
                term (or the latest earlier one) and suggests K more: "double the Sarahs".

                CSV columns: pick,id,name,unit,title,marginal_gain,reach_after.

                Examples:
                  trustnet coalition suggest --size 6
                  trustnet coalition suggest --size 8 --max-formal 2 --cover department
                  trustnet coalition suggest --next 3 --min-trust 2 --format csv
                """
        )

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var termOptions: TermOptions
        @OptionGroup var analysis: AnalysisOptionGroup
        @OptionGroup var output: FormatOptions

        @Option(name: .long, help: "K: how many people in the coalition (default: 5).")
        var size: Int?
        @Option(name: .long, help: "Keep the recorded coalition and suggest this many more.")
        var next: Int?
        @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Someone already enlisted (id or name); repeat, or separate with ;.", valueName: "NAME"))
        var keep: [String] = []
        @Option(name: .long, help: ArgumentHelp("At most this many formal leaders.", valueName: "M"))
        var maxFormal: Int?
        @Option(name: .long, help: ArgumentHelp("Cover every unit of this roster column when K allows (default: the term's unit).", valueName: "COLUMN"))
        var cover: String?
        @Flag(name: .customLong("no-cover"), help: "Do not ask for one member per unit.")
        var noCover = false
        @Option(name: .long, help: ArgumentHelp("Only people trusted by at least X colleagues.", valueName: "X"))
        var minTrust: Int?

        func validate() throws {
            if size != nil && next != nil { throw ValidationError("give either --size K or --next K") }
            if let size, size < 1 { throw ValidationError("--size needs at least 1") }
            if let next, next < 1 { throw ValidationError("--next needs at least 1") }
            if let maxFormal, maxFormal < 0 { throw ValidationError("--max-formal cannot be negative") }
            if noCover && cover != nil { throw ValidationError("give either --cover COLUMN or --no-cover") }
        }

        func run() throws {
            let store = try workspace.open()
            let term = TermAnalysis(try store.analysisTerm(termOptions.term, unitColumn: termOptions.unit), options: analysis.options)
            let network = term.network
            if let header = analysis.header { Console.line(header) }
            let matcher = PersonMatcher(people: network.people)
            let kept = try matcher.indices(of: keep.flatMap { $0.split(separator: ";").map(String.init) }, in: network)
            var options = CoalitionOptions(
                keep: kept.map { network.people[$0].id }, maxFormal: maxFormal, coverUnits: !noCover, coverColumn: cover, minTrust: minTrust)
            if let size { options.size = size }
            let answer = try term.coalitionSuggestion(options, next: next)
            if next != nil {
                var kept = try term.recordedCoalition()
                kept.members = answer.kept
                Console.line(Console.singleLine(Wording.coalitionLine(kept, verb: "keeping", in: network)))
            }
            if answer.suggestion.picks.count < answer.size { Console.line("only \(answer.suggestion.picks.count) people meet the constraints") }
            if let column = answer.coverColumn { Console.line("one member per \(column) where the size allows (--no-cover to drop this)") }
            if !answer.idle.isEmpty {
                let idle = answer.idle
                Console.line(
                    Console.singleLine(
                        "note: \(Wording.list(idle.map { network.people[$0].name })) add\(idle.count == 1 ? "s" : "") no reach: "
                            + "everyone they could reach is reached already, so \(idle.count == 1 ? "this pick only fills" : "these picks only fill") the size asked for"))
            }
            Console.line(ResultTable.coalitionComparison(answer.comparison).textTable())
            Console.output(ResultTable.coalition(answer.shown, in: network).rendered(as: output.format))
        }
    }

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the coalition you actually enlisted in a term (replaces what was recorded for it).",
            discussion: """
                NAMES are ids, e-mails or names as on the roster.

                Example:
                  trustnet coalition record --term 2026-spring S0022 "Dana Whitfield" S0101
                """
        )
        @OptionGroup var workspace: WorkspaceOptions
        @Option(name: .long, help: ArgumentHelp("The term the coalition was enlisted in.", valueName: "TERM"))
        var term: String
        @Argument(help: "The members: ids, e-mails or names.")
        var names: [String]

        func validate() throws {
            if names.isEmpty { throw ValidationError("name at least one member") }
        }

        func run() throws {
            let store = try workspace.open()
            let network = try store.network(term: term)
            let members = try PersonMatcher(people: network.people).indices(of: names, in: network)
            try store.recordCoalition(term: network.term.name, personIDs: members.map { network.people[$0].id })
            Console.line("recorded \(members.count) coalition member(s) for \(network.term.name): " + Console.names(members, in: network))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the recorded coalition of a term and how far it reaches.",
            discussion: """
                Example:
                  trustnet coalition show --term 2026-fall --format csv
                """
        )
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var termOptions: TermOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let store = try workspace.open()
            let term = TermAnalysis(try store.analysisTerm(termOptions.term, unitColumn: termOptions.unit))
            let network = term.network
            guard try !store.coalition(term: network.term.name).isEmpty else {
                Console.line("no coalition recorded for \(network.term.name) (record one with: trustnet coalition record --term \(network.term.name) NAMES)")
                return
            }
            let recorded = try term.recordedCoalitionReach()
            for note in Wording.notes(recorded.coalition, term: network.term.name) { Console.line("note: " + note) }
            Console.line(ResultTable.coalitionComparison(recorded.comparison).textTable())
            Console.output(ResultTable.coalition(recorded.ordered, in: network).rendered(as: output.format))
        }
    }
}
