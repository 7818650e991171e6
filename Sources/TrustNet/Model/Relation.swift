/// A kind of tie: `one-on-one`, `advice`, `sharing`, `trust`, or a custom name.
///
/// Relation names are normalized on creation (trimmed, lower-cased, inner spaces and
/// underscores become `-`) so that `"Advice"`, `" advice "` and `"ADVICE"` are one relation,
/// and common spellings of the four standard relations (`1:1`, `one on one`, `1-on-1`) map to
/// their canonical name.
public struct Relation: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The normalized name, e.g. `"advice"`.
    public let name: String

    /// Who meets one-on-one with whom (from a leader's log or a survey question).
    public static let oneOnOne = Relation(canonical: "one-on-one")
    /// Whom a person goes to for advice: the relation informal authority is measured on.
    public static let advice = Relation(canonical: "advice")
    /// With whom a person shares or exchanges practice and materials (lateral sharing).
    public static let sharing = Relation(canonical: "sharing")
    /// Whom a person trusts or confides in.
    public static let trust = Relation(canonical: "trust")

    /// The four relations TrustNet knows by name, in display order.
    public static let standard: [Relation] = [.oneOnOne, .advice, .sharing, .trust]

    private init(canonical: String) { self.name = canonical }

    /// Creates a relation from a user-supplied name, or `nil` when the name is empty after trimming.
    public init?(_ raw: String) {
        var scalars = String.UnicodeScalarView()
        var pendingDash = false
        for scalar in raw.lowercased().unicodeScalars {
            if scalar == " " || scalar == "_" || scalar == "\t" || scalar == "-" {
                pendingDash = !scalars.isEmpty
            } else {
                if pendingDash { scalars.append("-") }
                pendingDash = false
                scalars.append(scalar)
            }
        }
        let normalized = String(scalars)
        guard !normalized.isEmpty else { return nil }
        switch normalized {
        case "1:1", "1-on-1", "one-on-one", "oneonone", "1-1", "one-to-one", "1on1":
            self = .oneOnOne
        default:
            self.name = normalized
        }
    }

    public init(stringLiteral value: String) {
        guard let relation = Relation(value) else { preconditionFailure("empty relation name") }
        self = relation
    }

    /// Whether this is one of the four relations TrustNet knows by name.
    public var isStandard: Bool { Relation.standard.contains(self) }

    /// Word stems that mark a relation as negative: a tie of dislike or blame, not of support.
    static let negativeStems = [
        "dislike", "disesteem", "distrust", "blame", "antagon", "negative", "conflict", "avoid", "troubl", "hostil", "enem",
        "bully", "reject", "argu", "quarrel", "fight", "dispute",
    ]

    /// Whether the name reads as a negative tie (Sampson's dislike and blame, Hawthorne's
    /// antagonism and arguments, van de Bunt's troubled): one that should neither stand in for
    /// advice nor be summed with positive ties.
    public var soundsNegative: Bool { Self.negativeStems.contains { name.contains($0) } }

    public var description: String { name }

    /// Standard relations first, in their display order, then custom ones alphabetically.
    public static func < (lhs: Relation, rhs: Relation) -> Bool {
        let l = standard.firstIndex(of: lhs) ?? standard.count
        let r = standard.firstIndex(of: rhs) ?? standard.count
        return l != r ? l < r : lhs.name < rhs.name
    }
}
