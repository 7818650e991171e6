import Foundation
import Synchronization
import Testing
import TrustNet
import TrustNetStore

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `trustnet serve` as a process answering 100 simulated respondents at once over loopback,
/// then `survey close`; and a `kill -9` in the middle of a survey.
@Suite(.serialized) struct SurveyLoadTests {
    /// One submission: relation name → [(id, weight)].
    typealias Answers = [String: [(id: String, weight: Int)]]

    static func post(_ base: String, token: String, _ answers: Answers) async throws -> Int {
        var request = URLRequest(url: URL(string: "\(base)/s/\(token)/answers")!)
        request.httpMethod = "POST"
        request.timeoutInterval = 120
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let object = answers.mapValues { $0.map { ["id": $0.id, "weight": $0.weight] as [String: Any] } }
        request.httpBody = try JSONSerialization.data(withJSONObject: object)
        let (_, response) = try await URLSession.shared.data(for: request)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }

    /// A seeded respondent's answers: some colleagues for each relation (partial: advice only).
    static func answers(_ id: String, among ids: [String], partial: Bool, using rng: inout SeededGenerator) -> Answers {
        var out: Answers = [:]
        for relation in partial ? ["advice"] : ["advice", "sharing", "trust"] {
            let named = ids.filter { $0 != id }.shuffled(using: &rng).prefix(Int.random(in: 0...6, using: &rng))
            out[relation] = named.map { ($0, Int.random(in: 1...5, using: &rng)) }
        }
        return out
    }

    static func tieSet(_ answers: [String: Answers]) -> Set<String> {
        var out = Set<String>()
        for (source, a) in answers {
            for (relation, choices) in a { for c in choices { out.insert("\(source)>\(c.id) \(relation) \(Double(c.weight))") } }
        }
        return out
    }

    @Test func hundredRespondentsAtOnceAndTheTiesAreTheirLastAnswers() async throws {
        let f = try SurveyFixture(count: 110)
        defer { f.cleanUp() }
        let served = try ServeCommandTests.Served(f.cli)
        defer { _ = served.stop() }
        let base = served.base
        var rng = SeededGenerator(seed: 19)
        let ids = f.people.map(\.id)
        let respondents = Array(ids.shuffled(using: &rng).prefix(100))
        // Each respondent's submissions in order: 30 answer twice, 20 only partly.
        var plans: [(id: String, submissions: [Answers])] = []
        for (i, id) in respondents.enumerated() {
            var submissions = [Self.answers(id, among: ids, partial: i % 5 == 1, using: &rng)]
            if i % 10 < 3 { submissions.append(Self.answers(id, among: ids, partial: false, using: &rng)) }
            plans.append((id, submissions))
        }
        let statuses = try await withThrowingTaskGroup(of: [Int].self) { group in
            for plan in plans {
                let token = f.tokens[plan.id]!
                group.addTask {
                    var statuses: [Int] = []
                    for s in plan.submissions { statuses.append(try await Self.post(base, token: token, s)) }
                    return statuses
                }
            }
            var all: [Int] = []
            for try await s in group { all += s }
            return all
        }
        #expect(statuses.count == 130 && statuses.allSatisfy { $0 == 200 }, "\(Dictionary(grouping: statuses, by: { $0 }).mapValues(\.count))")
        let status = try f.cli.run(["survey", "status", "--term", "t", "--format", "csv"])
        #expect(status.stdout.hasSuffix("(all),110,100,100\n"), "\(status.stdout)")

        let closed = try f.cli.run(["survey", "close", "--term", "t"])
        #expect(closed.status == 0, "\(closed.stderr)")
        #expect(closed.stderr.contains("response: 100 of 110 people answered (91%); 10 did not"), "\(closed.stderr)")
        let network = try Workspace.open(at: f.workspacePath).network(term: "t")
        let ties = Set(network.ties.map { "\(network.people[$0.source].id)>\(network.people[$0.target].id) \($0.relation.name) \($0.weight)" })
        let expected = Self.tieSet(Dictionary(uniqueKeysWithValues: plans.map { ($0.id, $0.submissions.last!) }))
        #expect(!expected.isEmpty && ties == expected, "\(ties.symmetricDifference(expected).prefix(5))")
        #expect(try Workspace.open(at: f.workspacePath).respondentIDs(term: "t") == Set(respondents))

        // After closing: answers and pages refused, without data.
        let late = try await Self.post(base, token: f.tokens[respondents[0]]!, ["advice": []])
        #expect(late == 404)
        let page = try await ServeCommandTests.get(base + "/s/" + f.tokens[respondents[0]]!, token: nil)
        #expect(page.status == 404 && !page.body.contains("Ann Lee"))
    }

    @Test func killDashNineLosesNoAcknowledgedAnswer() async throws {
        let f = try SurveyFixture(count: 60)
        defer { f.cleanUp() }
        let served = try ServeCommandTests.Served(f.cli)
        let base = served.base
        let pid = served.process.processIdentifier
        var rng = SeededGenerator(seed: 9)
        let ids = f.people.map(\.id)
        // Each person sends up to 6 submissions in turn; the server is killed after 120 acknowledgements.
        let plans = ids.map { id in (id, (0..<6).map { _ in Self.answers(id, among: ids, partial: false, using: &rng) }) }
        final class Counter: Sendable { let value = Mutex(0) }
        let acknowledged = Counter()
        let results = await withTaskGroup(of: (String, Int?).self) { group in
            for (id, submissions) in plans {
                let token = f.tokens[id]!
                group.addTask {
                    var last: Int? = nil
                    for (i, s) in submissions.enumerated() {
                        guard let status = try? await Self.post(base, token: token, s), status == 200 else { break }
                        last = i
                        if acknowledged.value.withLock({ n in n += 1; return n }) == 120 { kill(pid, SIGKILL) }
                    }
                    return (id, last)
                }
            }
            var out: [String: Int?] = [:]
            for await (id, last) in group { out[id] = last }
            return out
        }
        _ = served.stop()
        #expect(served.process.terminationReason == .uncaughtSignal, "killed, not stopped")
        let acked = results.compactMapValues { $0 }
        let total = acked.values.reduce(0) { $0 + $1 + 1 }
        #expect(total >= 120 && total < 360, "killed in the middle: \(total) of 360 submissions acknowledged")
        // Every acknowledged submission is there, or a later one (saved, then killed before it was acknowledged).
        let stored = try Workspace.open(at: f.workspacePath).surveyAnswers(term: "t").responses
        let byID = Dictionary(uniqueKeysWithValues: stored.map { ($0.personID, $0) })
        for (id, submissions) in plans {
            guard let last = acked[id] else { continue }
            let response = try #require(byID[id], "\(id)'s acknowledged answers are lost")
            let got = Self.tieSet([id: response.answers.reduce(into: Answers()) { $0[$1.key.name] = $1.value.map { ($0.id, $0.weight ?? 1) } }])
            let allowed = submissions[last...].map { Self.tieSet([id: $0]) }
            #expect(allowed.contains(got), "\(id): stored answers are not the last acknowledged ones")
        }
    }
}
