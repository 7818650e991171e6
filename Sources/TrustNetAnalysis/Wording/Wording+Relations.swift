import TrustNet

extension Wording {
    /// Relations in words: "advice ties", "sharing and friendship ties", "no ties".
    public static func ties(_ relations: Set<Relation>) -> String {
        relations.isEmpty ? "no ties" : relations.sorted().map(\.name).joined(separator: " and ") + " ties"
    }

    /// The relations a command measured, for its header: "advice", "advice + trust (weights
    /// summed)", with a warning when a negative relation is summed as if it were positive (that
    /// names `--relation`, or in the browser's voice the Relation filter).
    public static func measured(_ relations: Set<Relation>?, in network: Network, voice: Voice = .commandLine) -> String {
        let chosen = relations.map { $0.sorted() } ?? network.relations
        let names = chosen.map(\.name)
        if names.isEmpty { return "no ties" }
        guard names.count > 1 else { return names[0] }
        let negative = chosen.filter(\.soundsNegative).map(\.name)
        let warning =
            negative.isEmpty
            ? ""
            : "; \(negative.joined(separator: " and ")) \(negative.count == 1 ? "is" : "are") summed as if \(negative.count == 1 ? "it were a" : "they were") positive tie\(negative.count == 1 ? "" : "s"): "
                + (voice == .commandLine ? "choose relations with --relation" : "choose a relation in the Relation list")
        return names.joined(separator: " + ") + " (weights summed)" + warning
    }

    /// A diagram's heading: "2026-fall: advice", or, units as nodes, "2026-fall: advice +
    /// sharing ties between departments"; the part drawn after a comma ("…, school Lincoln").
    public static func diagramTitle(_ network: Network, relations: Set<Relation>?, byUnit: Bool, scope: String? = nil, voice: Voice = .commandLine) -> String {
        let drawn =
            byUnit
            ? (relations.map { $0.sorted() } ?? network.relations).map(\.name).joined(separator: " + ") + " ties between \(plural(network.unitName))"
            : measured(relations, in: network, voice: voice)
        return "\(network.term.name): \(drawn)" + (scope.map { ", \($0)" } ?? "")
    }

    /// "only ties at least 3 strong", or nil without a minimum.
    public static func minimumStrength(_ minWeight: Double?) -> String? {
        guard let w = minWeight else { return nil }
        let text = w == w.rounded() && abs(w) < 1e15 ? String(Int(w)) : fixed(w, 2)
        return "only ties at least \(text) strong"
    }

    /// Growth's terms read along what stood in for advice ("no advice or sharing ties in
    /// 2027-spring: its trust ties stand in for them"), one sentence per term, in term order.
    public static func growthStandIns(_ standIns: [String: Set<Relation>], measured: Set<Relation>?, terms: [String]) -> [String] {
        terms.enumerated().compactMap { k, term in
            standIns[term].map {
                "no \(measured.map { ties($0) } ?? "such ties") in \(term): its \(ties($0)) stand in for them"
                    + (k > 0 ? " (ties kept, new and lost since the term before are not counted)" : "")
            }
        }
    }

    /// A note when advice ties are missing and others stood in; nil when advice ties were used.
    public static func adviceStandIn(_ relations: Set<Relation>, usedAdvice: Bool, term: String) -> String? {
        usedAdvice ? nil : "no advice ties in \(term); \(ties(relations)) stand in for advice"
    }
}
