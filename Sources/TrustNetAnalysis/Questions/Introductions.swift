import TrustNet

/// `trustnet introduce`: pairs of colleagues in different units to introduce, so that units
/// that share nothing today (then those that share little) start sharing practice.
public struct IntroductionOptions: Sendable, Equatable {
    /// How many introductions.
    public var count: Int
    /// A roster column (`school`): introduce only people with the same value in it.
    public var withinColumn: String?
    /// The most introductions one person is in.
    public var perPerson: Int

    /// The defaults every output uses: 5 introductions, across the whole roster, two per person.
    public init(count: Int = 5, withinColumn: String? = nil, perPerson: Int = 2) {
        self.count = count
        self.withinColumn = withinColumn
        self.perPerson = perPerson
    }
}

extension Network {
    /// The roster column called `name` (case ignored), as the roster spells it.
    ///
    /// - Throws: ``AnalysisError/unknownColumn(_:known:)`` when no person has such a column.
    func rosterColumn(named name: String) throws(AnalysisError) -> String {
        let columns = Set(people.flatMap(\.attributes.keys))
        guard let column = columns.first(where: { $0.lowercased() == name.lowercased() }) else {
            throw .unknownColumn(name, known: columns.sorted())
        }
        return column
    }
}

/// The answer. `introductions` encodes as the JSON of `trustnet introduce --format json`: a
/// list of `{"a": {"id", "name", "unit"}, "b": {…}, "reason": "…", "why": {…}}`.
public struct IntroductionsAnswer: Sendable {
    public struct Entry: Sendable, Encodable {
        public var a: PersonRef
        public var b: PersonRef
        public var introduction: LateralIntroduction

        enum CodingKeys: String, CodingKey { case a, b, reason, why }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(a, forKey: .a)
            try c.encode(b, forKey: .b)
            try c.encode(Wording.introductionReason(self), forKey: .reason)
            try c.encode(IntroductionData(introduction), forKey: .why)
        }
    }

    public var term: String
    public var introductions: [Entry]
    /// Unit pairs that share nothing today (within the groups when asked).
    public var pairsSharingNothing: Int
    /// Of those, how many the introductions close.
    public var pairsClosed: Int
    public var units: Int
    /// The roster column read as unit, and the one introductions stay within.
    public var unitName: String
    public var withinColumn: String?
    /// Whether the term has sharing ties (else every tie counts as sharing, as in the pre-mortem).
    public var hasSharingTies: Bool
}

/// An introduction's reason as data for JSON.
struct IntroductionData: Encodable {
    var kind: String
    var units: [String]
    var ties: Int?
    var possible: Int?
    var earlierBetweenUnits: Int
    var aSoughtOutBy: Int, aTrustedBy: Int, bSoughtOutBy: Int, bTrustedBy: Int

    enum CodingKeys: String, CodingKey {
        case kind, units, ties, possible
        case earlierBetweenUnits = "earlier_between_units", aSoughtOutBy = "a_sought_out_by", aTrustedBy = "a_trusted_by"
        case bSoughtOutBy = "b_sought_out_by", bTrustedBy = "b_trusted_by"
    }

    init(_ i: LateralIntroduction) {
        switch i.reason {
        case .sharesNothing: kind = "shares-nothing"
        case .sharesLittle(let t, let p):
            kind = "shares-little"
            ties = t
            possible = p
        }
        units = [i.unitA, i.unitB]
        earlierBetweenUnits = i.earlierBetweenUnits
        (aSoughtOutBy, aTrustedBy, bSoughtOutBy, bTrustedBy) = (i.standingA.soughtOutBy, i.standingA.trustedBy, i.standingB.soughtOutBy, i.standingB.trustedBy)
    }
}

extension TermAnalysis {
    /// Lateral-sharing introductions (``LateralIntroduction/suggest(network:count:groups:authority:perPerson:)``).
    ///
    /// - Throws: ``AnalysisError/unknownColumn(_:known:)`` when `withinColumn` is not a roster
    ///   column.
    public func introductions(_ options: IntroductionOptions = IntroductionOptions()) throws(AnalysisError) -> IntroductionsAnswer {
        // Within the column asked for; else, as the pre-mortem, within a district's schools
        // (``TermAnalysis/level``) unless every pair is asked for (`--across`).
        var groups: [String?]? = level?.values
        var within = level?.column
        if let wanted = options.withinColumn {
            let column = try network.rosterColumn(named: wanted)
            groups = network.people.map { p in p.attributes[column].flatMap { $0.isEmpty ? nil : $0 } }
            within = column
        }
        let chosen = LateralIntroduction.suggest(network: network, count: options.count, groups: groups, authority: authority, perPerson: options.perPerson)
        let nothing = LateralIntroduction.unitPairsSharingNothing(in: network, groups: groups)
        return IntroductionsAnswer(
            term: network.term.name, introductions: chosen.map { IntroductionsAnswer.Entry(a: ref($0.a), b: ref($0.b), introduction: $0) },
            pairsSharingNothing: nothing.count, pairsClosed: chosen.count { $0.reason == .sharesNothing && $0.earlierBetweenUnits == 0 },
            units: network.units.count, unitName: network.unitName, withinColumn: within,
            hasSharingTies: network.relations.contains(.sharing))
    }
}
