import TrustNet

/// The relations a question looks at, as `--relation` (repeatable, or comma-separated), the
/// report's settings and the web app's filter give them: parsed once, checked against the data
/// once, the same everywhere. Empty means every relation, weights summed.
public struct RelationSelection: Sendable, Equatable {
    /// The names as given, trimmed; empty for all relations.
    public let names: [String]

    /// Every relation.
    public static let all = RelationSelection([])

    /// `names` may hold several relations separated by commas ("advice,trust").
    public init(_ names: [String]) {
        self.names = names.flatMap { $0.split(separator: ",") }.map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }

    public var isAll: Bool { names.isEmpty }

    /// The relations chosen, each present in at least one of `networks`; `nil` for all.
    ///
    /// - Throws: ``AnalysisError/unknownRelation(_:known:)`` for a name that is no relation of
    ///   the data.
    public func resolve(in networks: [Network]) throws(AnalysisError) -> Set<Relation>? {
        guard !isAll else { return nil }
        let known = Set(networks.flatMap(\.relations))
        var chosen = Set<Relation>()
        for name in names {
            guard let relation = Relation(name), known.contains(relation) else {
                throw .unknownRelation(name, known: known.sorted().map(\.name))
            }
            chosen.insert(relation)
        }
        return chosen
    }

    /// ``resolve(in:)`` for one network.
    public func resolve(in network: Network) throws(AnalysisError) -> Set<Relation>? { try resolve(in: [network]) }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks (no Foundation here).
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
