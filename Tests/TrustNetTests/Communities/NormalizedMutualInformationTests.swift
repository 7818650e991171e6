import Foundation
import Testing
@testable import TrustNet

extension CommunityTests {
    @Suite struct NormalizedMutualInformationTests {
        @Test func aPartitionWithItselfIsOne() {
            for membership in [[0, 0, 1, 1], [0, 1, 2, 3], [3, 1, 1, 0, 2, 2, 0]] {
                let p = Partition(membership: membership)
                #expect(p.normalizedMutualInformation(with: p) == 1)
                #expect(p.normalizedMutualInformation(with: Partition(membership: membership.map { 10 - $0 })) == 1)
            }
        }

        /// X = {0, 1}{2, 3}, Y = {0, 1, 2}{3}: overlaps 2, 1, 1 of sizes (2, 3), (2, 3), (2, 1).
        /// I = ½ln(8/6) + ¼ln(4/6) + ¼ln(4/2) = (3/2)ln 2 − (3/4)ln 3; H(X) = ln 2;
        /// H(Y) = −¾ln ¾ − ¼ln ¼ = 2 ln 2 − (3/4)ln 3; NMI = 2I / (H(X) + H(Y)) ≈ 0.343711
        /// (igraph: 0.3437110184854509).
        @Test func handWorkedPair() {
            let x = Partition(membership: [0, 0, 1, 1])
            let y = Partition(membership: [0, 0, 0, 1])
            let expected = 2 * (1.5 * log(2.0) - 0.75 * log(3.0)) / (3 * log(2.0) - 0.75 * log(3.0))
            #expect(abs(expected - 0.3437110184854509) < 1e-15)
            #expect(abs(x.normalizedMutualInformation(with: y) - expected) < 1e-15)
            #expect(abs(y.normalizedMutualInformation(with: x) - expected) < 1e-15)
        }

        /// sklearn's and igraph's limit cases: one community on both sides is a perfect match;
        /// one community against a real split carries no information.
        @Test func limitCases() {
            let together = Partition.together(nodeCount: 5)
            #expect(together.normalizedMutualInformation(with: together) == 1)
            #expect(together.normalizedMutualInformation(with: Partition(membership: [0, 0, 1, 1, 2])) == 0)
            #expect(Partition(membership: []).normalizedMutualInformation(with: Partition(membership: [])) == 1)
            // Independent: each X community meets each Y community equally.
            #expect(Partition(membership: [0, 0, 1, 1]).normalizedMutualInformation(with: Partition(membership: [0, 1, 0, 1])) == 0)
        }

        @Test(arguments: CommunityReference.names)
        func agreesWithIgraph(name: String) {
            let r = CommunityReference.shared.graphs[name]!
            #expect(r.nmi.count >= 10)
            for pair in r.nmi {
                let value = r.partition(named: pair.a).normalizedMutualInformation(with: r.partition(named: pair.b))
                #expect(abs(value - pair.value) <= 1e-9, "\(name) \(pair.a) vs \(pair.b): \(value) vs igraph \(pair.value)")
            }
        }
    }
}
