import TrustNet

extension Wording {
    /// Why a person is on the edge, keeping "did not answer" and "answered, named nobody" apart:
    /// "named by nobody; did not answer the survey".
    public static func edge(_ v: Int, in network: Network, answered: Bool?) -> String {
        // One pass over the ties (not a graph built for each person on the edge).
        var namers = Set<Int>(), named = Set<Int>()
        for tie in network.ties where tie.source != tie.target {
            if tie.target == v { namers.insert(tie.source) } else if tie.source == v { named.insert(tie.target) }
        }
        let namedBy = namers.count, names = named.count
        let edge = namedBy == 0 ? "named by nobody" : "named by 1 colleague"
        switch answered {
        case .some(false): return "\(edge); did not answer the survey"
        case .some(true): return names == 0 ? "\(edge); answered, naming nobody" : "\(edge); names \(colleagues(names))"
        case .none: return names == 0 ? "\(edge); names nobody (or did not answer)" : "\(edge); names \(colleagues(names))"
        }
    }

    /// "coalition member" or "trusted colleague".
    public static func via(_ kind: OnRamp.Kind) -> String { kind.rawValue }

    /// Growth's cautions about comparing two terms.
    public static func caution(_ caution: GrowthCaution) -> String {
        switch caution {
        case .tiesPerRespondent(let from, let to, let before, let after):
            return "\(from) and \(to) may not be comparable: ties per respondent went from \(fixed(before, 1)) to \(fixed(after, 1)) "
                + "(more than threefold), as when the question or the way of answering changed"
        case .differentRelations(let from, let to, let before, let after):
            func names(_ r: [Relation]) -> String { r.isEmpty ? "none" : r.map(\.name).joined(separator: ", ") }
            return "\(from) and \(to) may not be comparable: their relations differ (\(names(before)) → \(names(after)))"
        }
    }
}
