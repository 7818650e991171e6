import Testing
import TrustNet

@testable import TrustNetIO

@Suite struct NetworkExportTests {
    /// The roster's `unit` column gave the units: written once. A `title` column that is not
    /// the title, and one named like a measure, keep their values under `roster_NAME`.
    @Test func rosterColumnsDoNotRepeatOrShadowFields() {
        let people = [
            Person(id: "1", name: "Ann", unit: "Sci", title: "Head", attributes: ["unit": "Sci", "title": "Dr", "pagerank": "high", "age": "40"]),
            Person(id: "2", name: "Bo", unit: "Eng", attributes: ["unit": "Eng", "title": "Mr", "pagerank": "low", "age": "33"]),
        ]
        let network = Network(term: Term(name: "t"), people: people, ties: [Tie(source: 0, target: 1, relation: .advice)])
        let export = NetworkExport(network: network, measures: [("pagerank", NodeScores([0.5, 0.5]))])
        let table = export.peopleTable()
        #expect(table.columns == ["id", "name", "unit", "title", "age", "roster_pagerank", "roster_title", "pagerank"])
        #expect(table.csv().contains("\n1,Ann,Sci,Head,40,high,Dr,0.5\n"))
        #expect(export.graphML().contains("attr.name=\"roster_title\""))
        #expect(export.gexf().split(separator: "title=\"unit\"", omittingEmptySubsequences: false).count == 2)
        #expect(export.graphML().split(separator: "attr.name=\"unit\"", omittingEmptySubsequences: false).count == 2)
    }
}
