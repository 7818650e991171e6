import TrustNet

/// The terms a growth table reads: a range of the workspace's terms, oldest first.
public struct TermRange: Sendable, Equatable {
    /// The terms of the table, in order.
    public var terms: [String]
    /// The term before the first, when the table does not start at the first term.
    public var baseline: String?
}

extension Workspace {
    /// The terms from `from` to `to` (first and latest when `nil`), and the term before `from`
    /// as a baseline.
    ///
    /// - Throws: ``WorkspaceError/unknownTerm(_:known:)``, ``WorkspaceError/noTerms(path:)``;
    ///   a `from` after `to` is a ``WorkspaceError/termsOutOfOrder(from:to:)``.
    public func termRange(from: String? = nil, to: String? = nil) throws -> TermRange {
        let names = try terms().map(\.term.name)
        guard !names.isEmpty else { throw WorkspaceError.noTerms(path: path) }
        let first = try from.map { try names.firstIndex(of: resolveTerm($0))! } ?? 0
        let last = try to.map { try names.firstIndex(of: resolveTerm($0))! } ?? names.count - 1
        guard first <= last else { throw WorkspaceError.termsOutOfOrder(from: names[first], to: names[last]) }
        return TermRange(terms: Array(names[first...last]), baseline: first > 0 ? names[first - 1] : nil)
    }
}
