import TrustNet

extension Wording {
    /// Why an introduction: "Art and Science share nothing today; Ana Ruiz is sought out by 3
    /// and trusted by 1 in Art, Ben Oduya is trusted by 2 in Science."
    public static func introductionReason(_ entry: IntroductionsAnswer.Entry) -> String {
        let i = entry.introduction
        var units = "\(i.unitA) and \(i.unitB)" + (i.group.map { " in \($0)" } ?? "")
        switch i.reason {
        case .sharesNothing: units += " share nothing today"
        case .sharesLittle(let ties, let possible): units += " share little today (\(count(ties, "pair")) of colleagues of \(possible) possible)"
        }
        if i.earlierBetweenUnits > 0 { units += " (introduction \(i.earlierBetweenUnits + 1) between them)" }
        return "\(units); \(standing(entry.a.name, i.standingA, in: i.unitA)), \(standing(entry.b.name, i.standingB, in: i.unitB))."
    }

    /// "Ana Ruiz is sought out by 3 and trusted by 1 in Art"; "… is not named by anyone in Art yet".
    static func standing(_ name: String, _ s: LateralIntroduction.Standing, in unit: String) -> String {
        switch (s.soughtOutBy, s.trustedBy) {
        case (0, 0): "\(name) is not named by anyone in \(unit) yet"
        case (let a, 0): "\(name) is sought out by \(a) in \(unit)"
        case (0, let t): "\(name) is trusted by \(t) in \(unit)"
        case (let a, let t): "\(name) is sought out by \(a) and trusted by \(t) in \(unit)"
        }
    }

    /// The lines above the table: how many unit pairs share nothing and how many the
    /// introductions close.
    public static func introductionsSummary(_ answer: IntroductionsAnswer) -> [String] {
        let unitWord = answer.unitName.isEmpty ? "unit" : answer.unitName.lowercased()
        let what = answer.hasSharingTies ? "no sharing tie between them" : "no tie of any kind between them: the term has no sharing ties"
        let within = answer.withinColumn.map { " within one \($0)" } ?? ""
        guard answer.units > 1 else {
            return ["\(answer.term) has \(answer.units == 0 ? "no \(plural(unitWord))" : "one \(unitWord)") on the roster: no introductions across \(plural(unitWord)) to suggest."]
        }
        var lines = [
            answer.pairsSharingNothing == 0
                ? "Every pair of \(plural(unitWord))\(within) shares something in \(answer.term); the introductions below go to those that share least."
                : "\(count(answer.pairsSharingNothing, "pair")) of \(plural(unitWord))\(within) share nothing in \(answer.term) (\(what)); "
                    + "the \(count(answer.introductions.count, "introduction")) below close \(answer.pairsClosed) of them."
        ]
        if answer.introductions.isEmpty { lines.append("No pair of colleagues in different \(plural(unitWord))\(within) is left untied with room for an introduction.") }
        return lines
    }

    /// One introduction as a sentence: "Introduce Felix Osei (Grade 1) to Zoe Evans (Grade 4):
    /// REASON".
    public static func introduction(_ entry: IntroductionsAnswer.Entry) -> String {
        func who(_ p: PersonRef) -> String { p.name + (p.unit.map { " (\($0))" } ?? "") }
        return "Introduce \(who(entry.a)) to \(who(entry.b)): " + introductionReason(entry)
    }
}
