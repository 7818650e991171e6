/// Coburn's four dimensions of scale: what "the work is taking root" means beyond numbers.
///
/// Reference: Coburn, C. E. (2003). Rethinking scale: moving beyond numbers to deep and lasting
/// change. *Educational Researcher* 32(6), 3–12. DOI 10.3102/0013189X032006003.
public enum ScaleDimension: String, Sendable, CaseIterable {
    /// Reaching more people and more units.
    case spread
    /// Stronger, more mutual ties where the work travels.
    case depth
    /// Ties and members that last through turnover.
    case sustainability
    /// Authority for the work moving from a few formal leaders to many colleagues.
    case ownership

    /// One line on what the dimension asks.
    public var question: String {
        switch self {
        case .spread: "is the work reaching more people and more units?"
        case .depth: "are the ties it travels on strong and returned?"
        case .sustainability: "do ties and coalition members last through turnover?"
        case .ownership: "is advice moving from a few formal leaders to many colleagues?"
        }
    }
}

/// A column of the growth table, in output order: the required columns first, then the extras.
///
/// Each column names the ``ScaleDimension`` it speaks to; `term`, `people` and `respondents`
/// describe the term itself and belong to none (``dimension`` is `nil`).
public enum GrowthColumn: String, Sendable, CaseIterable {
    case term, people, respondents, ties, kept, new, lost, density, reciprocity, centralization
    case eiIndex = "ei_index"
    case crossUnitShare = "cross_unit_share"
    case coalitionSize = "coalition_size"
    case coalitionRetained = "coalition_retained"
    case coalitionReach1 = "coalition_reach_1"
    case coalitionReach2 = "coalition_reach_2"
    case unitsReached = "units_reached"
    case adviceToFormalShare = "advice_to_formal_share"
    case coalitionTieStrength = "coalition_tie_strength"
    case coalitionReciprocity = "coalition_reciprocity"
    case peripheryToCore = "periphery_to_core"
    case newSarahs = "new_sarahs"
    case joined, left

    /// The column's name in CSV, JSON and the table.
    public var name: String { rawValue }

    /// The dimension of scale the column measures; `nil` for the columns that describe the term.
    public var dimension: ScaleDimension? {
        switch self {
        case .term, .people, .respondents: nil
        case .ties, .new, .eiIndex, .crossUnitShare, .coalitionSize, .coalitionReach1, .coalitionReach2, .unitsReached: .spread
        case .density, .reciprocity, .coalitionTieStrength, .coalitionReciprocity: .depth
        case .kept, .lost, .coalitionRetained, .joined, .left: .sustainability
        case .centralization, .adviceToFormalShare, .peripheryToCore, .newSarahs: .ownership
        }
    }

    /// Whether the column holds counts (written without decimals).
    public var isCount: Bool {
        switch self {
        case .people, .respondents, .ties, .kept, .new, .lost, .coalitionSize, .coalitionRetained, .unitsReached, .peripheryToCore,
            .newSarahs, .joined, .left:
            true
        default: false
        }
    }

    /// What the column means, for a reader who has not read the documentation.
    public var meaning: String {
        switch self {
        case .term: "the term"
        case .people: "people on the roster"
        case .respondents: "people who answered the survey"
        case .ties: "ties (a person naming a colleague, per relation)"
        case .kept: "ties of the previous term still there (between people on both rosters)"
        case .new: "ties not there the previous term (between people on both rosters)"
        case .lost: "ties of the previous term gone (between people on both rosters; ties to leavers are not lost)"
        case .density: "share of all possible ties that exist"
        case .reciprocity: "share of ties that are returned"
        case .centralization: "in-degree centralization: 1 = everyone names one person; falling = ownership spreading"
        case .eiIndex: "E-I index by unit: −1 all ties inside units, +1 all across"
        case .crossUnitShare: "share of ties between different units"
        case .coalitionSize: "coalition members on the roster"
        case .coalitionRetained: "members of the previous term's coalition still on the roster and still in it"
        case .coalitionReach1: "share of staff outside the coalition who name a member for advice or sharing"
        case .coalitionReach2: "share of staff outside the coalition who name a member, or someone who does (2 steps)"
        case .unitsReached: "units with someone within 2 steps of the coalition"
        case .adviceToFormalShare: "share of advice ties going to formal leaders"
        case .coalitionTieStrength: "mean weight of ties among coalition members and between them and others"
        case .coalitionReciprocity: "share of those ties that are returned"
        case .peripheryToCore: "people in the periphery last term and in the core now"
        case .newSarahs: "people in this term's top 10 by informal authority who were not in last term's"
        case .joined: "people who joined since the previous term"
        case .left: "people who left since the previous term"
        }
    }

    /// The columns every growth table starts with, in order (`trustnet growth --format csv`).
    public static let required: [GrowthColumn] = [
        .term, .people, .respondents, .ties, .kept, .new, .lost, .density, .reciprocity, .centralization, .eiIndex, .crossUnitShare,
        .coalitionSize, .coalitionRetained, .coalitionReach1, .coalitionReach2, .unitsReached,
    ]

    /// The columns of each dimension, in output order.
    public static func columns(of dimension: ScaleDimension?) -> [GrowthColumn] {
        allCases.filter { $0.dimension == dimension }
    }
}
