import Testing
@testable import TrustNet
import TrustNetAnalysis

/// More hand-built schools for the pre-mortem and on-ramps, with the answers worked by hand.
extension HandSchools {
    static func network(_ people: [Person], _ ties: [(String, String, Relation)], unitName: String = "department") -> Network {
        let index = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($1.id, $0) })
        let list = ties.map { Tie(source: index[$0.0]!, target: index[$0.1]!, relation: $0.2) }
        return Network(term: Term(name: "2026-fall"), people: people, ties: list, unitName: unitName)
    }

    /// Two departments joined by one broker:
    ///
    ///     m3 ⇄ m4          s3 ⇄ s4          rings both ways (sharing):
    ///     ⇅     ⇅          ⇅     ⇅          m1 ⇄ m2 ⇄ m3 ⇄ m4 ⇄ m5 ⇄ m1, same for s1…s5
    ///     m2    m5         s2    s5
    ///       ⇅  ⇅             ⇅  ⇅           b (Science) shares both ways with m1, m2, s1, s2
    ///        m1 ⇄ b ⇄ s1                    advice: every mᵢ asks m1, every sᵢ asks s1
    ///
    /// b is the only link: an articulation point (five colleagues cut off without b), the
    /// only person between Maths and Science, and on every shortest path between them
    /// (b(b) = 5·5·2 = 50 of the 10·9 = 90 connected ordered pairs without b).
    static var joinedByOneBroker: Network {
        let maths = (1...5).map { person("m\($0)", "Maths") }
        let science = (1...5).map { person("s\($0)", "Science") } + [person("b", "Science")]
        var ties: [(String, String, Relation)] = []
        for prefix in ["m", "s"] {
            for i in 1...5 {
                let next = i % 5 + 1
                ties += [("\(prefix)\(i)", "\(prefix)\(next)", .sharing), ("\(prefix)\(next)", "\(prefix)\(i)", .sharing)]
                if i > 1 { ties.append(("\(prefix)\(i)", "\(prefix)1", .advice)) }
            }
        }
        for x in ["m1", "m2", "s1", "s2"] { ties += [("b", x, .sharing), (x, "b", .sharing)] }
        return network(maths + science, ties)
    }

    /// A star: five teachers ask c for advice; c asks nobody.
    static var star: Network {
        network([person("c", "Maths")] + (1...5).map { person("t\($0)", "Maths") }, (1...5).map { ("t\($0)", "c", .advice) })
    }

    /// A principal P whom three teachers ask, a head of department H whom nobody asks, and a
    /// hidden leader S (no title) whom all six teachers ask and trust.
    static var hiddenLeader: Network {
        var people = [person("P", "Office", "Principal"), person("H", "Maths", "Head of Maths"), person("S", "Maths")]
        people += (1...6).map { person("t\($0)", "Maths") }
        var ties: [(String, String, Relation)] = []
        for i in 1...6 { ties += [("t\(i)", "S", .advice), ("t\(i)", "S", .trust)] }
        for i in 1...3 { ties.append(("t\(i)", "P", .advice)) }
        ties += [("H", "S", .advice), ("P", "S", .sharing)]
        return network(people, ties)
    }

    /// For on-ramps (all ties advice unless marked):
    ///
    ///     Maths:    t1 → S, t2 → S (also trust), t2 → t1, S → t1 (sharing), S → t2 (sharing),
    ///               u → t2 (nobody names u), i alone
    ///     Science:  s1 → b, s2 → b (also trust), s2 → s1, b → s1 (sharing), s1 → s2 (sharing),
    ///               b → s2 (sharing), k → s1 (nobody names k), j alone
    ///
    /// Everyone else is named by two colleagues or more, so the peripheral people are u, i, j
    /// and k. With the coalition {S}: u reaches S in two steps (u — t2 — S); i has no tie, so
    /// their on-ramp is the most trusted in Maths, S; Science cannot reach S at all, so j and k
    /// get b, the most trusted in Science (k — s1 — b: two steps; j: none).
    static var onRampSchool: Network {
        let people = ["S", "t1", "t2", "u", "i"].map { person($0, "Maths") } + ["b", "s1", "s2", "k", "j"].map { person($0, "Science") }
        return network(
            people,
            [
                ("t1", "S", .advice), ("t2", "S", .advice), ("t1", "S", .trust), ("t2", "S", .trust), ("t2", "t1", .advice),
                ("S", "t1", .sharing), ("S", "t2", .sharing), ("u", "t2", .advice),
                ("s1", "b", .advice), ("s2", "b", .advice), ("s1", "b", .trust), ("s2", "b", .trust), ("s2", "s1", .advice),
                ("b", "s1", .sharing), ("s1", "s2", .sharing), ("b", "s2", .sharing), ("k", "s1", .advice),
            ])
    }
}

func undirectedGraph(nodes: Int, _ edges: [(Int, Int)]) -> Graph {
    var builder = GraphBuilder(nodeCount: nodes)
    for (a, b) in edges { builder.addTie(from: a, to: b) }
    return builder.build()
}

@Suite struct FragmentationTests {
    /// The path a — b — c and an isolate d (the doc comment's example).
    @Test func workedByHand() {
        let f = Fragmentation(graph: undirectedGraph(nodes: 4, [(0, 1), (2, 1)]))
        #expect(f.value == 0.5)  // 1 − (3·2 + 0)/(4·3)
        let twoThirds: Double = 1 - 2.0 / 6
        let expected: [Double] = [twoThirds, 1, twoThirds, 0]
        #expect(f.withoutPerson.values == expected)
        #expect(f.articulationPoints == [1])
        #expect(f.piecesWithout == [[2], [1, 1], [2], []])
        #expect(f.cutOff(without: 1) == 1 && f.cutOff(without: 0) == 0)
        #expect(Fragmentation.fragmentation(componentSizes: [3, 1]) == 0.5)
        #expect(Fragmentation.fragmentation(componentSizes: [1]) == 0)
    }

    /// Articulation points by hand, ties in both directions and mixed:
    ///
    ///     0 — 1        5
    ///      \ /         |
    ///       2 — 3 — 4 — 6 — 7       8 — 9 — 10 — 8       11 (alone)
    ///
    /// 2 separates {0, 1}; 3 separates {0, 1, 2} from {4…7}; 4 separates 5 and {6, 7};
    /// 6 separates 7. Components 8, 3, 1: F = 1 − (56 + 6)/132 = 35/66. Without 4:
    /// components 4, 1, 2 (and 3, 1): F = 1 − (12 + 2 + 6)/110 = 9/11.
    @Test func articulationPointsByHand() {
        let edges = [(0, 1), (2, 0), (1, 2), (2, 3), (4, 3), (3, 4), (4, 5), (6, 4), (6, 7), (8, 9), (10, 9), (8, 10)]
        let graph = undirectedGraph(nodes: 12, edges)
        #expect(graph.articulationPoints() == [2, 3, 4, 6])
        let f = Fragmentation(graph: graph)
        #expect(f.articulationPoints == [2, 3, 4, 6])
        #expect(abs(f.value - 35.0 / 66) < 1e-15)
        #expect(abs(f.withoutPerson[4] - 9.0 / 11) < 1e-15)
        #expect(f.piecesWithout[2] == [5, 2] && f.piecesWithout[3] == [4, 3] && f.piecesWithout[4] == [4, 2, 1] && f.piecesWithout[6] == [6, 1])
        #expect(f.piecesWithout[0] == [7] && f.piecesWithout[9] == [2] && f.piecesWithout[11] == [])
        #expect([2, 3, 4, 6].map(f.cutOff(without:)) == [2, 3, 3, 1])
    }

    /// The centre of a star is its only cut point, found as the root of the search.
    @Test func starCentre() {
        let graph = undirectedGraph(nodes: 6, (1...5).map { ($0, 0) })
        let f = Fragmentation(graph: graph)
        #expect(f.articulationPoints == [0])
        #expect(f.withoutPerson[0] == 1 && f.cutOff(without: 0) == 4)
        #expect(f.piecesWithout[0] == [1, 1, 1, 1, 1])
    }

    /// A long chain: no recursion, every inner node a cut point.
    @Test func longChain() {
        let n = 100_000
        let graph = undirectedGraph(nodes: n, (1..<n).map { ($0 - 1, $0) })
        let f = Fragmentation(graph: graph)
        #expect(f.articulationPoints.count == n - 2 && f.articulationPoints.first == 1 && f.articulationPoints.last == n - 2)
        #expect(f.piecesWithout[n / 2] == [n / 2, n / 2 - 1])
    }

    /// Against brute force (remove each person, count components again) on random graphs.
    @Test(arguments: Array(1...12))
    func matchesBruteForce(seed: Int) {
        let graph = randomGraph(nodes: 30, ties: 18 + 3 * seed, seed: UInt64(seed))
        let f = Fragmentation(graph: graph)
        let before = graph.weakComponents().count
        for v in 0..<30 {
            var builder = GraphBuilder(nodeCount: 30)
            for u in 0..<30 where u != v {
                for w in graph.successors(of: u) where Int(w) != v { builder.addTie(from: u, to: Int(w)) }
            }
            let without = builder.build().weakComponents()
            let isIsolate = graph.inDegree(of: v) == 0 && graph.outDegree(of: v) == 0
            #expect(f.articulationPoints.contains(v) == (without.count >= before + 2), "seed \(seed) node \(v)")
            #expect((f.piecesWithout[v].count >= 2) == f.articulationPoints.contains(v))
            var sizes = without.sizes
            sizes.remove(at: without.membership[v])
            #expect(abs(f.withoutPerson[v] - Fragmentation.fragmentation(componentSizes: sizes)) < 1e-12, "seed \(seed) node \(v)")
            #expect(isIsolate == f.piecesWithout[v].isEmpty)
        }
    }

    /// Kapferer's tailor shop (instrumental ties, wave 2; two isolates), against NetworkX 3.6.1:
    /// `articulation_points(G.to_undirected())` and 1 − Σ s(s − 1)/(n(n − 1)) over
    /// `connected_components`, with each node removed in turn (computed from the edges in
    /// Fixtures/centrality-networkx.json).
    @Test func kapfererAgainstNetworkX() throws {
        let graph = try #require(NetworkXReference.shared.graphs["kapferer-instrumental-2"]).graph
        let f = Fragmentation(graph: graph)
        #expect(f.articulationPoints == [10, 32])
        #expect(abs(f.value - 0.23886639676113364) < 1e-12)
        let expected: [Int: Double] = [10: 0.290184921764, 32: 0.201991465149, 5: 0.200568990043, 25: 0.197724039829, 0: 0.24466571835]
        for (v, value) in expected { #expect(abs(f.withoutPerson[v] - value) < 1e-11, "node \(v)") }
    }
}

@Suite struct PremortemTests {
    func index(_ network: Network, _ id: String) -> Int { network.index(ofPersonWithID: id)! }

    /// The broker joining two departments heads the pre-mortem, and is named as cut point,
    /// unit bridge and broker.
    @Test func brokerIsTheTopFinding() {
        let network = HandSchools.joinedByOneBroker
        let b = index(network, "b")
        for coalition in [[], [index(network, "m1"), index(network, "s1")]] {
            let premortem = Premortem(network: network, coalition: coalition)
            let top = premortem.findings[0]
            #expect(top.people == [b], "\(premortem.findings.map { Wording.sentence($0, in: network) })")
            #expect(top.kind == .oneBroker)
            #expect(abs(top.severity - 50.0 / 90) < 1e-12)
            #expect(Wording.sentence(top, in: network) == "b lies on 56% of all shortest paths between colleagues: much depends on one broker.")
            let cut = premortem.findings.first { $0.kind == .cutPoint }
            #expect(cut?.people == [b] && cut?.severity == 5.0 / 11)
            #expect(
                cut.map { Wording.sentence($0, in: network) }
                    == "If b left, 5 colleagues (all in Science) would have no path left to the rest of the staff, and 56% of pairs of colleagues would have none between them (now 0%).")
            let bridge = premortem.findings.first { $0.kind == .unitBridge }
            #expect(bridge?.people == [b] && bridge?.units == ["Maths", "Science"] && bridge?.severity == 5.0 / 11)
            #expect(bridge.map { Wording.sentence($0, in: network) } == "Only b connects Maths and Science: every advice or sharing tie between the two departments goes to or from them.")
            // Sorted by severity; equal severities in kind order.
            for (x, y) in zip(premortem.findings, premortem.findings.dropFirst()) {
                #expect(x.severity > y.severity || (x.severity == y.severity && x.kind <= y.kind))
            }
            #expect(!premortem.findings.contains { $0.kind == .noLateralSharing || $0.kind == .fragmentation })
        }
    }

    /// Losing m1 costs the coalition {m1, s1} m3, m4 and m5 (m2 still reaches s1 through b:
    /// m2 → b → s1); before, everyone of 11 is within two steps; after, 7 of the 10 left.
    @Test func memberLossByHand() {
        let network = HandSchools.joinedByOneBroker
        let m1 = index(network, "m1")
        let premortem = Premortem(network: network, coalition: [m1, index(network, "s1")])
        let loss = premortem.findings.filter { $0.kind == .memberLoss && $0.people == [m1] }
        #expect(loss.count == 1)
        #expect(loss.first?.severity == 3.0 / 11)
        #expect(loss.first.map { Wording.sentence($0, in: network) } == "If m1 left, the coalition would reach 3 fewer colleagues within two steps (from 100% to 70% of staff).")
        #expect(loss.first?.units == ["Maths"])
    }

    /// The centre of a star is its cut point; c asks nobody, so nobody brokers.
    @Test func starCentreIsTheCutPoint() {
        let network = HandSchools.star
        let premortem = Premortem(network: network, coalition: [])
        let top = premortem.findings[0]
        #expect(top.kind == .cutPoint && top.people == [0] && top.severity == 4.0 / 6)
        #expect(
            Wording.sentence(top, in: network)
                == "If c left, their part of the network would fall into 5 groups with no path between them, cutting 4 colleagues (all in Maths) off from the largest (of 1 person), and 100% of pairs of colleagues would have no path between them (now 0%).")
        #expect(!premortem.findings.contains { $0.kind == .oneBroker })
    }

    /// A hidden leader everyone asks and a head nobody asks: of the advice to formal leaders,
    /// all goes to the principal (t1…t3), none to the head.
    @Test func oneFormalLeader() {
        let network = HandSchools.hiddenLeader
        let premortem = Premortem(network: network, coalition: [index(network, "S")])
        let finding = premortem.findings.first { $0.kind == .oneFormalLeader }
        #expect(finding.map { Wording.sentence($0, in: network) } == "100% of the advice sought from formal leaders goes to one of them, P.")
        #expect(finding?.people == [index(network, "P")] && finding?.severity == 3.0 / 9)
        // The Office (P alone) is reached: P shares with S.
        #expect(!premortem.findings.contains { $0.kind == .unreachedUnit })
    }

    /// HandSchools.twoDepartments plus Arts (a1 ⇄ a2, tied to nobody else): Arts is cut off,
    /// unreached, and shares nothing with Maths or Science (no sharing ties in this school, so
    /// any tie between units counts).
    @Test func unreachedAndUnlinkedUnits() {
        let base = HandSchools.twoDepartments
        let people = base.people + [HandSchools.person("a1", "Arts"), HandSchools.person("a2", "Arts")]
        let a1 = people.count - 2, a2 = people.count - 1
        let ties = base.ties + [Tie(source: a1, target: a2, relation: .advice), Tie(source: a2, target: a1, relation: .advice)]
        let network = Network(term: base.term, people: people, ties: ties, unitName: "department")
        let premortem = Premortem(network: network, coalition: [index(network, "S")])
        let sentences = premortem.findings.map { Wording.sentence($0, in: network) }
        #expect(sentences.contains("The coalition reaches nobody in Arts within two steps (2 colleagues)."))
        #expect(sentences.contains("Arts and Maths share nothing: no tie of any kind in either direction between their 8 people."))
        #expect(sentences.contains("Arts and Science share nothing: no tie of any kind in either direction between their 7 people."))
        let split = premortem.findings.first { $0.kind == .fragmentation }
        #expect(split?.people == [a1, a2] && split?.severity == 2.0 / 13)
        // 1 − (11·10 + 2·1)/(13·12) = 44/156 ≈ 28%.
        #expect(
            split.map { Wording.sentence($0, in: network) }
                == "a1 and a2 (Arts) are already cut off from the main group of 11: 2 form a separate group; 28% of pairs of colleagues have no path between them.")
        // Science: b (1 step) and s1, s3 (2 steps) are reached, s2 and s4 are not: 3 of 5.
        #expect(!sentences.contains { $0.contains("in Science within two steps") })
    }

    /// Five one-person units, one sharing tie (a → b): nine pairs of units never share; three
    /// are listed (by name, all being equally small) and the other six summed up after them.
    /// c, d and e have no tie at all.
    @Test func unitPairsAreSummedUpAndIsolatesNamed() {
        let people = ["a", "b", "c", "d", "e"].enumerated().map { HandSchools.person($1, "U\($0 + 1)") }
        let network = HandSchools.network(people, [("a", "b", .sharing)], unitName: "unit")
        let premortem = Premortem(network: network, coalition: [])
        let pairs = premortem.findings.filter { $0.kind == .noLateralSharing }.map { Wording.sentence($0, in: network) }
        #expect(pairs == [
            "U1 and U3 share nothing: no sharing tie in either direction between their 2 people.",
            "U1 and U4 share nothing: no sharing tie in either direction between their 2 people.",
            "U1 and U5 share nothing: no sharing tie in either direction between their 2 people.",
            "6 more pairs of units share nothing either, such as U2 and U3; U2 and U4; U2 and U5; and 3 more.",
        ])
        let isolated = premortem.findings.first { $0.kind == .fragmentation }
        #expect(isolated.map { Wording.sentence($0, in: network) } == "c, d and e (U3, U4 and U5) already have no tie to anyone: nobody names them and they name nobody (or did not answer the survey).")
        #expect(isolated?.severity == 3.0 / 5 && isolated?.people == [2, 3, 4])
        #expect(premortem.findings.first?.kind == .fragmentation)
    }

    /// Without a unit column the sentences name people without a "(no unit)" aside.
    @Test func noUnitsNoUnitAside() {
        let people = ["a", "b", "c", "d"].map { Person(id: $0, name: $0) }
        let network = Network(term: Term(name: "t"), people: people, ties: [Tie(source: 0, target: 1, relation: .sharing), Tie(source: 1, target: 2, relation: .sharing)])
        let premortem = Premortem(network: network, coalition: [])
        let isolated = premortem.findings.first { $0.kind == .fragmentation }
        #expect(isolated.map { Wording.sentence($0, in: network) } == "d already has no tie to anyone: nobody names them and they name nobody (or did not answer the survey).")
        let cut = premortem.findings.first { $0.kind == .cutPoint }
        #expect(cut.map { Wording.sentence($0, in: network) }?.hasPrefix("If b left, c would have no path left to the rest of the staff,") == true, "\(cut.map { Wording.sentence($0, in: network) } ?? "")")
    }

    @Test func deterministic() {
        let network = HandSchools.joinedByOneBroker
        let a = Premortem(network: network, coalition: [3, 7]).findings
        let b = Premortem(network: network, coalition: [7, 3, 3]).findings
        #expect(a == b)
    }
}

@Suite struct OnRampTests {
    @Test func peripheralPeopleByHand() {
        let network = HandSchools.onRampSchool
        #expect(OnRamp.peripheralPeople(in: network).map { network.people[$0].id } == ["u", "i", "k", "j"])
    }

    /// See HandSchools.onRampSchool for the worked answers.
    @Test func onRampsByHand() {
        let network = HandSchools.onRampSchool
        let id = { (v: Int) in network.people[v].id }
        let S = network.index(ofPersonWithID: "S")!, t1 = network.index(ofPersonWithID: "t1")!
        let ramps = OnRamp.onRamps(network: network, coalition: [S])
        #expect(ramps.map { "\(id($0.person))→\(id($0.via)):\($0.steps.map(String.init) ?? "-"):\($0.kind.rawValue)" } == [
            "u→S:2:coalition member", "i→S:-:trusted colleague", "k→b:2:trusted colleague", "j→b:-:trusted colleague",
        ])
        // t1 and S are both two steps from u; S has the higher informal authority.
        let two = OnRamp.onRamps(network: network, coalition: [t1, S])
        #expect(two.first.map { id($0.via) } == "S")
        // With no coalition, u's on-ramp is the most trusted in Maths.
        let none = OnRamp.onRamps(network: network, coalition: [])
        #expect(none.first == OnRamp(person: network.index(ofPersonWithID: "u")!, via: S, steps: 2, kind: .trustedColleague))
        // A coalition member on the edge needs no on-ramp.
        let u = network.index(ofPersonWithID: "u")!
        #expect(!OnRamp.onRamps(network: network, coalition: [S, u]).contains { $0.person == u })
    }
}
