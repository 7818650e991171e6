import TrustNet

/// `trustnet listen`: a leader's (or a team's) listening campaign — whom they have met
/// one-on-one this term, the coverage of the staff and of each unit, and the next one-on-ones
/// to hold with their reasons.
public struct ListeningOptions: Sendable, Equatable {
    /// How many one-on-ones to suggest.
    public var next: Int
    /// How many of the top of informal authority count as Sarahs.
    public var sarahCount: Int

    /// A roster column (`school`): only people who share its value with a leader are the
    /// leaders' staff (covered and suggested); `nil`: everyone.
    public var withinColumn: String?

    /// The defaults every output uses: the next 5, the top 5 as Sarahs, the whole roster.
    public init(next: Int = 5, sarahCount: Int = 5, withinColumn: String? = nil) {
        self.next = next
        self.sarahCount = sarahCount
        self.withinColumn = withinColumn
    }
}

/// The answer, encodable as the JSON of `trustnet listen --format json`: `term`, `leaders`,
/// `met` (people with `meetings`), `coverage` (share of the other staff), `met_count`,
/// `others`, `by_unit`, `not_met` (`sarahs`, `coalition`, `brokers`, `peripheral`) and `next`
/// (people with `reason`, `reasons` in words and `why` as data).
public struct ListeningAnswer: Sendable, Encodable {
    public struct Met: Sendable, Encodable {
        public var person: PersonRef
        public var meetings: Double

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: PersonFieldKey.self)
            try c.encode(person.id, forKey: .id)
            try c.encode(person.name, forKey: .name)
            try c.encodeIfPresent(person.unit, forKey: .unit)
            try c.encode(meetings, forKey: .meetings)
        }
    }

    public struct Unit: Sendable, Encodable {
        public var unit: String
        public var people: Int
        public var met: Int
        public var share: Double
    }

    public struct NotMet: Sendable, Encodable {
        public var sarahs: [PersonRef]
        public var coalition: [PersonRef]
        public var brokers: [PersonRef]
        public var peripheral: [PersonRef]
    }

    public struct Next: Sendable, Encodable {
        public var rank: Int
        public var person: PersonRef
        /// Every reason that applies; the first placed them.
        public var reasons: [ListeningCampaign.Reason]

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: PersonFieldKey.self)
            try c.encode(rank, forKey: .rank)
            try c.encode(person.id, forKey: .id)
            try c.encode(person.name, forKey: .name)
            try c.encodeIfPresent(person.unit, forKey: .unit)
            try c.encode(Wording.listeningReason(reasons[0]), forKey: .reason)
            try c.encode(reasons.map(Wording.listeningReason), forKey: .reasons)
            try c.encode(reasons.map(ReasonData.init), forKey: .why)
        }
    }

    public var term: String
    public var leaders: [PersonRef]
    public var met: [Met]
    public var others: Int
    public var coverage: Double
    public var byUnit: [Unit]
    public var notMet: NotMet
    public var next: [Next]
    /// Whether the term has any one-on-one tie (else nothing can have been met).
    public var hasOneOnOneTies: Bool
    /// Meetings with people met more than once.
    public var metMoreThanOnce: Int
    /// The roster column read as unit ("department").
    public var unitName: String
    /// The coalition whose members are looked for (recorded in the term or before), if any.
    public var coalition: CoalitionInUse?
    /// The column and the values the staff was limited to (`--within school`).
    public var withinColumn: String?
    public var withinValues: [String]

    enum CodingKeys: String, CodingKey {
        case term, leaders, met, coverage, others, next
        case metCount = "met_count", byUnit = "by_unit", notMet = "not_met", hasOneOnOneTies = "has_one_on_one_ties"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(term, forKey: .term)
        try c.encode(leaders, forKey: .leaders)
        try c.encode(met, forKey: .met)
        try c.encode(met.count, forKey: .metCount)
        try c.encode(others, forKey: .others)
        try c.encode(coverage, forKey: .coverage)
        try c.encode(byUnit, forKey: .byUnit)
        try c.encode(notMet, forKey: .notMet)
        try c.encode(next, forKey: .next)
        try c.encode(hasOneOnOneTies, forKey: .hasOneOnOneTies)
    }
}

/// A reason as data for JSON: `{"kind": "only-tie-between", "units": ["A", "B"]}`.
struct ReasonData: Encodable {
    var kind: String
    var unit: String?
    var units: [String]?
    var rank: Int?
    var namedBy: Int?

    enum CodingKeys: String, CodingKey { case kind, unit, units, rank, namedBy = "named_by" }

    init(_ reason: ListeningCampaign.Reason) {
        switch reason {
        case .mostSoughtOutInUnit(let u): kind = "most-sought-out-in-unit"; unit = u
        case .sarahNotMet(let r): kind = "sarah-not-met"; rank = r
        case .soughtOut(let r): kind = "sought-out"; rank = r
        case .coalitionMemberNotMet: kind = "coalition-member-not-met"
        case .onlyTieBetween(let a, let b): kind = "only-tie-between"; units = [a, b]
        case .broker(let r): kind = "broker"; rank = r
        case .peripheral(let k): kind = "peripheral"; namedBy = k
        }
    }
}

/// The keys of a person in JSON, with the fields some answers add.
enum PersonFieldKey: String, CodingKey { case id, name, unit, meetings, rank, reason, reasons, why }

extension TermAnalysis {
    /// The listening campaign of `leaders` (``ListeningCampaign``), with the coalition recorded
    /// in the term or before.
    ///
    /// - Parameters:
    ///   - leaders: the leaders (person indices; names are matched by the caller).
    ///   - options: ``ListeningOptions``.
    /// - Throws: ``AnalysisError/unknownColumn(_:known:)`` when `withinColumn` is not a roster
    ///   column.
    public func listening(leaders: [Int], options: ListeningOptions = ListeningOptions()) throws(AnalysisError) -> ListeningAnswer {
        var scope: [Bool]?
        var values: [String] = []
        if let wanted = options.withinColumn {
            let column = try network.rosterColumn(named: wanted)
            let value = network.people.map { $0.attributes[column].flatMap { $0.isEmpty ? nil : $0 } }
            values = Array(Set(leaders.compactMap { value[$0] })).sorted()
            scope = value.map { $0.map(values.contains) ?? false }
        }
        let coalition = try? recordedCoalition()
        let campaign = ListeningCampaign(
            network: network, leaders: leaders, coalition: coalition?.members ?? [], authority: authority, sarahCount: options.sarahCount,
            next: options.next, scope: scope)
        return ListeningAnswer(
            term: network.term.name, leaders: campaign.leaders.map(ref),
            met: campaign.met.map { ListeningAnswer.Met(person: ref($0.person), meetings: $0.count) }, others: campaign.others,
            coverage: campaign.coverage,
            byUnit: campaign.byUnit.map { ListeningAnswer.Unit(unit: $0.unit, people: $0.people, met: $0.met, share: $0.share) },
            notMet: ListeningAnswer.NotMet(
                sarahs: campaign.sarahsNotMet.map(ref), coalition: campaign.coalitionNotMet.map(ref), brokers: campaign.brokersNotMet.map(ref),
                peripheral: campaign.peripheralNotMet.map(ref)),
            next: campaign.next.enumerated().map { ListeningAnswer.Next(rank: $0.offset + 1, person: ref($0.element.person), reasons: $0.element.reasons) },
            hasOneOnOneTies: campaign.hasOneOnOneTies, metMoreThanOnce: campaign.met.count { $0.count > 1 }, unitName: network.unitName,
            coalition: coalition, withinColumn: options.withinColumn, withinValues: values)
    }
}

/// A listening campaign term by term (`trustnet listen --progress`; growth can show the same
/// coverage): for each term, how many of the other staff the leaders met and how many units
/// they reached.
public struct ListeningProgress: Sendable, Encodable {
    public struct Term: Sendable, Encodable {
        public var term: String
        /// The leaders on this term's roster (ids).
        public var leaders: [String]
        public var met: Int
        public var others: Int
        public var coverage: Double
        /// Units with at least one person met, of the units with someone other than the leaders.
        public var unitsReached: Int
        public var units: Int
        public var metMoreThanOnce: Int

        enum CodingKeys: String, CodingKey {
            case term, leaders, met, others, coverage, units
            case unitsReached = "units_reached", metMoreThanOnce = "met_more_than_once"
        }
    }

    public var leaderIDs: [String]
    public var terms: [Term]

    enum CodingKeys: String, CodingKey {
        case terms
        case leaderIDs = "leader_ids"
    }
}

/// The listening campaign of the leaders with `leaderIDs` in each of `terms` (oldest first),
/// with ``ListeningOptions/withinColumn`` as in ``TermAnalysis/listening(leaders:options:)``;
/// a term where none of them is on the roster has nobody met.
///
/// - Throws: ``AnalysisError/unknownColumn(_:known:)`` when `withinColumn` is not a roster
///   column of a term where a leader is on the roster.
public func listeningProgress(_ terms: [TermAnalysis], leaderIDs: [String], options: ListeningOptions = ListeningOptions()) throws(AnalysisError)
    -> ListeningProgress
{
    var rows: [ListeningProgress.Term] = []
    for term in terms {
        let leaders = leaderIDs.compactMap(term.network.index(ofPersonWithID:))
        var counted = options
        counted.next = 0
        let answer = try term.listening(leaders: leaders, options: counted)
        rows.append(
            ListeningProgress.Term(
                term: term.network.term.name, leaders: leaders.map { term.network.people[$0].id }, met: answer.met.count,
                others: answer.others, coverage: answer.coverage, unitsReached: answer.byUnit.count { $0.met > 0 },
                units: answer.byUnit.count { $0.people > 0 }, metMoreThanOnce: answer.metMoreThanOnce))
    }
    return ListeningProgress(leaderIDs: leaderIDs, terms: rows)
}
