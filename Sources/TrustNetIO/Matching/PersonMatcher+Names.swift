import TrustNet

/// Names given on the command line (`--keep`, `coalition record`) that match nobody, or
/// several people, on the roster.
public struct UnresolvedNames: Error, Sendable, CustomStringConvertible {
    public var unknown: [String]
    public var ambiguous: [(name: String, candidates: [String])]
    public var term: String

    public var description: String {
        var parts: [String] = []
        if !unknown.isEmpty {
            parts.append("nobody called \(unknown.map { "\"\($0)\"" }.joined(separator: ", ")) on the roster of \(term)")
        }
        for (name, candidates) in ambiguous {
            parts.append("\"\(name)\" could be \(candidates.joined(separator: " or ")): use their id")
        }
        return parts.joined(separator: "; ")
    }
}

extension PersonMatcher {
    /// The roster indices of `names` (ids, e-mails or names, matched as imports match them;
    /// guesses by initials or close spelling are accepted only when unique), in order, without
    /// repeats.
    public func indices(of names: [String], in network: Network) throws(UnresolvedNames) -> [Int] {
        var found: [Int] = []
        var error = UnresolvedNames(unknown: [], ambiguous: [], term: network.term.name)
        for name in names where !name.trimmed.isEmpty {
            switch match(name) {
            case .person(let index, _):
                if !found.contains(index) { found.append(index) }
            case .ambiguous(let candidates):
                error.ambiguous.append((name, candidates.map { "\(network.people[$0].name) (\(network.people[$0].id))" }))
            case .unknown:
                error.unknown.append(name)
            }
        }
        guard error.unknown.isEmpty && error.ambiguous.isEmpty else { throw error }
        return found
    }
}
