import Testing
@testable import TrustNet
import TrustNetAnalysis

/// Hand-built schools where the right answer is known.
enum HandSchools {
    static func person(_ id: String, _ unit: String, _ title: String? = nil) -> Person {
        Person(id: id, name: id, unit: unit, title: title)
    }

    /// Maths: head H (title, nobody asks them), Sarah S (no title, everyone asks), t1…t4.
    /// Science: s1…s4, who ask each other in a ring; b is the one Science teacher tied to Maths
    /// (b asks S and t1 asks b). Trust: everyone in Maths trusts S.
    static var twoDepartments: Network {
        var people = [person("H", "Maths", "Head of Maths"), person("S", "Maths")]
        people += (1...4).map { person("t\($0)", "Maths") }
        people += (1...4).map { person("s\($0)", "Science") } + [person("b", "Science")]
        let index = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($1.id, $0) })
        var ties: [Tie] = []
        func add(_ a: String, _ b: String, _ r: Relation = .advice) { ties.append(Tie(source: index[a]!, target: index[b]!, relation: r, weight: 1)) }
        for t in ["H", "t1", "t2", "t3", "t4"] {
            add(t, "S")
            add(t, "S", .trust)
        }
        for (a, b) in [("s1", "s2"), ("s2", "s3"), ("s3", "s4"), ("s4", "s1"), ("s1", "b"), ("s3", "b")] { add(a, b) }
        add("b", "S")
        add("t1", "b")
        return Network(term: Term(name: "2026-fall"), people: people, ties: ties, unitName: "department")
    }
}

@Suite struct InformalAuthorityTests {
    @Test func hiddenLeaderRanksFirst() {
        let network = HandSchools.twoDepartments
        let authority = InformalAuthority(network: network)
        let sarah = network.index(ofPersonWithID: "S")!
        #expect(authority.ranking.first == sarah)
        #expect(authority.hiddenLeaders.first == sarah)
        let head = network.index(ofPersonWithID: "H")!
        #expect(authority.entries[head].isFormalLeader && authority.entries[head].adviceIn == 0)
        let reasons = authority.reasons(for: sarah, in: network).map { Wording.reason($0, unitName: network.unitName) }
        #expect(reasons.first == "named for advice by 6 colleagues in 2 departments")
        #expect(reasons.contains("trusted by 5"))
        // The weighted parts add up to the score.
        #expect(abs(authority.entries[sarah].parts.reduce(0, +) - authority.entries[sarah].score) < 1e-12)
    }

    /// Daly's leaders read as sharing and trust, with no advice ties: sharing stands in for
    /// advice, and trust counts once, in its own part.
    @Test func sharingStandsInForAdviceAndTrustCountsOnce() {
        let people = (0..<4).map { Person(id: "p\($0)", name: "P\($0)", unit: "A") }
        let ties = [(1, 0, Relation.sharing), (2, 0, .sharing), (1, 0, .trust), (2, 0, .trust), (3, 0, .trust)].map {
            Tie(source: $0.0, target: $0.1, relation: $0.2)
        }
        let network = Network(term: Term(name: "t"), people: people, ties: ties)
        let authority = InformalAuthority(network: network)
        #expect(!authority.usedAdviceTies && authority.adviceRelations == [.sharing] && Wording.ties(authority.adviceRelations) == "sharing ties")
        #expect(authority.entries[0].adviceIn == 2 && authority.entries[0].trustIn == 3)
        #expect(authority.reasons(for: 0, in: network).prefix(2) == [.named(colleagues: 2, units: 1, standIn: true), .trusted(colleagues: 3)])
        // Trust alone: it is all there is to stand in.
        let trustOnly = InformalAuthority(network: Network(term: Term(name: "t"), people: people, ties: ties.filter { $0.relation == .trust }))
        #expect(trustOnly.adviceRelations == [.trust] && trustOnly.entries[0].adviceIn == 3 && Wording.ties(trustOnly.adviceRelations) == "trust ties")
        // Van de Bunt's troubled ties are no advice: with friendship read as trust, nothing stands in.
        let troubled = Relation("troubled" as String)!
        let negative = ties.map { Tie(source: $0.source, target: $0.target, relation: $0.relation == .sharing ? troubled : $0.relation) }
        let noAdvice = InformalAuthority(network: Network(term: Term(name: "t"), people: people, ties: negative))
        #expect(noAdvice.adviceRelations == [.trust] && noAdvice.entries[0].adviceIn == 3)
        let onlyNegative = InformalAuthority(network: Network(term: Term(name: "t"), people: people, ties: negative.filter { $0.relation == troubled }))
        #expect(onlyNegative.adviceRelations == [] && Wording.ties(onlyNegative.adviceRelations) == "no ties" && onlyNegative.entries[0].adviceIn == 0)
        #expect(onlyNegative.hiddenLeaders.isEmpty)
    }

    /// A term whose survey came back empty: everyone ranks alike and nobody is a hidden leader.
    @Test func nobodyNamedMeansNoHiddenLeaders() {
        let people = (0..<5).map { Person(id: "p\($0)", name: "P\($0)", unit: "A") }
        let network = Network(term: Term(name: "t"), people: people, ties: [])
        let authority = InformalAuthority(network: network)
        #expect(authority.ranking.count == 5)
        #expect(authority.hiddenLeaders.isEmpty)
        let alignment = authority.alignment(in: network, top: 3)
        #expect(!alignment.scoresVary && !alignment.titleCorrelationKnown)
        // The pre-mortem says there is no network yet, not that four of five are cut off.
        let premortem = Premortem(network: network, coalition: [0])
        let fragmentation = premortem.findings.filter { $0.kind == .fragmentation }
        #expect(fragmentation.count == 1 && Wording.sentence(fragmentation[0], in: network).hasPrefix("Nobody has a tie to anyone yet"))
        #expect(fragmentation[0].people == [0, 1, 2, 3, 4])
    }

    /// The only ties between Maths and Science are t1 → b and b → S: both involve b.
    @Test func onlyLinkBetweenUnitsIsAReason() {
        let network = HandSchools.twoDepartments
        let authority = InformalAuthority(network: network)
        let b = network.index(ofPersonWithID: "b")!
        #expect(authority.reasons(for: b, in: network).contains(.onlyTieBetween("Maths", "Science")))
    }
    /// A unit of one (Krackhardt's CEO alone in department 0) is carried by its member by
    /// definition: not a reason, not a bridge finding. Its pairs with others still count.
    @Test func aUnitOfOneIsNotBridgedByItsMember() {
        let people = [Person(id: "ceo", name: "CEO", unit: "0")] + (0..<3).map { Person(id: "a\($0)", name: "A\($0)", unit: "1") }
            + (0..<3).map { Person(id: "b\($0)", name: "B\($0)", unit: "2") }
        // Everyone asks the CEO; a0 is the only link between units 1 and 2.
        var ties = (1..<7).map { Tie(source: $0, target: 0, relation: .advice) }
        ties += [Tie(source: 1, target: 4, relation: .advice), Tie(source: 5, target: 1, relation: .advice), Tie(source: 2, target: 1, relation: .advice)]
        let network = Network(term: Term(name: "t"), people: people, ties: ties)
        let authority = InformalAuthority(network: network)
        #expect(authority.entries[0].onlyLinkBetween.isEmpty)
        #expect(authority.entries[1].onlyLinkBetween.map { "\($0.0)-\($0.1)" } == ["1-2"])
        #expect(!authority.reasons(for: 0, in: network).contains { if case .onlyTieBetween = $0 { true } else { false } })
    }


    /// With only brokerage counting, the score is betweenness scaled by its maximum.
    @Test func weightsAreApplied() {
        let network = HandSchools.twoDepartments
        let only = InformalAuthority(network: network, weights: AuthorityWeights(advice: 0, pagerank: 0, trust: 0, units: 0, brokerage: 1))
        let top = only.entries.map(\.betweenness).max()!
        #expect(top > 0)
        #expect(only.entries.allSatisfy { abs($0.score - $0.betweenness / top) < 1e-12 })
        #expect(only.entries[only.ranking[0]].betweenness == top)
    }

    @Test func alignmentWithTitle() {
        let network = HandSchools.twoDepartments
        let a = InformalAuthority(network: network).alignment(in: network, top: 3)
        #expect(a.formalLeaders == 1 && a.formalInTop == 0)
        #expect(a.withTitle < 0)
        #expect(RankCorrelation.spearman([1, 2, 3], [10, 30, 20]) == 0.5)
    }
}

@Suite struct CoalitionSuggestionTests {
    /// b, c, d name a; e names b: DR({a}) = (1 + 3 + 1/2)/5 = 0.9; of the four others, three
    /// are one step away (3/4) and all four within two (1), as ``TwoStepReach`` counts them.
    @Test func reachWorkedByHand() {
        var builder = GraphBuilder(nodeCount: 5)
        for (s, t) in [(1, 0), (2, 0), (3, 0), (4, 1)] { builder.addTie(from: s, to: t) }
        let graph = builder.build()
        let reach = CoalitionReach(graph: graph)
        #expect(abs(reach.reach(of: [0]) - 0.9) < 1e-15)
        #expect(reach.share(of: [0], withinSteps: 1) == 0.75)
        #expect(reach.share(of: [0], withinSteps: 2) == 1)
        #expect(reach.share(of: [0, 1, 2, 3, 4], withinSteps: 2) == 0)
        // The same shares as growth's two-step reach of the same set.
        let people = (0..<5).map { Person(id: "p\($0)", name: "P\($0)") }
        let ties = [(1, 0), (2, 0), (3, 0), (4, 1)].map { Tie(source: $0.0, target: $0.1, relation: .advice) }
        let two = TwoStepReach(network: Network(term: Term(name: "t"), people: people, ties: ties), members: [0, 1])
        #expect(reach.share(of: [0, 1], withinSteps: 1) == two.reach1 && reach.share(of: [0, 1], withinSteps: 2) == two.reach2)
        #expect(reach.steps(from: 4, to: [0]) == 2 && reach.steps(from: 0, to: [4]) == nil)
    }

    /// The coalition covers both departments: S for Maths, and someone from Science.
    @Test func coversBothDepartments() {
        let network = HandSchools.twoDepartments
        let reach = CoalitionReach(network: network)
        let units = network.unitIndices().map { Optional($0) }
        let formal = network.people.map(\.isFormalLeader)
        let s = CoalitionSuggestion.suggest(size: 2, reach: reach, formal: formal, constraints: CoalitionConstraints(units: units))
        #expect(s.members.contains(network.index(ofPersonWithID: "S")!))
        #expect(s.unitsCovered == 2)
        #expect(abs(s.picks.last!.reachAfter - s.reach) < 1e-12)
        #expect(abs(s.picks.map(\.marginalGain).reduce(0, +) - s.reach) < 1e-12)
    }

    @Test func keepAndMaxFormal() {
        let network = HandSchools.twoDepartments
        let reach = CoalitionReach(network: network)
        let formal = network.people.map(\.isFormalLeader)
        let head = network.index(ofPersonWithID: "H")!
        let kept = CoalitionSuggestion.suggest(size: 3, reach: reach, formal: formal, constraints: CoalitionConstraints(keep: [head]))
        #expect(kept.picks.first?.person == head && kept.picks.first?.kept == true && kept.members.count == 3)
        let noFormal = CoalitionSuggestion.suggest(size: 4, reach: reach, formal: formal, constraints: CoalitionConstraints(maxFormal: 0))
        #expect(!noFormal.members.contains(head))
        let trusted = CoalitionSuggestion.suggest(
            size: 2, reach: reach, formal: formal,
            constraints: CoalitionConstraints(eligible: network.people.map { $0.id == "S" }))
        #expect(trusted.members == [network.index(ofPersonWithID: "S")!])
    }

    /// Greedy plus swaps reaches at least 99 % of the exact optimum on every small case.
    @Test(arguments: Array(1...24))
    func nearTheExactOptimum(seed: Int) {
        let graph = randomGraph(nodes: 12, ties: 20 + seed % 5 * 6, seed: UInt64(seed))
        let reach = CoalitionReach(graph: graph)
        var generator = SeededGenerator(seed: UInt64(seed) * 77)
        let formal = (0..<12).map { _ in generator.index(below: 3) == 0 }
        let units = (0..<12).map { Optional($0 % 3) }
        for size in 1...4 {
            for (label, constraints) in [
                ("none", CoalitionConstraints()), ("maxFormal", CoalitionConstraints(maxFormal: 1)), ("units", CoalitionConstraints(units: units)),
                ("keep", CoalitionConstraints(keep: [seed % 12])),
            ] {
                let heuristic = CoalitionSuggestion.suggest(size: size, reach: reach, formal: formal, constraints: constraints)
                let exact = CoalitionSuggestion.exhaustive(size: size, reach: reach, formal: formal, constraints: constraints)
                #expect(heuristic.members.count == size)
                #expect(heuristic.reach >= 0.99 * exact - 1e-12, "seed \(seed) size \(size) \(label): \(heuristic.reach) vs \(exact)")
                #expect(heuristic.reach <= exact + 1e-12)
            }
        }
    }
}
