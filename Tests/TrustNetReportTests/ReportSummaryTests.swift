import Testing
import TrustNet
import TrustNetAnalysis

@testable import TrustNetReport

/// The key numbers at the top of the report say which ties they count.
@Suite struct ReportSummaryTests {
    func html(relations: [Relation]) throws -> String {
        let people = (0..<6).map { Person(id: "p\($0)", name: "Person \($0)", unit: $0 < 3 ? "A" : "B") }
        let pairs = [(1, 0), (2, 0), (4, 3), (5, 3), (3, 0), (0, 4)]
        let ties = relations.flatMap { relation in pairs.map { Tie(source: $0.0, target: $0.1, relation: relation) } }
        let network = Network(term: Term(name: "t1"), people: people, ties: ties)
        return try Report(input: ReportInput(
                terms: [.init(network: network, respondents: Set(people.map(\.id)))], options: BriefingOptions(spread: SpreadOptions(runs: 20)))).html()
    }

    /// Krackhardt's managers have advice and friendship ties, no sharing: the crossing share is
    /// of the advice ties, and the report says so instead of calling them sharing ties.
    @Test func crossingShareNamesTheTiesItCounts() throws {
        let sharing = try html(relations: [.advice, .sharing])
        #expect(sharing.contains("of sharing ties cross"))
        #expect(!sharing.contains("stand in"))

        let advice = try html(relations: [.advice])
        #expect(advice.contains("of advice ties cross"))
        #expect(!advice.contains("of sharing ties cross"))
        #expect(advice.contains("No sharing ties in this term, so advice ties stand in."))
    }

    /// Nobody on this roster holds a title: the report makes up no correlation with title.
    @Test func noTitlesNoCorrelationWithTitle() throws {
        let page = try html(relations: [.advice])
        #expect(page.contains("with no one marked a formal leader, how far informal authority follows title cannot be told"))
        #expect(!page.contains("informal authority follows title hardly"))
        #expect(page.contains("The roster marks no formal leaders, so the people colleagues go to cannot be told apart"))
    }

    @Test func articlesForUnitNames() {
        #expect(Wording.withArticle("office") == "an office")
        #expect(Wording.withArticle("Department") == "a department")
        #expect(Wording.withArticle("unit") == "a unit")
        #expect(Wording.withArticle("") == "a unit")
    }
}
