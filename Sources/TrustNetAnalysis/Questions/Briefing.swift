import TrustNet

/// What the report (HTML and JSON) and the web app's workspace page show about one term, with
/// the options of every question in it; each question's defaults are its own, so the report's
/// Sarahs and suggested coalition are exactly what `trustnet sarahs` and `trustnet coalition
/// suggest` give with theirs.
public struct BriefingOptions: Sendable, Equatable {
    public var analysis: AnalysisOptions
    public var sarahs: SarahsOptions
    public var coalition: CoalitionOptions
    public var spread: SpreadOptions
    public var growthRelations: RelationSelection
    /// Random unit assignments of the E-I permutation test.
    public var permutations: Int
    /// The seed of every random part (spread, E-I permutations): same seed, same report.
    public var seed: UInt64

    public init(
        analysis: AnalysisOptions = AnalysisOptions(), sarahs: SarahsOptions = SarahsOptions(), coalition: CoalitionOptions = CoalitionOptions(),
        spread: SpreadOptions = SpreadOptions(), growthRelations: RelationSelection = .all, permutations: Int = 1_000, seed: UInt64 = 1
    ) {
        self.analysis = analysis
        self.sarahs = sarahs
        self.coalition = coalition
        self.spread = spread
        self.growthRelations = growthRelations
        self.permutations = permutations
        self.seed = seed
    }
}

/// One term's answers to every question of the report, computed once and shared by its
/// sections: the summary's numbers, the Sarahs, the coalition (recorded and suggested), sharing
/// between units, the pre-mortem, on-ramps, spread, growth and data quality.
public struct Briefing: Sendable {
    /// The summary's key figures.
    public struct Summary: Sendable {
        /// Share of staff within two steps of the coalition in use (recorded, else suggested).
        public var coalitionWithinTwo: Double
        /// Hidden leaders (``SarahsAnswer/hiddenLeaders``); `nil` when the roster marks no
        /// formal leaders, so nobody is hidden by lacking a title.
        public var hiddenLeaders: Int?
        /// Share of lateral ties (sharing, or what stands in) that cross units; `nil` without units.
        public var crossUnitShare: Double?
        /// People nobody names for advice (or its stand-in).
        public var namedByNobody: Int
        /// In-degree centralization of the advice ties (or their stand-in).
        public var adviceCentralization: Double
    }

    /// Data quality: who answered, who has no tie, and why.
    public struct Quality: Sendable {
        public var people: Int
        /// `nil` when the workspace does not know who answered.
        public var respondents: Int?
        /// People with no tie of any kind, split by why when it is known.
        public var isolates: [Int]
        /// Isolates who did not answer the survey (nobody named them either).
        public var isolatesWhoDidNotAnswer: [Int]
        /// Isolates who answered and named nobody (and whom nobody named).
        public var isolatesWhoNamedNobody: [Int]
        public var tiesByRelation: [(relation: Relation, ties: Int)]
        public var withoutUnit: Int
    }

    public let analysis: TermAnalysis
    public let options: BriefingOptions
    public let summary: Summary
    public let sarahs: SarahsAnswer
    /// The recorded coalition with its reach compared, when one is recorded.
    public let recorded: (coalition: CoalitionInUse, ordered: CoalitionSuggestion, comparison: [CoalitionReachRow])?
    /// What `trustnet coalition suggest` gives with its defaults.
    public let suggested: CoalitionAnswer
    /// The coalition the pre-mortem, on-ramps, spread and summary examine.
    public let coalition: CoalitionInUse
    /// The relations sharing between units is measured on: sharing, or what stands in.
    public let lateralRelations: Set<Relation>?
    public let structure: NetworkStructure
    public let premortem: PremortemAnswer
    /// Lateral-sharing introductions (`trustnet introduce` with its defaults), shown beside the
    /// pre-mortem's units that share nothing; `nil` without units.
    public let introductions: IntroductionsAnswer?
    public let onRamps: OnRampsAnswer
    public let spread: SpreadAnswer
    /// Growth over the terms up to this one; `nil` with one term.
    public let growth: GrowthAnswer?
    public let quality: Quality

    /// The briefing of `terms[reportTerm]`, with growth over `terms[...reportTerm]`.
    public init(terms: [AnalysisTerm], reportTerm: Int, options: BriefingOptions = BriefingOptions()) throws(AnalysisError) {
        precondition(terms.indices.contains(reportTerm), "the report's term is one of the terms")
        let analysis = TermAnalysis(terms[reportTerm], options: options.analysis)
        let network = analysis.network
        self.analysis = analysis
        self.options = options
        sarahs = try analysis.sarahs(options.sarahs)
        let recorded = analysis.term.recordedCoalition.map { !$0.personIDs.isEmpty } ?? false ? try analysis.recordedCoalitionReach() : nil
        self.recorded = recorded
        suggested = try analysis.coalitionSuggestion(options.coalition)
        coalition =
            recorded?.coalition
            ?? CoalitionInUse(
                members: suggested.suggestion.members, recordedIn: nil, suggestedSize: options.coalition.size, missing: 0, noneRecorded: true)
        // Every section examines this one coalition: the suggestion is computed once.
        premortem = analysis.premortem(of: coalition)
        introductions = network.units.count > 1 ? try analysis.introductions() : nil
        onRamps = analysis.onRamps(to: coalition)
        var spreadOptions = options.spread
        spreadOptions.seed = options.seed
        spread = try analysis.spread(spreadOptions, coalition: coalition)
        lateralRelations = network.relations.contains(.sharing) ? [.sharing] : network.influenceRelations
        structure = analysis.structure(relations: lateralRelations, permutations: options.permutations, seed: options.seed)
        let upTo = Array(terms.prefix(through: reportTerm))
        growth =
            upTo.count > 1
            ? try GrowthQuestion.answer(
                terms: upTo,
                options: GrowthOptions(
                    relations: options.growthRelations, minWeight: options.analysis.minWeight, formalTitles: options.analysis.formalTitles,
                    across: options.analysis.across))
            : nil

        let withinTwo = (recorded?.comparison.first ?? suggested.comparison.first)?.withinTwo ?? 0
        var crossUnit: Double?
        if let ei = structure.ei, ei.external + ei.internal > 0 { crossUnit = Double(ei.external) / Double(ei.external + ei.internal) }
        let advice = network.graph(relations: analysis.authority.adviceRelations)
        summary = Summary(
            coalitionWithinTwo: withinTwo, hiddenLeaders: network.people.contains(where: \.isFormalLeader) ? sarahs.hiddenLeaders.count : nil,
            crossUnitShare: crossUnit, namedByNobody: (0..<advice.nodeCount).count { advice.inDegree(of: $0) == 0 },
            adviceCentralization: advice.inDegreeCentralization)

        let isolates = network.graph().isolates
        let term = analysis.term
        quality = Quality(
            people: network.people.count, respondents: term.respondents?.count, isolates: isolates,
            isolatesWhoDidNotAnswer: isolates.filter { term.answered($0) == false }, isolatesWhoNamedNobody: isolates.filter { term.answered($0) == true },
            tiesByRelation: network.relations.map { r in (r, network.ties.count { $0.relation == r }) }, withoutUnit: network.people.count { $0.unit == nil })
    }
}
