import TrustNet

/// How complete and clean one term's survey is: what a leader must know before trusting the
/// network drawn from it.
///
/// Non-respondents (no answer at all) are kept distinct from respondents who named nobody: the
/// first are missing data, the second are an answer.
public struct DataQuality: Sendable {
    public struct UnitResponse: Sendable, Hashable {
        public var unit: String
        public var people: Int
        public var respondents: Int
        public var rate: Double { people == 0 ? 0 : Double(respondents) / Double(people) }
    }

    public var term: String
    /// People on the term's roster.
    public var people: Int
    /// Who answered the survey; `nil` when no file of the import says (a one-on-one log).
    public var respondents: Set<Int>?
    /// Response per unit, in unit order (people with no unit under "(no unit)").
    public var byUnit: [UnitResponse]
    /// Respondents who named nobody.
    public var namedNobody: [Int]
    /// People nobody named in the survey.
    public var nobodyNamed: [Int]
    public var selfTiesDropped: Int
    public var duplicatesMerged: Int
    /// Names matched by initials or a close spelling (each reported as a warning).
    public var guesses: Int
    /// People added because they were not on the roster (`--add-unknown`).
    public var added: Int

    /// Share of the roster who answered, or `nil` when unknown.
    public var responseRate: Double? { respondents.map { people == 0 ? 0 : Double($0.count) / Double(people) } }

    /// - Parameters:
    ///   - surveyTies: the ties read from survey files (those that know their respondents);
    ///     a leader's one-on-one log is not a survey.
    public init(
        term: String, people: [Person], surveyTies: some Sequence<ImportedTie>, respondents: Set<Int>?, selfTiesDropped: Int = 0,
        duplicatesMerged: Int = 0, guesses: Int = 0, added: Int = 0
    ) {
        self.term = term
        self.people = people.count
        self.respondents = respondents
        var units: [String: (people: Int, respondents: Int)] = [:]
        for (i, p) in people.enumerated() {
            let unit = p.unit ?? "(no unit)"
            units[unit, default: (0, 0)].people += 1
            if respondents?.contains(i) == true { units[unit, default: (0, 0)].respondents += 1 }
        }
        byUnit = respondents == nil ? [] : units.sorted { $0.key < $1.key }.map { UnitResponse(unit: $0.key, people: $0.value.people, respondents: $0.value.respondents) }
        // Who named someone and who was named, by person index (a state's half a million ties
        // are read once, into two flags a person).
        var sends = [Bool](repeating: false, count: people.count)
        var named = [Bool](repeating: false, count: people.count)
        for tie in surveyTies where tie.term == term {
            if tie.source >= sends.count { sends += repeatElement(false, count: tie.source - sends.count + 1) }
            if tie.target >= named.count { named += repeatElement(false, count: tie.target - named.count + 1) }
            sends[tie.source] = true
            named[tie.target] = true
        }
        namedNobody = (respondents ?? []).filter { $0 >= sends.count || !sends[$0] }.sorted()
        nobodyNamed = people.indices.filter { !named[$0] }
        self.selfTiesDropped = selfTiesDropped
        self.duplicatesMerged = duplicatesMerged
        self.guesses = guesses
        self.added = added
    }

    /// The report as lines a leader can read.
    public func lines(people roster: [Person]) -> [String] {
        func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }
        func names(_ indices: [Int]) -> String {
            let shown = indices.prefix(8).map { roster[$0].name }
            return shown.joined(separator: ", ") + (indices.count > 8 ? " and \(indices.count - 8) more" : "")
        }
        var out = ["data quality, \(term):"]
        if let respondents, let rate = responseRate {
            out.append("  response: \(respondents.count) of \(people) people answered (\(percent(rate))); \(people - respondents.count) did not")
            let units = byUnit.map { "\($0.unit) \($0.respondents)/\($0.people)" }
            if units.count > 1 { out.append("  by unit: " + units.joined(separator: ", ")) }
            if !namedNobody.isEmpty { out.append("  answered but named nobody: \(namedNobody.count) (\(names(namedNobody)))") }
        } else {
            out.append("  response: not known: these files hold no survey answers for this term (a one-on-one log is not a survey)")
        }
        if !nobodyNamed.isEmpty { out.append("  named by nobody: \(nobodyNamed.count) (\(names(nobodyNamed)))") }
        var cleaning: [String] = []
        if selfTiesDropped > 0 { cleaning.append("\(selfTiesDropped) self-nominations dropped") }
        if duplicatesMerged > 0 { cleaning.append("\(duplicatesMerged) repeated ties merged (larger weight kept; meetings added up)") }
        if guesses > 0 { cleaning.append("\(guesses) name\(guesses == 1 ? "" : "s") matched by a guess (see the warnings)") }
        if added > 0 { cleaning.append(added == 1 ? "1 person added who was not on the roster" : "\(added) people added who were not on the roster") }
        if !cleaning.isEmpty { out.append("  " + cleaning.joined(separator: "; ")) }
        return out
    }
}
