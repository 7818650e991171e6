import Testing
import TrustNet
import TrustNetAnalysis

/// The Sarahs: hidden leaders are found among everyone, not only among the top shown.
@Suite struct SarahsQuestionTests {
    /// Four formal leaders (P, H1, H2, C) and teachers t1…t6: the principal is named by all six
    /// teachers, the heads by four and three, t1 (no title) by three, the coach by one.
    static func network() -> Network {
        let people = [
            Person(id: "P", name: "Pat", unit: "Office", title: "Principal"), Person(id: "H1", name: "Hal", unit: "Math", title: "Head of Math"),
            Person(id: "H2", name: "Hana", unit: "Art", title: "Head of Art"), Person(id: "C", name: "Cam", unit: "Art", title: "Coach"),
        ] + (1...6).map { Person(id: "t\($0)", name: "Teacher \($0)", unit: $0 <= 3 ? "Math" : "Art", title: "Teacher") }
        var ties: [Tie] = []
        for t in 4...9 { ties.append(Tie(source: t, target: 0, relation: .advice)) }
        for t in 5...8 { ties.append(Tie(source: t, target: 1, relation: .advice)) }
        for t in 6...8 { ties.append(Tie(source: t, target: 2, relation: .advice)) }
        for t in [5, 6, 8] { ties.append(Tie(source: t, target: 4, relation: .advice)) }  // t1, a teacher, named by three
        ties.append(Tie(source: 9, target: 3, relation: .advice))
        return Network(term: Term(name: "t"), people: people, ties: ties, unitName: "department")
    }

    @Test func hiddenLeadersAreFoundBelowTheTopShown() throws {
        let term = TermAnalysis(AnalysisTerm(network: Self.network()))
        let shown = try term.sarahs(SarahsOptions(top: 2))
        #expect(shown.entries.count == 2)
        #expect(!shown.entries.map { term.network.people[$0.person].id }.contains("t1"))
        // Four formal leaders, so four places: t1 is among the four most sought-out, untitled.
        #expect(shown.hiddenLeaderPlaces == 4)
        #expect(shown.hiddenLeaders.map { term.network.people[$0].id } == ["t1"])
        // The same with every place shown.
        #expect(try term.sarahs(SarahsOptions(top: 10)).hiddenLeaders == shown.hiddenLeaders)
    }
}
