import Testing
@testable import TrustNet

@Suite struct ListeningCampaignTests {
    /// L (leader, Office); a, b in Science; c, d in Maths; e in Art.
    ///
    ///     one-on-one: L → a twice (two log rows), L → b and b → L (the log and b's survey:
    ///                 one meeting seen twice), a → c is between two others (does not count)
    ///     advice:     a → d, c → d, e → d, b → a, d → c
    static func fixture(extraOneOnOnes: [(Int, Int)] = []) -> Network {
        let people = [
            Person(id: "L", name: "Lee", unit: "Office", title: "Principal"), Person(id: "a", name: "Ana", unit: "Science"),
            Person(id: "b", name: "Ben", unit: "Science"), Person(id: "c", name: "Cy", unit: "Maths"), Person(id: "d", name: "Dee", unit: "Maths"),
            Person(id: "e", name: "Eve", unit: "Art"),
        ]
        var ties = [
            Tie(source: 0, target: 1, relation: .oneOnOne), Tie(source: 0, target: 1, relation: .oneOnOne),
            Tie(source: 0, target: 2, relation: .oneOnOne), Tie(source: 2, target: 0, relation: .oneOnOne),
            Tie(source: 1, target: 3, relation: .oneOnOne),
        ]
        for (s, t) in [(1, 4), (3, 4), (5, 4), (2, 1), (4, 3)] { ties.append(Tie(source: s, target: t, relation: .advice)) }
        for (s, t) in extraOneOnOnes { ties.append(Tie(source: s, target: t, relation: .oneOnOne)) }
        return Network(term: Term(name: "t"), people: people, ties: ties)
    }

    /// Counted by hand: a met twice, b once (the log row and b's own answer are one meeting),
    /// c's one-on-one with a is not the leader's. 2 of the 5 others: 40 %.
    @Test func metAndCoverageCountedByHand() {
        let c = ListeningCampaign(network: Self.fixture(), leaders: [0], next: 3)
        #expect(c.met == [.init(person: 1, count: 2), .init(person: 2, count: 1)])
        #expect(c.others == 5)
        #expect(c.coverage == 0.4)
        #expect(c.byUnit == [
            .init(unit: "Art", people: 1, met: 0), .init(unit: "Maths", people: 2, met: 0), .init(unit: "Science", people: 2, met: 2),
        ])
        #expect(c.byUnit.map(\.share) == [0, 0, 1])
        #expect(c.hasOneOnOneTies)
    }

    /// Units nobody has been met in come first, the larger first, each with its most sought-out
    /// person: Dee (named by three) in Maths, then Eve, Art's only member.
    @Test func unreachedUnitsFirst() {
        let c = ListeningCampaign(network: Self.fixture(), leaders: [0], next: 3)
        #expect(c.next.map(\.person) == [4, 5, 3])
        #expect(c.next[0].reason == .mostSoughtOutInUnit(unit: "Maths"))
        #expect(c.next[1].reason == .mostSoughtOutInUnit(unit: "Art"))
        #expect(c.next[0].reasons.contains(.sarahNotMet(rank: 1)))
        // Eve is named by nobody: on the edge.
        #expect(c.next[1].reasons.contains(.peripheral(namedBy: 0)))
    }

    /// With every unit reached (L also met c and e), the most sought-out colleague not met —
    /// Dee — comes first.
    @Test func mostSoughtOutFirstWhenNoUnitIsUnreached() {
        let network = Self.fixture(extraOneOnOnes: [(0, 3), (5, 0)])
        let authority = InformalAuthority(network: network)
        let c = ListeningCampaign(network: network, leaders: [0], authority: authority, next: 5)
        #expect(c.byUnit.allSatisfy { $0.met > 0 })
        let notMet = authority.ranking.filter { ![0, 1, 2, 3, 5].contains($0) }
        #expect(c.next.first?.person == notMet.first)
        #expect(c.next.first?.person == 4)
        #expect(c.next.first?.reason == .sarahNotMet(rank: 1))
        #expect(c.next.count == 1)  // nobody else is left to meet
    }

    /// On random networks with random meetings, nobody met and no leader is ever suggested;
    /// the list is as long as asked or as the people left; nobody is listed twice.
    @Test func nextNeverListsPeopleAlreadyMet() {
        var g = SeededGenerator(seed: 11)
        for round in 0..<30 {
            let n = 12 + g.index(below: 20)
            let people = (0..<n).map { Person(id: "p\($0)", name: "P\($0)", unit: "U\($0 % 4)") }
            var ties: [Tie] = []
            for _ in 0..<(3 * n) {
                let s = g.index(below: n), t = g.index(below: n)
                if s != t { ties.append(Tie(source: s, target: t, relation: [.advice, .trust, .sharing, .oneOnOne][g.index(below: 4)])) }
            }
            let network = Network(term: Term(name: "t\(round)"), people: people, ties: ties)
            let leaders = [g.index(below: n), g.index(below: n)]
            let k = 1 + g.index(below: n)
            let c = ListeningCampaign(network: network, leaders: leaders, coalition: [g.index(below: n)], next: k)
            let met = Set(c.met.map(\.person))
            let suggested = c.next.map(\.person)
            #expect(Set(suggested).isDisjoint(with: met))
            #expect(Set(suggested).isDisjoint(with: Set(leaders)))
            #expect(Set(suggested).count == suggested.count)
            #expect(suggested.count == min(k, c.others - met.count))
            // Met by hand: a one-on-one tie with a leader either way.
            let byHand = Set(ties.filter { $0.relation == .oneOnOne }.flatMap { t -> [Int] in
                leaders.contains(t.source) ? [t.target] : leaders.contains(t.target) ? [t.source] : []
            }).subtracting(leaders)
            #expect(met == byHand)
        }
    }

    /// A team: meetings of two leaders with the same person add up; a meeting between the two
    /// leaders is not coverage.
    @Test func teamMeetingsAddUp() {
        let network = Self.fixture(extraOneOnOnes: [(1, 0), (3, 1)])
        let c = ListeningCampaign(network: network, leaders: [0, 1], next: 2)
        #expect(c.others == 4)
        // b: 1 with L (the larger direction); c: 1 with a; L–a is inside the team.
        #expect(c.met == [.init(person: 2, count: 1), .init(person: 3, count: 1)])
    }

    /// A scope limits the staff: people outside are neither counted nor suggested.
    @Test func scopeLimitsTheStaff() {
        let scope = [true, true, true, false, false, true]
        let c = ListeningCampaign(network: Self.fixture(), leaders: [0], next: 5, scope: scope)
        #expect(c.others == 3)
        #expect(c.byUnit.map(\.unit) == ["Art", "Science"])
        #expect(c.next.map(\.person) == [5])
    }
}
