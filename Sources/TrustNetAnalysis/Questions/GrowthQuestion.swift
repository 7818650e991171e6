import TrustNet

/// `trustnet growth`, the report's growth section and the web app's Growth page: how the
/// network and the coalition changed term over term (``Growth``).
public struct GrowthOptions: Sendable, Equatable {
    /// The relations measured. Default: what the questions of spread and reach use — advice and
    /// sharing, or what stands in for advice in terms without them (``InformalAuthority``).
    public var relations: RelationSelection
    /// Only ties at least this strong.
    public var minWeight: Double?
    /// Title words that mark formal leaders besides the built-in ones.
    public var formalTitles: [String]
    /// Compare every pair of units in the E-I index (`--across`), not only units within the
    /// same school, as ``AnalysisOptions/across``.
    public var across: Bool

    public init(relations: RelationSelection = .all, minWeight: Double? = nil, formalTitles: [String] = [], across: Bool = false) {
        self.relations = relations
        self.minWeight = minWeight
        self.formalTitles = formalTitles
        self.across = across
    }
}

/// Why two consecutive terms may not be comparable, as data.
public enum GrowthCaution: Sendable, Equatable {
    /// Ties per respondent changed more than threefold (a different question, or a different
    /// way of answering).
    case tiesPerRespondent(from: String, to: String, before: Double, after: Double)
    /// The relations measured differ between the terms.
    case differentRelations(from: String, to: String, before: [Relation], after: [Relation])
}

/// The answer: the growth rows, the relations measured and why, and the cautions.
public struct GrowthAnswer: Sendable {
    public var growth: Growth
    /// The relations measured.
    public var relations: Set<Relation>?
    /// Whether they are the default (advice and sharing, or the stand-in) rather than asked for.
    public var relationsByDefault: Bool
    /// Whether advice ties were missing from every term, so other ties stood in.
    public var adviceStandIn: Bool
    /// Terms read along other relations than ``relations`` because they have none of those
    /// ties (a term with trust ties only, between terms with advice), by term name: the
    /// relations that stood in there.
    public var standIns: [String: Set<Relation>] = [:]
    public var cautions: [GrowthCaution]
    /// The column units were compared within in the E-I index and the cross-unit share (a
    /// district's `school`), or `nil` when every pair was compared.
    public var comparedWithin: String?
}

/// Growth of several terms (oldest first), the term before them as a baseline when there is one.
public enum GrowthQuestion {
    public static func answer(terms: [AnalysisTerm], baseline: AnalysisTerm? = nil, options: GrowthOptions = GrowthOptions()) throws(AnalysisError)
        -> GrowthAnswer
    {
        func prepared(_ t: AnalysisTerm) -> AnalysisTerm {
            var t = t
            t.network = t.network.markingFormalLeaders(titleWords: options.formalTitles)
            if let minimum = options.minWeight { t.network = t.network.keepingTies(atLeast: minimum) }
            if let level = TermAnalysis.level(of: t.network, options: AnalysisOptions(across: options.across)) {
                t.network = t.network.qualifyingUnits(by: level.values)
            }
            return t
        }
        let terms = terms.map(prepared)
        let baseline = baseline.map(prepared)
        let networks = ([baseline].compactMap { $0 } + terms).map(\.network)
        let present = Set(networks.flatMap(\.relations))
        var relations = try options.relations.resolve(in: networks)
        let byDefault = relations == nil
        if byDefault {
            let influence = present.intersection([.advice, .sharing])
            relations = influence.isEmpty ? InformalAuthority.adviceRelations(among: present) : influence
        }
        // By default a term with none of those ties is read along what stands in for advice
        // in it, rather than as a term without ties.
        var standIns: [String: Set<Relation>] = [:]
        if byDefault, let chosen = relations {
            for network in networks where !network.ties.isEmpty && Set(network.relations).isDisjoint(with: chosen) {
                standIns[network.term.name] = InformalAuthority.adviceRelations(among: Set(network.relations))
            }
        }
        func growthTerm(_ t: AnalysisTerm) -> GrowthTerm {
            GrowthTerm(
                network: t.network, respondents: t.respondents?.count ?? 0, coalition: t.recordedCoalition?.personIDs ?? [],
                levelOf: TermAnalysis.level(of: t.network, options: AnalysisOptions(across: options.across))?.values,
                relations: standIns[t.network.term.name])
        }
        let growth = Growth(terms: terms.map(growthTerm), baseline: baseline.map(growthTerm), relations: relations)
        var answer = GrowthAnswer(
            growth: growth, relations: relations, relationsByDefault: byDefault, adviceStandIn: !present.contains(.advice),
            cautions: cautions(([baseline].compactMap { $0 } + terms), relations: relations, standIns: standIns),
            comparedWithin: terms.lazy.compactMap { TermAnalysis.level(of: $0.network, options: AnalysisOptions(across: options.across))?.column }.first)
        answer.standIns = standIns
        return answer
    }

    /// Consecutive terms whose ties per respondent differ more than threefold, or whose
    /// relations differ.
    static func cautions(_ terms: [AnalysisTerm], relations: Set<Relation>?, standIns: [String: Set<Relation>] = [:]) -> [GrowthCaution] {
        var cautions: [GrowthCaution] = []
        for (a, b) in zip(terms, terms.dropFirst()) {
            let ra = Set(a.network.relations), rb = Set(b.network.relations)
            let measuredA = (standIns[a.network.term.name] ?? relations).map { ra.intersection($0) } ?? ra
            let measuredB = (standIns[b.network.term.name] ?? relations).map { rb.intersection($0) } ?? rb
            if measuredA != measuredB {
                cautions.append(.differentRelations(from: a.network.term.name, to: b.network.term.name, before: measuredA.sorted(), after: measuredB.sorted()))
            }
            func perRespondent(_ t: AnalysisTerm) -> Double? {
                guard let r = t.respondents?.count, r > 0 else { return nil }
                let lookedAt = standIns[t.network.term.name] ?? relations
                return Double(t.network.ties.count { lookedAt?.contains($0.relation) ?? true }) / Double(r)
            }
            if let x = perRespondent(a), let y = perRespondent(b), x > 0, y > 0, max(x, y) / min(x, y) > 3 {
                cautions.append(.tiesPerRespondent(from: a.network.term.name, to: b.network.term.name, before: x, after: y))
            }
        }
        return cautions
    }
}
