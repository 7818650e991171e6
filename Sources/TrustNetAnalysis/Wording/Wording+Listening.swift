import TrustNet

extension Wording {
    /// Why a one-on-one is suggested, in a few words: "the most sought-out colleague in
    /// Science, where nobody has been met yet", "the only tie between Grade 1 and Grade 2",
    /// "on the edge: named by nobody".
    public static func listeningReason(_ reason: ListeningCampaign.Reason) -> String {
        switch reason {
        case .mostSoughtOutInUnit(let unit): "the most sought-out colleague in \(unit), where nobody has been met yet"
        case .sarahNotMet(let rank): rank == 1 ? "the most sought-out colleague, not met yet" : "a Sarah (#\(rank) by informal authority), not met yet"
        case .soughtOut(let rank): "#\(rank) by informal authority, not met yet"
        case .coalitionMemberNotMet: "in the coalition, not met yet"
        case .onlyTieBetween(let a, let b): "the only tie between \(a) and \(b)"
        case .broker(let rank): rank == 1 ? "the network's main broker" : "one of the network's top brokers (#\(rank))"
        case .peripheral(let namedBy): "on the edge: named by \(namedBy == 0 ? "nobody" : namedBy == 1 ? "1 colleague" : colleagues(namedBy))"
        }
    }

    /// Every reason of a suggestion: the first in full, the others after "also" in short
    /// ("in the coalition, not met yet; also a Sarah (#2) and the only tie between Arts and
    /// Science"). A rank by informal authority below the Sarahs is left out of the others.
    public static func listeningReasons(_ reasons: [ListeningCampaign.Reason]) -> String {
        guard let first = reasons.first else { return "" }
        let others = reasons.dropFirst().compactMap { reason -> String? in
            switch reason {
            case .mostSoughtOutInUnit(let unit): "the most sought-out in \(unit)"
            case .sarahNotMet(let rank): rank == 1 ? "the most sought-out colleague" : "a Sarah (#\(rank))"
            case .soughtOut: nil
            case .coalitionMemberNotMet: "in the coalition"
            case .onlyTieBetween(let a, let b): "the only tie between \(a) and \(b)"
            case .broker(let rank): rank == 1 ? "the network's main broker" : "a top broker (#\(rank))"
            case .peripheral(let namedBy): "on the edge (named by \(namedBy == 0 ? "nobody" : colleagues(namedBy)))"
            }
        }
        return listeningReason(first) + (others.isEmpty ? "" : "; also " + list(others))
    }

    /// The campaign in sentences, for the lines above the table.
    public static func listeningSummary(_ answer: ListeningAnswer) -> [String] {
        var lines: [String] = []
        let who = list(answer.leaders.map(\.name))
        let have = answer.leaders.count == 1 ? "has" : "have"
        if let column = answer.withinColumn, answer.withinValues.isEmpty {
            return ["\(who) \(answer.leaders.count == 1 ? "has" : "have") no \(column) on the roster of \(answer.term): nobody shares it, so there is nobody to meet within it."]
        }
        guard answer.hasOneOnOneTies else {
            lines.append(
                "\(answer.term) has no one-on-one ties: import a one-on-one log (date,person,with) or a survey's one-on-one question "
                    + "to see whom \(who) \(have) met.")
            return lines
        }
        let scope = answer.withinColumn == nil ? "" : " in \(list(answer.withinValues))"
        let again = answer.metMoreThanOnce > 0 ? "; \(count(answer.metMoreThanOnce, "person", "people")) more than once" : ""
        lines.append(
            "\(who) \(have) met \(answer.met.count) of \(answer.others) colleagues\(scope) one-on-one in \(answer.term) "
                + "(\(percent(answer.coverage)))\(again).")
        let unreached = answer.byUnit.filter { $0.met == 0 && $0.people > 0 }
        if !unreached.isEmpty {
            let names = unreached.prefix(5).map { "\($0.unit) (\(count($0.people, "person", "people")))" }
            lines.append("Nobody met yet in \(count(unreached.count, answer.unitName.isEmpty ? "unit" : answer.unitName.lowercased(), plural(answer.unitName))): \(list(names, more: unreached.count - names.count)).")
        }
        var parts: [String] = []
        let n = answer.notMet
        if !n.sarahs.isEmpty { parts.append(count(n.sarahs.count, "Sarah", "Sarahs")) }
        if !n.coalition.isEmpty { parts.append(count(n.coalition.count, "coalition member")) }
        if !n.brokers.isEmpty { parts.append(count(n.brokers.count, "broker or only tie between units", "brokers or only ties between units")) }
        if !n.peripheral.isEmpty { parts.append(count(n.peripheral.count, "person on the edge", "people on the edge")) }
        if !parts.isEmpty { lines.append("Not met yet: \(list(parts)).") }
        return lines
    }

    /// The campaign's progress in one line: "coverage 12% in 2025-fall, 35% in 2026-spring,
    /// 48% in 2026-fall".
    public static func listeningProgress(_ progress: ListeningProgress) -> String {
        guard !progress.terms.isEmpty else { return "no terms in the workspace" }
        return "one-on-one coverage " + list(progress.terms.map { "\(percent($0.coverage)) in \($0.term)" })
    }
}
