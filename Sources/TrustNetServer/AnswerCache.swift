import Foundation
import Synchronization

/// Answers kept while the workspace stays the same (``TrustNetStore/Workspace/stateStamp()``),
/// so a page loaded again — the coalition builder with its suggested coalition, a district's
/// diagram — is not computed again. Everything is dropped when the stamp changes; at most
/// ``limit`` answers are kept (the oldest goes first).
///
/// An answer is computed once: a request that asks for an answer already being computed (by
/// another request, or by ``AnswerWarmup`` just after the server started) waits for it instead
/// of computing it a second time beside it.
final class AnswerCache: Sendable {
    static let limit = 64

    /// An answer being computed; whoever asks for it meanwhile waits on `condition`.
    private final class Flight: @unchecked Sendable {
        let condition = NSCondition()
        // Guarded by `condition`.
        var result: Result<any Sendable, any Error>?

        func finish(_ result: Result<any Sendable, any Error>) {
            condition.lock()
            self.result = result
            condition.broadcast()
            condition.unlock()
        }

        func wait() -> Result<any Sendable, any Error> {
            condition.lock()
            defer { condition.unlock() }
            while result == nil { condition.wait() }
            return result!
        }
    }

    private struct State {
        var stamp = ""
        var values: [String: any Sendable] = [:]
        var order: [String] = []
        var flights: [String: Flight] = [:]
        /// Answers computed under this stamp (kept or not).
        var computed = 0
    }
    private let state = Mutex(State())

    /// What a call does: return a kept answer, wait for one being computed, or compute it.
    private enum Step {
        case kept(any Sendable)
        case wait(Flight)
        case compute(Flight)
    }

    init() {}

    /// The answer for `key` under `stamp`, computed by `compute` when not kept and not being
    /// computed already.
    func value<T: Sendable>(_ key: String, stamp: String, _ compute: () throws -> T) throws -> T {
        let step = state.withLock { s -> Step in
            if s.stamp != stamp { s = State(stamp: stamp) }
            if let kept = s.values[key] as? T { return .kept(kept) }
            if let flight = s.flights[key] { return .wait(flight) }
            let flight = Flight()
            s.flights[key] = flight
            s.computed += 1
            return .compute(flight)
        }
        switch step {
        case .kept(let value):
            return value as! T
        case .wait(let flight):
            if let value = try flight.wait().get() as? T { return value }
            return try compute()  // another question under the same key (never asked so): answer it here
        case .compute(let flight):
            let result = Result { try compute() }
            state.withLock { s in
                guard s.stamp == stamp else { return }
                s.flights[key] = nil
                guard case .success(let value) = result else { return }
                if s.values[key] == nil { s.order.append(key) }
                s.values[key] = value
                while s.order.count > Self.limit { s.values[s.order.removeFirst()] = nil }
            }
            flight.finish(result.map { $0 as any Sendable })
            return try result.get()
        }
    }

    /// How many answers were computed since the workspace last changed (each computation, kept
    /// or failed): what a page served from kept answers leaves unchanged.
    var computedCount: Int { state.withLock { $0.computed } }
}
