import Testing
@testable import TrustNet

@Suite struct TwoStepReachTests {
    /// The chain a → b ← c ← d ← e (advice and sharing), units x, x, y, y, z, coalition {b}; a
    /// trust tie e → b is not a path for the work, and b → e would not reach e (b names e).
    static var path: Network {
        TurnoverTerms.network(
            Term(name: "t"),
            [TurnoverTerms.person("a", "x"), TurnoverTerms.person("b", "x"), TurnoverTerms.person("c", "y"), TurnoverTerms.person("d", "y"), TurnoverTerms.person("e", "z")],
            [("a", "b", .advice, 1), ("c", "b", .sharing, 1), ("d", "c", .advice, 1), ("e", "d", .sharing, 1), ("e", "b", .trust, 1), ("b", "e", .advice, 1)])
    }

    @Test func workedByHand() {
        let r = TwoStepReach(network: Self.path, members: [1])
        // Four outside; a and c name b (one step), d names c (two), e names d (three); b naming
        // e does not bring e closer.
        #expect(r.members == 1 && r.others == 4)
        #expect(r.withinOne == 2 && r.withinTwo == 3)
        #expect(r.reach1 == 0.5 && r.reach2 == 0.75)
        #expect(r.unitsReached == 2)
        // Along every relation the trust tie e → b counts: e at one step, z reached.
        let all = TwoStepReach(network: Self.path, members: [1], relations: [.advice, .sharing, .trust])
        #expect(all.withinOne == 3 && all.withinTwo == 4 && all.unitsReached == 3)
    }

    @Test func emptyCoalitionReachesNobody() {
        let r = TwoStepReach(network: Self.path, members: [])
        #expect(r.reach1 == 0 && r.reach2 == 0 && r.unitsReached == 0 && r.others == 5)
        let everyone = TwoStepReach(network: Self.path, members: [0, 1, 2, 3, 4, 1])
        #expect(everyone.members == 5 && everyone.others == 0 && everyone.reach2 == 0 && everyone.unitsReached == 3)
    }
}

@Suite struct CoalitionDepthTests {
    /// Coalition {a, b}; advice a → b (4), b → a (2), c → a (3), b → d (1).
    @Test func workedByHand() {
        let network = TurnoverTerms.network(
            Term(name: "t"), ["a", "b", "c", "d"].map { TurnoverTerms.person($0, "x") },
            [("a", "b", .advice, 4), ("b", "a", .advice, 2), ("c", "a", .advice, 3), ("b", "d", .advice, 1), ("d", "b", .trust, 5)])
        let depth = CoalitionDepth(network: network, members: [0, 1], relations: [.advice])
        #expect(depth.amongMembers == .init(count: 2, meanWeight: 3, reciprocity: 1))
        #expect(depth.withOthers == .init(count: 2, meanWeight: 2, reciprocity: 0))
        #expect(depth.all == .init(count: 4, meanWeight: 2.5, reciprocity: 0.5))
        // With trust, d → b (5) joins the ties with others; it is not returned *as trust*.
        let all = CoalitionDepth(network: network, members: [0, 1])
        #expect(all.withOthers == .init(count: 3, meanWeight: 3, reciprocity: 0))
        #expect(CoalitionDepth(network: network, members: []).all == .init(count: 0, meanWeight: nil, reciprocity: nil))
    }
}

@Suite struct GrowthTests {
    static var terms: [GrowthTerm] {
        [
            GrowthTerm(network: TurnoverTerms.first, respondents: 5, coalition: ["a"]),
            GrowthTerm(network: TurnoverTerms.second, respondents: 4, coalition: ["a", "c", "nobody"]),
        ]
    }

    /// The two terms of ``TurnoverTerms`` with coalitions {a} then {a, c}.
    @Test func secondTermWorkedByHand() throws {
        let growth = Growth(terms: Self.terms)
        #expect(growth.rows.map(\.term) == ["2025-fall", "2026-spring"])
        let row = growth.rows[1]
        #expect(row[.people] == 5 && row[.respondents] == 4 && row[.ties] == 6)
        #expect(row[.kept] == 2 && row[.new] == 2 && row[.lost] == 2)
        #expect(row[.joined] == 2 && row[.left] == 2)
        // Merged graph: b → a, a → b, c → b, f → c, g → a: 5 of 20 pairs, a ⇄ b returned.
        #expect(row[.density] == 0.25)
        #expect(row[.reciprocity] == 0.4)
        // In-degrees a 2, b 2, c 1, f 0, g 0: gaps 0 + 0 + 1 + 2 + 2 = 5 over (n − 1)² = 16.
        #expect(row[.centralization] == 5.0 / 16)
        // Units X {a, b}, Y {c, f}, Z {g}: inside b → a, a → b, f → c; across c → b, g → a.
        #expect(row[.eiIndex] == -0.2)
        #expect(row[.crossUnitShare] == 0.4)
        // Coalition {a, c} ("nobody" is not on the roster): b, f, g all one step away.
        #expect(row[.coalitionSize] == 2 && row.coalition == ["a", "c"])
        #expect(row[.coalitionRetained] == 1 && row.coalitionRetained == ["a"] && row.coalitionNotRetained == [])
        #expect(row[.coalitionReach1] == 1 && row[.coalitionReach2] == 1 && row[.unitsReached] == 3)
        // Every tie touches a or c; weights 3, 1, 2, 4, 1, 1; only a ⇄ b (advice) returned.
        #expect(row[.coalitionTieStrength] == 2)
        #expect(row[.coalitionReciprocity] == 1.0 / 3)
        // Advice to the Head of X: b → a, g → a of 5.
        #expect(row[.adviceToFormalShare] == 0.4)
        #expect(row.peripheryToCore != nil && row.newSarahs != nil)
    }

    @Test func firstTermHasNoComparison() {
        let row = Growth(terms: Self.terms).rows[0]
        for column: GrowthColumn in [.kept, .new, .lost, .coalitionRetained, .peripheryToCore, .newSarahs, .joined, .left] {
            #expect(row[column] == nil, "\(column.name)")
        }
        // Coalition {a} in term 1 (undirected advice + sharing): b, c at one step; d at two
        // (c — d); e at three (d — e). Units X, Y.
        #expect(row[.coalitionReach1] == 0.5 && row[.coalitionReach2] == 0.75 && row[.unitsReached] == 2)
        #expect(row[.ties] == 7 && row[.people] == 5)
    }

    /// A member who left the staff and one who left the coalition are not retained.
    @Test func coalitionMembersNotRetained() {
        let growth = Growth(terms: [
            GrowthTerm(network: TurnoverTerms.first, respondents: 5, coalition: ["a", "d", "b"]),
            GrowthTerm(network: TurnoverTerms.second, respondents: 4, coalition: ["a", "f"]),
        ])
        #expect(growth.rows[1].coalitionRetained == ["a"])
        #expect(growth.rows[1].coalitionNotRetained == ["d", "b"])
        #expect(growth.rows[1][.coalitionRetained] == 1 && growth.rows[1][.coalitionSize] == 2)
        #expect(growth.rows[0].coalitionNotRetained == nil)
    }

    /// A table that starts at the second term compares its first row with the baseline.
    @Test func baselineGivesTheFirstRowItsComparison() {
        let terms = Self.terms
        let growth = Growth(terms: [terms[1]], baseline: terms[0], relations: [.advice])
        #expect(growth.rows.count == 1)
        #expect(growth.rows[0][.kept] == 2 && growth.rows[0][.new] == 1 && growth.rows[0][.lost] == 1)
        #expect(growth.rows[0][.ties] == 5)
    }

    /// Everyone asks a in term 1, everyone asks c in term 2: with the top 1 as Sarahs, c is new.
    @Test func newSarahs() {
        let people = ["a", "b", "c", "d"].map { TurnoverTerms.person($0, "x") }
        let before = TurnoverTerms.network(Term(name: "1"), people, [("b", "a", .advice, 1), ("c", "a", .advice, 1), ("d", "a", .advice, 1)])
        let after = TurnoverTerms.network(Term(name: "2", order: 1), people, [("a", "c", .advice, 1), ("b", "c", .advice, 1), ("d", "c", .advice, 1)])
        let sarahs = NewSarahs(
            previous: before, previousAuthority: InformalAuthority(network: before), current: after,
            currentAuthority: InformalAuthority(network: after), top: 1)
        #expect(sarahs.people == ["c"])
        let growth = Growth(terms: [GrowthTerm(network: before, respondents: 3), GrowthTerm(network: after, respondents: 3)], sarahsTop: 1)
        #expect(growth.rows[1].newSarahs == ["c"])
        #expect(Growth(terms: [GrowthTerm(network: after, respondents: 3)], baseline: GrowthTerm(network: after, respondents: 3)).rows[0].newSarahs == [])
    }

    /// Core {a, b} then core {a, c} with d joining in the core: only c moved from the periphery.
    @Test func peripheryToCore() {
        let before = TurnoverTerms.network(Term(name: "1"), ["a", "b", "c", "e"].map { TurnoverTerms.person($0, "x") }, [])
        let after = TurnoverTerms.network(Term(name: "2", order: 1), ["a", "b", "c", "d"].map { TurnoverTerms.person($0, "x") }, [])
        let moved = PeripheryToCore(
            previous: before, previousSplit: CorePeriphery(isCore: [true, true, false, false], fit: 1, coreDensity: 1, peripheryDensity: 0),
            current: after, currentSplit: CorePeriphery(isCore: [true, false, true, true], fit: 1, coreDensity: 1, peripheryDensity: 0))
        #expect(moved.people == ["c"])
    }

    /// The four pendants of a four-person clique end in the periphery. The next term p joins
    /// the clique and becomes the one the other pendants ask: any periphery holding p would hold
    /// ties, so p is in the core, and the only person who moved there from the periphery.
    @Test func peripheryToCoreFromTies() {
        let people = ["a", "b", "c", "d", "p", "q", "r", "s"].map { TurnoverTerms.person($0, "x") }
        var clique: [(String, String, Relation, Double)] = []
        for x in ["a", "b", "c", "d"] { for y in ["a", "b", "c", "d"] where x < y { clique.append((x, y, .advice, 1)) } }
        let pendants: [(String, String, Relation, Double)] = [("p", "a", .advice, 1), ("q", "b", .advice, 1), ("r", "c", .advice, 1), ("s", "d", .advice, 1)]
        let before = TurnoverTerms.network(Term(name: "1"), people, clique + pendants)
        let hub: [(String, String, Relation, Double)] = ["b", "c", "d", "q", "r", "s"].map { ($0, "p", .advice, 1) }
        let after = TurnoverTerms.network(Term(name: "2", order: 1), people, clique + pendants + hub)
        #expect(before.graph().corePeriphery().coreMembers == [0, 1, 2, 3])
        #expect(after.graph().corePeriphery().isCore[4])
        #expect(PeripheryToCore(previous: before, current: after).people == ["p"])
    }
}

@Suite struct GrowthColumnTests {
    @Test func requiredColumnsComeFirstInOrder() {
        let names = "term,people,respondents,ties,kept,new,lost,density,reciprocity,centralization,ei_index,cross_unit_share,coalition_size,coalition_retained,coalition_reach_1,coalition_reach_2,units_reached"
        #expect(GrowthColumn.required.map(\.name).joined(separator: ",") == names)
        #expect(Array(GrowthColumn.allCases.prefix(GrowthColumn.required.count)) == GrowthColumn.required)
        #expect(GrowthColumn.allCases.dropFirst(GrowthColumn.required.count).prefix(5).map(\.name) == [
            "advice_to_formal_share", "coalition_tie_strength", "coalition_reciprocity", "periphery_to_core", "new_sarahs",
        ])
    }

    /// Every column but the three that describe the term maps to one of the four dimensions, and
    /// each dimension has columns.
    @Test func everyMeasureHasADimension() {
        #expect(GrowthColumn.columns(of: nil) == [.term, .people, .respondents])
        for dimension in ScaleDimension.allCases { #expect(!GrowthColumn.columns(of: dimension).isEmpty, "\(dimension)") }
        #expect(GrowthColumn.coalitionReach2.dimension == .spread)
        #expect(GrowthColumn.coalitionTieStrength.dimension == .depth)
        #expect(GrowthColumn.kept.dimension == .sustainability && GrowthColumn.coalitionRetained.dimension == .sustainability)
        #expect(GrowthColumn.centralization.dimension == .ownership && GrowthColumn.adviceToFormalShare.dimension == .ownership)
    }
}

@Suite struct GrowthStandInTests {
    /// A term read along its own relations (trust standing in for advice): its row counts
    /// those ties, and no ties are kept, new or lost across the change of relation; a third
    /// term back on advice is again compared with the one before it only if that one was too.
    @Test func aTermsOwnRelations() {
        let people = ["a", "b", "c"].map { TurnoverTerms.person($0, "x") }
        let t1 = TurnoverTerms.network(Term(name: "t1"), people, [("a", "b", .advice, 1), ("b", "c", .advice, 1)])
        let t2 = TurnoverTerms.network(Term(name: "t2"), people, [("a", "b", .trust, 1)])
        let t3 = TurnoverTerms.network(Term(name: "t3"), people, [("a", "b", .advice, 1), ("c", "a", .advice, 1)])
        let growth = Growth(
            terms: [GrowthTerm(network: t1, respondents: 2), GrowthTerm(network: t2, respondents: 1, relations: [.trust]), GrowthTerm(network: t3, respondents: 2)],
            relations: [.advice])
        #expect(growth.rows.map(\.ties) == [2, 1, 2])
        #expect(growth.rows[1].density == 1.0 / 6)
        #expect(growth.rows[1].comparison == nil && growth.rows[2].comparison == nil)
        // Read along advice as the others, t2 would have no ties and lose both.
        let plain = Growth(terms: [GrowthTerm(network: t1, respondents: 2), GrowthTerm(network: t2, respondents: 1)], relations: [.advice])
        #expect(plain.rows[1].ties == 0 && plain.rows[1].comparison?.ties.lost == 2)
    }
}
