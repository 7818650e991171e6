import TrustNet

/// The terms a growth table reads, loaded from the workspace.
public struct GrowthInput: Sendable {
    /// The terms of the table, in order.
    public var terms: [GrowthTerm]
    /// The term before the first, when the table does not start at the first term.
    public var baseline: GrowthTerm?
    /// Terms with no coalition recorded of their own that use the latest earlier record:
    /// (term, term the record comes from).
    public var carriedCoalitions: [(term: String, recordedIn: String)]
}

extension Workspace {
    /// Loads the terms from `from` to `to` (first and latest when `nil`), each with its
    /// respondents and its coalition (the one recorded for it, or else the latest recorded
    /// before it), and the term before `from` as a baseline.
    ///
    /// - Throws: ``WorkspaceError/unknownTerm(_:known:)``, ``WorkspaceError/noTerms(path:)``,
    ///   ``WorkspaceError/unknownUnitColumn(_:term:columns:)``; a `from` after `to` is a
    ///   ``WorkspaceError/termsOutOfOrder(from:to:)``.
    public func growthInput(from: String? = nil, to: String? = nil, unitColumn: String? = nil) throws -> GrowthInput {
        let summaries = try terms()
        let names = summaries.map(\.term.name)
        guard !names.isEmpty else { throw WorkspaceError.noTerms(path: path) }
        let first = try from.map { try names.firstIndex(of: resolveTerm($0))! } ?? 0
        let last = try to.map { try names.firstIndex(of: resolveTerm($0))! } ?? names.count - 1
        guard first <= last else { throw WorkspaceError.termsOutOfOrder(from: names[first], to: names[last]) }
        var carried: [(term: String, recordedIn: String)] = []
        func load(_ i: Int) throws -> GrowthTerm {
            let name = names[i]
            let network = try network(term: name, unitColumn: unitColumn)
            let record = try latestCoalition(upTo: name)
            if let record, record.term != name { carried.append((name, record.term)) }
            return GrowthTerm(network: network, respondents: summaries[i].respondents, coalition: record?.personIDs ?? [])
        }
        let baseline = first > 0 ? try load(first - 1) : nil
        carried.removeAll()
        let terms = try (first...last).map(load)
        return GrowthInput(terms: terms, baseline: baseline, carriedCoalitions: carried)
    }
}
