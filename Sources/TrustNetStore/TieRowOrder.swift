import TrustNet

/// The order of a term's tie rows — the `tie` table's key (source, target, relation), compared
/// as SQLite compares text (byte by byte) — computed in memory for the ties of an import plan.
///
/// An import inserts each file's ties in this order (a B-tree filled front to back splits no
/// page in the middle), and the graph cache of a term whose ties all come from one import is
/// made from the plan in this order: the ties as the workspace would read them back.
struct TieRowOrder {
    /// Roster position of each member id.
    private let position: PersonIDIndex
    /// Rank of each roster position among the ids in byte order.
    private let rank: [Int32]
    /// Rank of each relation among the relation names in byte order.
    private let relationRank: [Relation: UInt64]
    let relations: [Relation]

    /// - Parameters:
    ///   - members: the term's roster ids, in roster order (node order of its graphs).
    ///   - relations: every relation the ties name.
    init?(members: [String], relations: Set<Relation>) {
        guard members.count < 1 << 24, relations.count < 1 << 16 else { return nil }
        let position = PersonIDIndex(members)
        guard position.hasNoRepeats else { return nil }
        let byBytes = TieRowOrder.byteOrder(members)
        var rank = [Int32](repeating: 0, count: members.count)
        for (r, i) in byBytes.enumerated() { rank[i] = Int32(r) }
        let relationsInOrder = relations.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        var relationRank: [Relation: UInt64] = [:]
        for (r, relation) in relationsInOrder.enumerated() { relationRank[relation] = UInt64(r) }
        self.position = position
        self.rank = rank
        self.relationRank = relationRank
        self.relations = relationsInOrder
    }

    /// Indices of `ids` sorted by their UTF-8 bytes (SQLite's BINARY collation). Swift's own
    /// `<` gives the same order for ASCII text, faster.
    static func byteOrder(_ ids: [String]) -> [Int] {
        if ids.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) { return ids.indices.sorted { ids[$0] < ids[$1] } }
        return ids.indices.sorted { ids[$0].utf8.lexicographicallyPrecedes(ids[$1].utf8) }
    }

    /// A tie placed in the order: its row key, its people by roster position, its weight.
    struct Placed {
        var key: UInt64
        var source: Int32
        var target: Int32
        var relation: UInt64 { key & 0xFFFF }
        var weight: Double
        /// The tie's index in its file.
        var index: Int
    }

    /// The ties of one file placed in row order (equal keys keep file order), or `nil` when a
    /// tie names someone not on the roster.
    func placed(_ ties: [ImportPlan.TieWrite]) -> [Placed]? {
        var out: [Placed] = []
        out.reserveCapacity(ties.count)
        var lastRelation: (relation: Relation, rank: UInt64)?  // ties of one relation, mostly: no hash for each
        for (k, tie) in ties.enumerated() {
            let r: UInt64
            if let last = lastRelation, last.relation == tie.relation {
                r = last.rank
            } else {
                guard let found = relationRank[tie.relation] else { return nil }
                r = found
                lastRelation = (tie.relation, found)
            }
            guard let s = position[tie.source], let t = position[tie.target] else { return nil }
            let key = UInt64(rank[s]) << 40 | UInt64(rank[t]) << 16 | r
            out.append(Placed(key: key, source: Int32(s), target: Int32(t), weight: tie.weight, index: k))
        }
        out.sort { ($0.key, $0.index) < ($1.key, $1.index) }
        return out
    }

    /// The ties of several files (each as ``placed(_:)`` gave it) as the rows will hold them: in
    /// row order, a tie given in two files once with the larger weight.
    func rows(_ files: [[Placed]]) -> [Tie] {
        var all = files.count == 1 ? files[0] : files.flatMap { $0 }.sorted { $0.key < $1.key }
        var merged = 0
        for p in all {
            if merged > 0 && all[merged - 1].key == p.key {
                all[merged - 1].weight = max(all[merged - 1].weight, p.weight)
            } else {
                all[merged] = p
                merged += 1
            }
        }
        return all[..<merged].map { Tie(source: Int($0.source), target: Int($0.target), relation: relations[Int($0.relation)], weight: $0.weight) }
    }
}
