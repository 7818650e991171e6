import ArgumentParser
import TrustNet
import TrustNetIO
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
                --max-formal M formal leaders at most, --cover COLUMN one member from each
                unit of that roster column when K allows, --min-trust X only people trusted
                by at least X colleagues. --next K keeps the coalition recorded for this
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
        @OptionGroup var output: FormatOptions

        @Option(name: .long, help: "K: how many people in the coalition.")
        var size: Int?
        @Option(name: .long, help: "Keep the recorded coalition and suggest this many more.")
        var next: Int?
        @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Someone already enlisted (id or name); repeat, or separate with ;.", valueName: "NAME"))
        var keep: [String] = []
        @Option(name: .long, help: ArgumentHelp("At most this many formal leaders.", valueName: "M"))
        var maxFormal: Int?
        @Option(name: .long, help: ArgumentHelp("Cover every unit of this roster column when K allows.", valueName: "COLUMN"))
        var cover: String?
        @Option(name: .long, help: ArgumentHelp("Only people trusted by at least X colleagues.", valueName: "X"))
        var minTrust: Int?

        func validate() throws {
            guard (size == nil) != (next == nil) else { throw ValidationError("give either --size K or --next K") }
            if let size, size < 1 { throw ValidationError("--size needs at least 1") }
            if let next, next < 1 { throw ValidationError("--next needs at least 1") }
            if let maxFormal, maxFormal < 0 { throw ValidationError("--max-formal cannot be negative") }
        }

        func run() throws {
            let store = try workspace.open()
            let network = try termOptions.load(from: store)
            let matcher = PersonMatcher(people: network.people)
            var kept = try matcher.indices(of: keep.flatMap { $0.split(separator: ";").map(String.init) }, in: network)
            if next != nil {
                let recorded = try CoalitionChoice.required(in: store, network: network)
                for note in recorded.notes { Console.line("note: " + note) }
                kept = recorded.members + kept.filter { !recorded.members.contains($0) }
                Console.line("keeping \(recorded.origin): \(Console.names(kept, in: network))")
            }
            let k = size ?? (kept.count + next!)
            guard k >= kept.count else { throw UsageError("--size \(k) is smaller than the \(kept.count) people to keep") }

            var units: [Int?]? = nil
            if let cover {
                units = try store.network(term: network.term.name, unitColumn: cover).unitOfPerson
            }
            let trustIn = network.graph(relations: [.trust]).degrees(.incoming)
            let eligible = minTrust.map { x in (0..<network.people.count).map { trustIn[$0] >= Double(x) || kept.contains($0) } }
            let formal = network.people.map(\.isFormalLeader)
            let reach = CoalitionReach(network: network, include: kept)
            let constraints = CoalitionConstraints(keep: kept, maxFormal: maxFormal, units: units, eligible: eligible)
            let suggestion = CoalitionSuggestion.suggest(size: k, reach: reach, formal: formal, constraints: constraints)

            let shown = next == nil ? suggestion : suggestion.onlyNewPicks
            if suggestion.picks.count < k { Console.line("only \(suggestion.picks.count) people meet the constraints") }
            let idle = shown.picks.filter { !$0.kept && $0.marginalGain <= 0 }
            if !idle.isEmpty {
                Console.line(
                    "note: \(Console.names(idle.map(\.person), in: network)) add\(idle.count == 1 ? "s" : "") no reach: "
                        + "everyone they could reach is reached already, so \(idle.count == 1 ? "this pick only fills" : "these picks only fill") the size asked for")
            }
            let unitsForComparison = units ?? network.unitOfPerson
            // The most named for advice, or by whatever stands in for advice.
            let adviceRelations = InformalAuthority.adviceRelations(among: Set(network.relations))
            let byAdvice = network.graph(relations: adviceRelations).degrees(.incoming).top(k)
            let named =
                adviceRelations == [.advice] ? "top \(k) by advice in-degree" : "top \(k) by in-degree (\(InformalAuthority.describe(adviceRelations)))"
            let comparison = ResultTable.coalitionComparison(
                [("suggested", suggestion.members), (named, byAdvice), ("formal leaders", formal.indices.filter { formal[$0] })],
                reach: reach, units: unitsForComparison)
            Console.line(comparison.textTable())
            Console.output(ResultTable.coalition(shown, in: network).rendered(as: output.format))
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
            let network = try termOptions.load(from: store)
            let ids = try store.coalition(term: network.term.name)
            guard !ids.isEmpty else {
                Console.line("no coalition recorded for \(network.term.name) (record one with: trustnet coalition record --term \(network.term.name) NAMES)")
                return
            }
            let members = ids.compactMap(network.index(ofPersonWithID:))
            let reach = CoalitionReach(network: network, include: members)
            let ordered = CoalitionSuggestion.ordered(members, reach: reach)
            let units = network.unitOfPerson
            Console.line(ResultTable.coalitionComparison([("recorded", members)], reach: reach, units: units).textTable())
            Console.output(ResultTable.coalition(ordered, in: network).rendered(as: output.format))
        }
    }
}
