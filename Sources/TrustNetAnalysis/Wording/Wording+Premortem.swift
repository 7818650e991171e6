import TrustNet

extension Wording {
    /// A pre-mortem finding in one sentence a leader can act on, with names and numbers.
    ///
    /// `answered` says, per person, whether they answered the survey (`nil` when unknown), so
    /// someone who did not answer is never said to name nobody.
    public static func sentence(_ finding: PremortemFinding, in network: Network, answered: (Int) -> Bool? = { _ in nil }) -> String {
        let units = plural(network.unitName)
        func name(_ v: Int) -> String { network.people[v].name }
        switch finding.detail {
        case .memberLoss(let m, let lost, let before, let after, let staff):
            return "If \(name(m)) left, the coalition would reach \(lost) fewer \(lost == 1 ? "colleague" : "colleagues") within two steps "
                + "(from \(percent(before, of: staff)) to \(percent(after, of: staff - 1)) of staff)."
        case .noTies:
            return "Nobody has a tie to anyone yet: no one is named and no one names anybody, so nothing can spread by conversation."
        case .cutOff(let outside, let isolates, let groups, let main, let f):
            let who =
                outside.count <= 3
                ? list(outside.map(name)) + inParentheses(unitPhrase(outside, in: network, counts: false))
                : colleagues(outside.count) + " (\(percent(outside.count, of: network.people.count)) of staff)"
            if isolates == outside.count {
                return "\(who) already \(outside.count == 1 ? "has" : "have") no tie to anyone: nobody names them"
                    + noAnswerClause(outside, answered: answered) + "."
            }
            var parts: [String] = []
            if isolates > 0 { parts.append("\(isolates) \(isolates == 1 ? "has" : "have") no tie to anyone") }
            if groups > 0 {
                let inGroups = outside.count - isolates
                parts.append("\(inGroups) \(groups == 1 ? "form a separate group" : "are in \(groups) separate groups")")
            }
            return "\(who) \(outside.count == 1 ? "is" : "are") already cut off from the main group of \(main): "
                + "\(parts.joined(separator: " and ")); \(percent(f)) of pairs of colleagues have no path between them."
        case .cutPoint(let v, let cut, let pieces, let before, let after):
            let who =
                cut.count <= 3
                ? list(cut.map(name)) + inParentheses(unitPhrase(cut, in: network, counts: false))
                : colleagues(cut.count) + inParentheses(unitPhrase(cut, in: network, counts: true))
            if pieces.count == 2 {
                return "If \(name(v)) left, \(who) would have no path left to the rest of the staff, and \(percent(after)) "
                    + "of pairs of colleagues would have none between them (now \(percent(before)))."
            }
            return "If \(name(v)) left, their part of the network would fall into \(pieces.count) groups with no path between them, cutting "
                + "\(who) off from the largest (of \(people(pieces.first ?? 0))), and "
                + "\(percent(after)) of pairs of colleagues would have no path between them (now \(percent(before)))."
        case .moreCutPoints(let rest, let total):
            return "\(rest.count) more \(rest.count == 1 ? "person is" : "people are each") the only link of \(colleagues(total)) in all "
                + "to the rest of the staff: \(list(rest.prefix(5).map(name), more: rest.count - 5))."
        case .unitBridge(let v, let pairs, let adviceTies):
            let tieWords = adviceTies ? "advice or sharing tie" : "tie"
            let what: String
            let between: String
            if pairs.count == 1 {
                what = "\(pairs[0].first) and \(pairs[0].second)"
                between = "between the two \(units)"
            } else {
                let withs = pairs.map { "\($0.first) with \($0.second)" }
                what = list(Array(withs.prefix(2)), more: withs.count - 2) + (withs.count > 2 ? " pairs of \(units)" : "")
                between = "between each pair"
            }
            return "Only \(name(v)) connects \(what): every \(tieWords) \(between) goes to or from them."
        case .moreUnitBridges(let rest, let pairs):
            return "\(rest.count) more \(rest.count == 1 ? "person is" : "people are each") the only link between "
                + "\(pairs) \(pairs == 1 ? "pair" : "pairs") of \(units): \(list(rest.prefix(5).map(name), more: rest.count - 5))."
        case .unreachedUnit(let unit, let reached, let size):
            return reached == 0
                ? "The coalition reaches nobody in \(unit) within two steps (\(colleagues(size)))."
                : "The coalition reaches only \(reached) of the \(size) colleagues in \(unit) within two steps."
        case .noLateralSharing(let pair, let people, let sharingTies):
            let what = sharingTies ? "no sharing tie in either direction" : "no tie of any kind in either direction"
            return "\(pair.first) and \(pair.second) share nothing: \(what) between their \(people) people."
        case .moreWithoutSharing(let count, let examples):
            return "\(count) more \(count == 1 ? "pair" : "pairs") of \(units) share nothing either, such as "
                + "\(list(examples.map { "\($0.first) and \($0.second)" }, more: count - examples.count, separator: "; "))."
        case .oneBroker(let v, let share, let dominant):
            return "\(name(v)) lies on \(percent(share)) of all shortest paths between colleagues\(dominant ? ": much depends on one broker." : ", more than anyone else.")"
        case .oneFormalLeader(let v, let share, let adviceTies):
            let what = adviceTies ? "of the advice sought from formal leaders goes" : "of the ties to formal leaders go"
            return "\(percent(share)) \(what) to one of them, \(name(v))."
        }
    }

    /// Why people with no tie name nobody, keeping "did not answer" and "answered, named nobody"
    /// apart, to follow "nobody names them": " and they answered the survey naming nobody", " and
    /// they did not answer the survey", "; 2 did not answer the survey and 1 answered naming
    /// nobody", or, when who answered is unknown, " and they name nobody (or did not answer the
    /// survey)".
    static func noAnswerClause(_ people: [Int], answered: (Int) -> Bool?) -> String {
        let known = people.map(answered)
        if known.contains(where: { $0 == nil }) { return " and they name nobody (or did not answer the survey)" }
        let silent = known.count { $0 == false }
        if silent == 0 { return " and they answered the survey naming nobody" }
        if silent == people.count { return people.count == 1 ? " and they did not answer the survey" : " and none of them answered the survey" }
        return "; \(silent) did not answer the survey and \(people.count - silent) answered naming nobody"
    }

    /// " (phrase)", or nothing without a phrase.
    static func inParentheses(_ phrase: String?) -> String { phrase.map { " (\($0))" } ?? "" }

    /// "all in Science", "4 in Science, 1 in Maths", "across 5 departments" — or, without
    /// counts, "Science", "Science and Maths"; nil when none of them has a unit.
    static func unitPhrase(_ people: [Int], in network: Network, counts: Bool) -> String? {
        var tally: [String: Int] = [:]
        for case let u? in people.map({ network.people[$0].unit }) { tally[u, default: 0] += 1 }
        let units = tally.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        if units.isEmpty { return nil }
        if !counts { return list(units.prefix(3).map { $0.key }, more: units.count - 3) }
        if units.count == 1 { return "all in \(units[0].key)" }
        if units.count <= 3 { return units.map { "\($0.value) in \($0.key)" }.joined(separator: ", ") }
        return "across \(units.count) \(plural(network.unitName))"
    }

    /// "departments are compared within their school (--across compares every pair)", or nil;
    /// in the browser's voice without the option (the web app offers no such choice).
    public static func comparedWithin(_ column: String?, unitName: String, voice: Voice = .commandLine) -> String? {
        column.map { "\(plural(unitName)) are compared within their \($0)" + (voice == .commandLine ? " (--across compares every pair)" : "") }
    }

    /// What the pre-mortem says when it finds nothing.
    public static let nothingToFear =
        "nothing found to fear: no member whose loss costs much reach, no cut point or sole bridge between units, no unit unreached or sharing with none, no broker or formal leader carrying too much"
}
