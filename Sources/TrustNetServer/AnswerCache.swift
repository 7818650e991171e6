import Synchronization

/// Answers kept while the workspace stays the same (``TrustNetStore/Workspace/stateStamp()``),
/// so a page loaded again — the coalition builder with its suggested coalition, a district's
/// diagram — is not computed again. Everything is dropped when the stamp changes; at most
/// ``limit`` answers are kept (the oldest goes first).
final class AnswerCache: Sendable {
    static let limit = 64
    private struct State {
        var stamp = ""
        var values: [String: any Sendable] = [:]
        var order: [String] = []
    }
    private let state = Mutex(State())

    init() {}

    /// The answer for `key` under `stamp`, computed by `compute` when not kept.
    func value<T: Sendable>(_ key: String, stamp: String, _ compute: () throws -> T) throws -> T {
        if let kept = state.withLock({ s -> T? in s.stamp == stamp ? s.values[key] as? T : nil }) { return kept }
        let value = try compute()
        state.withLock { s in
            if s.stamp != stamp { s = State(stamp: stamp) }
            if s.values[key] == nil { s.order.append(key) }
            s.values[key] = value
            while s.order.count > Self.limit { s.values[s.order.removeFirst()] = nil }
        }
        return value
    }
}
