import TrustNet

/// What every question of a term shares: which ties count, who counts as a formal leader, and
/// how informal authority is weighed. Defaults defined here, once.
public struct AnalysisOptions: Sendable, Equatable {
    /// Only ties at least this strong (`--min-weight`); `nil` keeps every tie.
    public var minWeight: Double?
    /// Title words that mark formal leaders besides ``Person/leadershipTitleWords``
    /// (`--formal-title`); a roster's `formal` column still decides first.
    public var formalTitles: [String]
    /// The weights of informal authority's parts (`sarahs --weights`).
    public var authorityWeights: AuthorityWeights
    /// Compare every pair of units (`--across`), not only units within the same school.
    public var across: Bool
    /// The higher level units are compared within (default: `school`, when the roster has it
    /// and it is not the unit itself).
    public var levelColumn: String?
    /// Betweenness (informal authority's brokerage, the pre-mortem's broker): exact up to
    /// 10,000 people, estimated from 1,024 seeded sources beyond; the report seeds it with its
    /// `--seed`.
    public var betweenness: BetweennessSampling = BetweennessSampling()

    public init(
        minWeight: Double? = nil, formalTitles: [String] = [], authorityWeights: AuthorityWeights = AuthorityWeights(), across: Bool = false,
        levelColumn: String? = nil
    ) {
        self.minWeight = minWeight
        self.formalTitles = formalTitles
        self.authorityWeights = authorityWeights
        self.across = across
        self.levelColumn = levelColumn
    }
}
