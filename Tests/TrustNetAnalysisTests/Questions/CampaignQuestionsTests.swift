import Foundation
import Testing
import TrustNet
import TrustNetAnalysis

/// The listening, introduction and backtest questions: their answers as JSON and their words.
@Suite struct CampaignQuestionsTests {
    /// L leads; a, b in Grade 1; c, d in Grade 2; c is on every tie between the grades (c → a,
    /// c → b sharing); L met a three times.
    static func network() -> Network {
        let people = [
            Person(id: "L", name: "Lee", unit: "Office", title: "Principal"), Person(id: "a", name: "Ana", unit: "Grade 1"),
            Person(id: "b", name: "Ben", unit: "Grade 1"), Person(id: "c", name: "Cy", unit: "Grade 2"), Person(id: "d", name: "Dee", unit: "Grade 2"),
        ]
        let ties = [
            Tie(source: 0, target: 1, relation: .oneOnOne, weight: 3), Tie(source: 3, target: 1, relation: .sharing), Tie(source: 3, target: 2, relation: .sharing),
            Tie(source: 2, target: 1, relation: .advice), Tie(source: 4, target: 3, relation: .advice),
        ]
        return Network(term: Term(name: "2026-fall"), people: people, ties: ties, unitName: "team")
    }

    static func term() -> TermAnalysis { TermAnalysis(AnalysisTerm(network: network())) }

    static func object(_ value: some Encodable) throws -> Any {
        try JSONSerialization.jsonObject(with: JSONEncoder().encode(value))
    }

    @Test func listeningAnswerAsJSON() throws {
        let answer = try Self.term().listening(leaders: [0], options: ListeningOptions(next: 3))
        let json = try #require(try Self.object(answer) as? [String: Any])
        #expect(Set(json.keys).isSuperset(of: ["met", "coverage", "by_unit", "next", "not_met", "met_count", "others"]))
        #expect(json["coverage"] as? Double == 0.25)
        let met = try #require(json["met"] as? [[String: Any]])
        #expect(met.count == 1 && met[0]["id"] as? String == "a" && met[0]["meetings"] as? Double == 3)
        let next = try #require(json["next"] as? [[String: Any]])
        #expect(next.first?["id"] as? String == "c")
        #expect(next.first?["reason"] as? String == "the most sought-out colleague in Grade 2, where nobody has been met yet")
        let why = try #require((next.first?["why"] as? [[String: Any]])?.first)
        #expect(why["kind"] as? String == "most-sought-out-in-unit" && why["unit"] as? String == "Grade 2")
        #expect((next.first?["reasons"] as? [String])?.contains("the only tie between Grade 1 and Grade 2") == true)
        #expect(!next.contains { $0["id"] as? String == "a" || $0["id"] as? String == "L" })
    }

    @Test func listeningWords() throws {
        #expect(Wording.listeningReason(.onlyTieBetween(unitA: "Grade 1", unitB: "Grade 2")) == "the only tie between Grade 1 and Grade 2")
        #expect(Wording.listeningReason(.peripheral(namedBy: 0)) == "on the edge: named by nobody")
        #expect(Wording.listeningReason(.peripheral(namedBy: 1)) == "on the edge: named by 1 colleague")
        #expect(Wording.listeningReason(.sarahNotMet(rank: 1)) == "the most sought-out colleague, not met yet")
        #expect(Wording.listeningReason(.broker(rank: 2)) == "one of the network's top brokers (#2)")
        #expect(
            Wording.listeningReasons([.coalitionMemberNotMet, .sarahNotMet(rank: 2), .soughtOut(rank: 9), .onlyTieBetween(unitA: "Arts", unitB: "Science")])
                == "in the coalition, not met yet; also a Sarah (#2) and the only tie between Arts and Science")
        let answer = try Self.term().listening(leaders: [0])
        let lines = Wording.listeningSummary(answer)
        #expect(lines[0] == "Lee has met 1 of 4 colleagues one-on-one in 2026-fall (25%); 1 person more than once.")
        #expect(lines[1] == "Nobody met yet in 1 team: Grade 2 (2 people).")
    }

    /// Term by term: the first term's coverage as counted above (1 of 4), a later term where L
    /// also met c and d (3 of 4, both grades reached), and one where L is not on the roster.
    @Test func listeningProgressTermByTerm() throws {
        let first = Self.network()
        let second = Network(
            term: Term(name: "2027-spring"), people: first.people,
            ties: first.ties + [Tie(source: 0, target: 3, relation: .oneOnOne), Tie(source: 4, target: 0, relation: .oneOnOne)], unitName: "team")
        let third = Network(term: Term(name: "2027-fall"), people: Array(first.people.dropFirst()), ties: [], unitName: "team")
        let progress = try listeningProgress([first, second, third].map { TermAnalysis(AnalysisTerm(network: $0)) }, leaderIDs: ["L"])
        #expect(progress.terms.map(\.met) == [1, 3, 0])
        #expect(progress.terms.map(\.coverage) == [0.25, 0.75, 0])
        #expect(progress.terms.map(\.unitsReached) == [1, 2, 0])
        #expect(progress.terms.map(\.leaders) == [["L"], ["L"], []])
        #expect(Wording.listeningProgress(progress) == "one-on-one coverage 25% in 2026-fall, 75% in 2027-spring and 0% in 2027-fall")
    }

    @Test func withinAnUnknownColumnIsRefused() {
        #expect(throws: AnalysisError.unknownColumn("school", known: [])) {
            try Self.term().listening(leaders: [0], options: ListeningOptions(withinColumn: "school"))
        }
        #expect(throws: AnalysisError.unknownColumn("school", known: [])) { try Self.term().introductions(IntroductionOptions(withinColumn: "school")) }
    }

    @Test func introductionsAsJSON() throws {
        let answer = try Self.term().introductions(IntroductionOptions(count: 1))
        // Office–Grade 1, Office–Grade 2 share nothing; Grade 1–Grade 2 share (c → a).
        #expect(answer.pairsSharingNothing == 2 && answer.pairsClosed == 1)
        let list = try #require(try Self.object(answer.introductions) as? [[String: Any]])
        #expect(list.count == 1)
        let a = try #require(list[0]["a"] as? [String: Any]), b = try #require(list[0]["b"] as? [String: Any])
        #expect(Set(a.keys) == ["id", "name", "unit"] && Set(b.keys) == ["id", "name", "unit"])
        #expect(a["unit"] as? String != b["unit"] as? String)
        let reason = try #require(list[0]["reason"] as? String)
        #expect(reason.contains("share nothing today"))
        #expect(Wording.introductionsSummary(answer)[0] == "2 pairs of teams share nothing in 2026-fall (no sharing tie between them); the 1 introduction below close 1 of them.")
    }

    @Test func backtestAnswerAndWords() throws {
        let term = Self.term()
        #expect(throws: BacktestProblem.noKnownAdoption(term: "2026-fall")) { try term.spreadBacktest(adoption: [:]) }
        #expect(throws: BacktestProblem.tooFewLaterAdopters(term: "2026-fall", count: 1)) {
            try term.spreadBacktest(adoption: ["a": 1, "b": 1, "c": 2])
        }
        let options = SpreadBacktestOptions(thresholdCount: 1, runs: 20, randomOrders: 50, seed: 3)
        let answer = try term.spreadBacktest(adoption: ["a": 1, "b": 2, "c": 2], options: options)
        #expect(answer.seeds.map(\.id) == ["a"])
        #expect(answer.scored == 2 && answer.periods == 1 && answer.knownAdopters == 3)
        #expect(answer.models.map(\.model) == ["cascade", "threshold", "in-degree", "random"])
        let again = try term.spreadBacktest(adoption: ["a": 1, "b": 2, "c": 2], options: options)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(answer) == encoder.encode(again))
        let lines = Wording.backtestSummary(answer)
        #expect(lines[0].hasPrefix("2026-fall: 3 of 5 people have a known adoption period; seeded with the 1 person who adopted first"))
    }
}
