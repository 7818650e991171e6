import Testing
import TrustNet
import TrustNetAnalysis

/// A wave with non-respondents: people who did not answer are never described as naming nobody,
/// in the pre-mortem, the on-ramps or the report's data quality.
@Suite struct NonRespondentTests {
    /// a, b, c answer and name each other; d answered naming nobody; e did not answer. Nobody
    /// names d or e, so both are isolates, for different reasons.
    static var term: AnalysisTerm {
        let people = ["a", "b", "c", "d", "e"].map { Person(id: $0, name: $0.uppercased(), unit: "X") }
        let ties = [(0, 1), (1, 2), (2, 0), (1, 0)].map { Tie(source: $0.0, target: $0.1, relation: .advice) }
        return AnalysisTerm(network: Network(term: Term(name: "t"), people: people, ties: ties), respondents: ["a", "b", "c", "d"])
    }

    @Test func premortemKeepsThemApart() throws {
        let analysis = TermAnalysis(Self.term)
        let answer = try analysis.premortem(PremortemOptions(coalition: .suggested, suggestion: CoalitionOptions(size: 1)))
        let cutOff = try #require(answer.findings.first { $0.kind == .fragmentation })
        let sentence = Wording.sentence(cutOff, in: analysis.network, answered: analysis.term.answered)
        #expect(sentence == "D and E (X) already have no tie to anyone: nobody names them; 1 did not answer the survey and 1 answered naming nobody.")
        // Unknown respondents: the sentence says it cannot tell.
        let unknown = TermAnalysis(AnalysisTerm(network: Self.term.network))
        let finding = try #require(try unknown.premortem(PremortemOptions(coalition: .suggested, suggestion: CoalitionOptions(size: 1))).findings.first { $0.kind == .fragmentation })
        #expect(Wording.sentence(finding, in: unknown.network).hasSuffix("nobody names them and they name nobody (or did not answer the survey)."))
    }

    @Test func onRampsAndQualitySayWhichIsWhich() throws {
        let analysis = TermAnalysis(Self.term)
        let ramps = try analysis.onRamps(OnRampsOptions(coalition: .suggested, suggestion: CoalitionOptions(size: 1)))
        let edges = Dictionary(uniqueKeysWithValues: zip(ramps.ramps, ramps.answered).map { ramp, answered in
            (analysis.network.people[ramp.person].id, Wording.edge(ramp.person, in: analysis.network, answered: answered))
        })
        #expect(edges["d"] == "named by nobody; answered, naming nobody")
        #expect(edges["e"] == "named by nobody; did not answer the survey")
        let briefing = try Briefing(terms: [Self.term], reportTerm: 0, options: BriefingOptions(spread: SpreadOptions(runs: 10)))
        #expect(briefing.quality.isolatesWhoDidNotAnswer == [4] && briefing.quality.isolatesWhoNamedNobody == [3])
        #expect(briefing.quality.respondents == 4)
    }
}
