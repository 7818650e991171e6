import ArgumentParser
import TrustNet
import TrustNetStore

/// Which coalition a command examines: the one recorded in the workspace, or a suggested one.
enum CoalitionSource: String, CaseIterable, ExpressibleByArgument {
    case recorded, suggested
}

/// The coalition a command looks at, found in the workspace or suggested, and where it came
/// from (for a line on stderr).
struct CoalitionChoice {
    var members: [Int]
    /// E.g. "the coalition recorded in 2026-spring".
    var origin: String
    /// Anything the user should know (members left out, nothing recorded).
    var notes: [String] = []

    /// "ORIGIN: Name, Name, Name", then the notes.
    func describe(as verb: String, in network: Network) -> String {
        let names = members.isEmpty ? "nobody" : Console.names(members, in: network)
        return ([notes.joined(separator: "; ")].filter { !$0.isEmpty } + ["\(verb) \(origin): \(names)"]).joined(separator: "; ")
    }

    /// The coalition recorded in the network's term or the latest earlier one, keeping the
    /// members on this term's roster; `nil` when none was recorded.
    static func recorded(in store: Workspace, network: Network) throws -> CoalitionChoice? {
        guard let recorded = try store.latestCoalition(upTo: network.term.name) else { return nil }
        let members = recorded.personIDs.compactMap(network.index(ofPersonWithID:))
        let missing = recorded.personIDs.count - members.count
        return CoalitionChoice(
            members: members, origin: "the coalition recorded in \(recorded.term)",
            notes: missing > 0 ? ["\(missing) recorded member(s) are not on the roster of \(network.term.name) and are left out"] : [])
    }

    /// The recorded coalition (as ``recorded(in:network:)``), or a usage error saying how to
    /// record one.
    static func required(in store: Workspace, network: Network) throws -> CoalitionChoice {
        guard let choice = try recorded(in: store, network: network) else {
            throw UsageError(
                "no coalition recorded in \(network.term.name) or before: record one with trustnet coalition record --term \(network.term.name) NAMES")
        }
        return choice
    }

    /// The coalition `trustnet coalition suggest --size K` would suggest.
    static func suggested(size: Int, network: Network) -> CoalitionChoice {
        let suggestion = CoalitionSuggestion.suggest(size: size, reach: CoalitionReach(network: network), formal: network.people.map(\.isFormalLeader))
        return CoalitionChoice(members: suggestion.members, origin: "a suggested coalition of \(size) (as trustnet coalition suggest --size \(size))")
    }

    /// The recorded coalition when asked for, or when there is one; else a suggested one.
    static func choose(_ source: CoalitionSource?, size: Int, store: Workspace, network: Network) throws -> CoalitionChoice {
        if source == .recorded { return try required(in: store, network: network) }
        if source == nil, let recorded = try recorded(in: store, network: network) { return recorded }
        var choice = suggested(size: size, network: network)
        if source == nil { choice.notes.append("no coalition recorded in \(network.term.name) or before") }
        return choice
    }
}
