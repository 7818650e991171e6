import Testing
@testable import TrustNet

@Suite struct RelationTests {
    /// The failable initializer (a bare literal would pick `init(stringLiteral:)`).
    func r(_ name: String) -> Relation? { Relation(name) }

    @Test func namesAreNormalized() {
        #expect(r("  Advice ") == .advice)
        #expect(r("1:1") == .oneOnOne)
        #expect(r("One on One") == .oneOnOne)
        #expect(r("one_on_one") == .oneOnOne)
        #expect(r("Lesson  Study")?.name == "lesson-study")
        #expect(r("   ") == nil)
        #expect(!r("lesson study")!.isStandard)
    }

    @Test func standardRelationsSortFirst() {
        #expect([r("zeta")!, .trust, .advice, r("alpha")!, .oneOnOne].sorted() == [.oneOnOne, .advice, .trust, r("alpha")!, r("zeta")!])
    }
}

@Suite struct PersonTests {
    @Test(arguments: [
        ("Principal", true), ("Assistant Principal", true), ("Head of Maths", true), ("Instructional Coach", true),
        ("Grade 3 Team Lead", true), ("Teacher", false), ("Teaching Assistant", false), ("", false), ("Headspace trainer", false),
    ])
    func formalLeadershipFromTitle(title: String, isLeader: Bool) {
        #expect(Person(id: "1", name: "A", title: title).isFormalLeader == isLeader)
    }

    @Test func noTitleIsNotALeader() {
        #expect(!Person(id: "1", name: "A").isFormalLeader)
    }
}

@Suite struct CalendarDayTests {
    @Test func parsesAndValidates() {
        #expect(CalendarDay("2024-02-29") == CalendarDay(year: 2024, month: 2, day: 29))
        #expect(CalendarDay("2023-02-29") == nil)
        #expect(CalendarDay("2023-13-01") == nil)
        #expect(CalendarDay("23-01-01") == nil)
        #expect(CalendarDay("2025-9-1")?.description == "2025-09-01")
        #expect(CalendarDay("2025-01-31")! < CalendarDay("2025-02-01")!)
    }
}

/// The network used here (people 0 Ann, 1 Bo, 2 Cy):
///
///     advice:  Bo → Ann (3),  Cy → Ann (1)
///     trust:   Ann → Cy (2),  Bo → Ann (2)
@Suite struct NetworkTests {
    let network = Network(
        term: Term(name: "t"),
        people: [Person(id: "a", name: "Ann", unit: "Maths"), Person(id: "b", name: "Bo", unit: "Maths"), Person(id: "c", name: "Cy", unit: "Science")],
        ties: [
            Tie(source: 1, target: 0, relation: .advice, weight: 3), Tie(source: 2, target: 0, relation: .advice),
            Tie(source: 0, target: 2, relation: .trust, weight: 2), Tie(source: 1, target: 0, relation: .trust, weight: 2),
        ])

    @Test func graphOfChosenRelations() {
        let advice = network.graph(relations: [.advice])
        #expect(advice.tieCount == 2)
        #expect(advice.weight(from: 1, to: 0) == 3)
        #expect(advice.weight(from: 0, to: 2) == nil)
    }

    @Test func allRelationsMergeBySumOrMax() {
        #expect(network.graph().weight(from: 1, to: 0) == 5)
        #expect(network.graph(weights: .max).weight(from: 1, to: 0) == 3)
        #expect(network.graph(weights: .unweighted).weight(from: 1, to: 0) == 1)
        #expect(network.graph().tieCount == 3)
    }

    @Test func relationsUnitsAndLookup() {
        #expect(network.relations == [.advice, .trust])
        #expect(network.units == ["Maths", "Science"])
        #expect(network.index(ofPersonWithID: "c") == 2)
        #expect(network.index(ofPersonWithID: "z") == nil)
    }
}
