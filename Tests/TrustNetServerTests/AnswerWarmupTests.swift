import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing
@testable import TrustNetServer
import TrustNetStore

/// Answers computed once: requests for an answer being computed wait for it, and the answers
/// `trustnet serve` computes as it starts are the ones the pages then ask for.
@Suite struct AnswerWarmupTests {
    @Test func anAnswerBeingComputedIsWaitedFor() throws {
        let cache = AnswerCache()
        let runs = Mutex(0)
        let answers = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 6) { _ in
            let value = try? cache.value("slow", stamp: "s1") { () -> Int in
                runs.withLock { $0 += 1 }
                Thread.sleep(forTimeInterval: 0.2)
                return 42
            }
            answers.withLock { $0.append(value ?? -1) }
        }
        #expect(runs.withLock { $0 } == 1)
        #expect(answers.withLock { $0 } == Array(repeating: 42, count: 6))
        #expect(cache.computedCount == 1)
        // A changed workspace drops it.
        #expect(try cache.value("slow", stamp: "s2") { 7 } == 7)
    }

    struct Refused: Error {}

    @Test func aFailureIsNotKept() throws {
        let cache = AnswerCache()
        #expect(throws: Refused.self) { try cache.value("x", stamp: "s") { () throws -> Int in throw Refused() } }
        #expect(try cache.value("x", stamp: "s") { 3 } == 3)
        #expect(cache.computedCount == 2)
    }

    /// After the warm-up, the latest term's pages, their /api, the network page's diagram and
    /// each relation's diagram compute nothing more — asked with the term named or not.
    @Test func theWarmedAnswersAreThePagesOwn() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        let served = ServedWorkspace(store: fixture.store)
        let warmed = try #require(AnswerWarmup.warm(served))
        #expect(warmed.term == "2026-fall")
        let computed = served.cache.computedCount
        #expect(computed >= 10)
        let app = try ServerFixture.application(served)
        try await app.test(.router) { client in
            let pages = ["/coalition", "/spread", "/sarahs", "/premortem", "/onramps", "/growth", "/"]
            var uris = pages + pages.map { $0 + "?term=2026-fall" }
            uris += ["/api/coalition", "/api/spread?term=2026-fall", "/api/sarahs", "/diagram/2026-fall/all.svg", "/diagram/2026-fall/advice.svg"]
            for uri in uris {
                let response = try await client.execute(uri: uri, method: .get, headers: ServerFixture.bearer)
                #expect(response.status == .ok, "\(uri)")
            }
            // The network page shows the diagram the warm-up drew.
            let network = String(buffer: try await client.execute(uri: "/network", method: .get, headers: ServerFixture.bearer).body)
            #expect(network.contains("src=\"/diagram/2026-fall/all.svg\""))
        }
        #expect(served.cache.computedCount == computed)
        // Earlier terms come after the latest: until then, asking for one computes.
        try await app.test(.router) { client in
            let earlier = try await client.execute(uri: "/coalition?term=2025-fall", method: .get, headers: ServerFixture.bearer)
            #expect(earlier.status == .ok)
        }
        #expect(served.cache.computedCount > computed)
        AnswerWarmup.warmEarlierTerms(served)
        let all = served.cache.computedCount
        try await app.test(.router) { client in
            for uri in ["/coalition?term=2026-spring", "/spread?term=2025-fall", "/api/premortem?term=2026-spring", "/diagram/2025-fall/all.svg", "/diagram/2026-spring/trust.svg"] {
                let response = try await client.execute(uri: uri, method: .get, headers: ServerFixture.bearer)
                #expect(response.status == .ok, "\(uri)")
            }
        }
        #expect(served.cache.computedCount == all)
    }
}
