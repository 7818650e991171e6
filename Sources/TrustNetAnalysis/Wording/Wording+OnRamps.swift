import TrustNet

extension Wording {
    /// Why a person is on the edge, keeping "did not answer" and "answered, named nobody" apart:
    /// "named by nobody; did not answer the survey".
    public static func edge(_ v: Int, in network: Network, answered: Bool?) -> String {
        let graph = network.graph()
        let namedBy = graph.predecessors(of: v).count { Int($0) != v }
        let names = graph.successors(of: v).count { Int($0) != v }
        let named = namedBy == 0 ? "named by nobody" : "named by 1 colleague"
        switch answered {
        case .some(false): return "\(named); did not answer the survey"
        case .some(true): return names == 0 ? "\(named); answered, naming nobody" : "\(named); names \(colleagues(names))"
        case .none: return names == 0 ? "\(named); names nobody (or did not answer)" : "\(named); names \(colleagues(names))"
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
