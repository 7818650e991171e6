import TrustNet

extension Diagram {
    /// Who is named and in what order: the key people, always tried first — the
    /// ``DiagramOptions/labelTop`` most sought-out (informal authority), the coalition, the
    /// ``DiagramOptions/labelTop`` largest by the size measure — then (with
    /// ``NameChoice/all``) everyone else, the most named first.
    public struct Naming: Sendable {
        /// Key people, in the order their names are placed.
        public var key: [Int]
        /// Everyone whose name is tried, key people first.
        public var order: [Int]
    }

    public var naming: Naming {
        let n = network.people.count
        guard options.labels != .none, n > 0 else { return Naming(key: [], order: []) }
        let k = max(0, options.labelTop)
        let sought = options.soughtOut ?? InformalAuthority(network: network).ranking
        let (_, bySize) = nodeWidths
        var seen = Set<Int>()
        var key: [Int] = []
        for i in Array(sought.prefix(k)) + options.coalition.sorted() + Array(bySize.prefix(k)) where i < n && seen.insert(i).inserted {
            key.append(i)
        }
        guard options.labels == .all else { return Naming(key: key, order: key) }
        let named = inDegrees
        var sizeRank = [Int](repeating: 0, count: n)
        for (r, i) in bySize.enumerated() { sizeRank[i] = r }
        let others = (0..<n).filter { !seen.contains($0) }.sorted { (-named[$0], sizeRank[$0], $0) < (-named[$1], sizeRank[$1], $1) }
        return Naming(key: key, order: key + others)
    }

    /// The legend's line on who is named, in a leader's words: "names: everyone", "names: the
    /// 15 most sought-out, the coalition and the 15 largest by pagerank; 40 others where they
    /// fit", and how many key people found no room.
    func namesLegend(naming: Naming, named: Set<Int>) -> String {
        let n = network.people.count
        if options.labels == .none || n == 0 { return "names: none (hover over a circle for its name)" }
        if named.count == n { return "names: everyone" }
        let k = min(options.labelTop, n)
        var parts: [String] = []
        if k > 0 { parts.append("the \(k) most sought-out") }
        if !options.coalition.isEmpty { parts.append("the coalition") }
        if k > 0 {
            parts.append("the \(k) " + (options.sizeBy.map { "largest by \($0.name)" } ?? "most named"))
        }
        var text = "names: " + (parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + parts.last! : parts.first ?? "nobody")
        let keyUnnamed = naming.key.filter { !named.contains($0) }.count
        let others = named.count - (naming.key.count - keyUnnamed)
        if options.labels == .all && others > 0 { text += "; \(others) others where they fit" }
        if keyUnnamed > 0 { text += "; no room for \(keyUnnamed) of them (hover over a circle)" }
        return text
    }
}
