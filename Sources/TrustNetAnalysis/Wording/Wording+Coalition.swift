import TrustNet

extension Wording {
    /// Where a coalition came from: "the coalition recorded in 2026-spring", "a suggested
    /// coalition of 5 (as trustnet coalition suggest --size 5)" — in the browser's voice
    /// without the command.
    public static func origin(_ c: CoalitionInUse, voice: Voice = .commandLine) -> String {
        if let term = c.recordedIn { return "the coalition recorded in \(term)" }
        let k = c.suggestedSize ?? c.members.count
        return "a suggested coalition of \(k)" + (voice == .commandLine ? " (as trustnet coalition suggest --size \(k))" : "")
    }

    /// Notes about a coalition in use: members left out, nothing recorded.
    public static func notes(_ c: CoalitionInUse, term: String) -> [String] {
        var notes: [String] = []
        if c.missing > 0 { notes.append("\(count(c.missing, "recorded member")) \(c.missing == 1 ? "is" : "are") not on the roster of \(term) and \(c.missing == 1 ? "is" : "are") left out") }
        if c.noneRecorded { notes.append("no coalition recorded in \(term) or before") }
        return notes
    }

    /// "VERB ORIGIN: Name, Name", after the notes.
    public static func coalitionLine(_ c: CoalitionInUse, verb: String, in network: Network, voice: Voice = .commandLine) -> String {
        let names = c.members.isEmpty ? "nobody" : list(c.members.map { network.people[$0].name })
        let notes = notes(c, term: network.term.name)
        return (notes.isEmpty ? "" : notes.joined(separator: "; ") + "; ") + "\(verb) \(origin(c, voice: voice)): \(names)"
    }

    /// A compared set's label: "suggested", "recorded in 2026-spring", "top 5 by advice
    /// in-degree", "top 5 by in-degree (sharing ties)", "formal leaders".
    public static func label(_ kind: CoalitionSetKind) -> String {
        switch kind {
        case .suggested: "suggested"
        case .recorded(let term): "recorded in \(term)"
        case .mostNamed(let k, let relations): relations == [.advice] ? "top \(k) by advice in-degree" : "top \(k) by in-degree (\(ties(relations)))"
        case .formalLeaders: "formal leaders"
        }
    }
}

extension Wording {
    /// A seed set's name: "coalition", "sarahs", "formal", or the label given.
    public static func seedSet(_ set: SeedSet) -> String {
        switch set {
        case .coalition: "coalition"
        case .sarahs: "sarahs"
        case .formal: "formal"
        case .people(let label, _): label
        }
    }

    /// A coalition's reach for the coalition builder: "0.412 (35% within one step, 80% within
    /// two)" (the page's script writes the same from `/api/coalition/evaluate`).
    public static func reach(_ e: CoalitionEvaluation) -> String {
        "\(fixed(e.reach, 3)) (\(percent(e.withinOne)) within one step, \(percent(e.withinTwo)) within two)"
    }
}
