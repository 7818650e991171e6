import Testing
@testable import TrustNet

extension CommunityTests {
    @Suite struct PartitionTests {
        @Test func renumbersInOrderOfTheSmallestNode() {
            let p = Partition(membership: [7, 7, 3, 9, 3])
            #expect(p.membership == [0, 0, 1, 2, 1])
            #expect(p.communityCount == 3)
            #expect(p.nodeCount == 5)
            #expect(p.members(of: 1) == [2, 4])
            #expect(p.community(of: 3) == 2)
            #expect(p.communities == [[0, 1], [2, 4], [3]])
            #expect(p.sizes == [2, 2, 1])
        }

        /// Labels outside 0..<n (negative, large) take the other path and give the same result.
        @Test func anyLabelsGiveTheSameGrouping() {
            let a = Partition(membership: [-5, -5, 1_000_000, 42, 1_000_000])
            #expect(a == Partition(membership: [2, 2, 0, 1, 0]))
            #expect(a.membership == [0, 0, 1, 2, 1])
            #expect(a != Partition(membership: [0, 0, 1, 1, 1]))
        }

        /// igraph returns memberships numbered the same way: they come back unchanged.
        @Test(arguments: CommunityReference.names)
        func igraphMembershipsAreAlreadyCanonical(name: String) {
            let membership = CommunityReference.shared.graphs[name]!.leiden.best_membership
            #expect(Partition(membership: membership).membership == membership)
        }

        @Test func singletonsTogetherAndEmpty() {
            #expect(Partition.singletons(nodeCount: 3).membership == [0, 1, 2])
            #expect(Partition.together(nodeCount: 3).communityCount == 1)
            let empty = Partition(membership: [])
            #expect(empty.communityCount == 0 && empty.communities.isEmpty)
        }
    }
}
