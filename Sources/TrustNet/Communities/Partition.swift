/// A division of a graph's nodes into communities: a membership vector, as igraph keeps it.
///
/// `membership[v]` is the community of node `v`. Communities are numbered `0..<communityCount`
/// in the order of their smallest node (node 0 is always in community 0, the first node not in
/// community 0 starts community 1, and so on), so two partitions that group the nodes the same
/// way are equal (`==`) whatever labels they were built from. This is igraph's numbering after
/// `reindex_membership` (order of first appearance), in which its community detection returns
/// memberships.
///
/// Example: `Partition(membership: [7, 7, 3, 9, 3])` has membership `[0, 0, 1, 2, 1]`,
/// three communities, and `members(of: 1) == [2, 4]`.
public struct Partition: Sendable, Equatable {
    /// The community of each node, numbered canonically (see the type's description).
    public let membership: [Int]
    /// The number of communities (0 only for a partition of no nodes).
    public let communityCount: Int

    /// A partition from any labels (any integers; equal labels mean the same community),
    /// renumbered canonically. O(n) when the labels are in `0..<n`, O(n log n) otherwise.
    public init(membership labels: [Int]) {
        var canonical = [Int](repeating: 0, count: labels.count)
        var count = 0
        if labels.allSatisfy({ $0 >= 0 && $0 < labels.count }) {
            var relabel = [Int](repeating: -1, count: labels.count)
            for (v, label) in labels.enumerated() {
                if relabel[label] < 0 {
                    relabel[label] = count
                    count += 1
                }
                canonical[v] = relabel[label]
            }
        } else {
            var relabel: [Int: Int] = [:]
            for (v, label) in labels.enumerated() {
                if let c = relabel[label] {
                    canonical[v] = c
                } else {
                    relabel[label] = count
                    canonical[v] = count
                    count += 1
                }
            }
        }
        self.membership = canonical
        self.communityCount = count
    }

    /// Every node in its own community.
    public static func singletons(nodeCount: Int) -> Partition { Partition(membership: Array(0..<nodeCount)) }

    /// Every node in one community.
    public static func together(nodeCount: Int) -> Partition {
        Partition(membership: [Int](repeating: 0, count: nodeCount))
    }

    /// The number of nodes partitioned.
    public var nodeCount: Int { membership.count }

    /// The community of `node`.
    public func community(of node: Int) -> Int { membership[node] }

    /// The nodes of `community`, in increasing order. O(n).
    public func members(of community: Int) -> [Int] {
        precondition(community >= 0 && community < communityCount, "no such community")
        return membership.indices.filter { membership[$0] == community }
    }

    /// The nodes of every community, indexed by community, each in increasing order. O(n).
    public var communities: [[Int]] {
        var result = [[Int]](repeating: [], count: communityCount)
        for (v, c) in membership.enumerated() { result[c].append(v) }
        return result
    }

    /// The number of nodes in each community, indexed by community.
    public var sizes: [Int] {
        var result = [Int](repeating: 0, count: communityCount)
        for c in membership { result[c] += 1 }
        return result
    }
}
