import Foundation
import Synchronization

/// Requests a minute per survey link and per address (fixed one-minute windows), kept in
/// memory for as long as the server runs. A link or address over its limit is answered 429
/// until the minute is over; nothing is read from the workspace for it.
final class SurveyRateLimits: Sendable {
    let perLink: Int
    let perAddress: Int
    private let windows = Mutex<[String: (minute: Int, count: Int)]>([:])

    init(perLink: Int, perAddress: Int) {
        self.perLink = perLink
        self.perAddress = perAddress
    }

    /// Counts one request of `link` from `address`; false when either is over its limit.
    func admit(link: String, address: String?, now: Date = Date()) -> Bool {
        let minute = Int(now.timeIntervalSince1970 / 60)
        return windows.withLock { windows in
            if windows.count > 50_000 { windows = windows.filter { $0.value.minute == minute } }
            func count(_ key: String, limit: Int) -> Bool {
                var w: (minute: Int, count: Int) = windows[key].flatMap { $0.minute == minute ? $0 : nil } ?? (minute, 0)
                w.count += 1
                windows[key] = w
                return w.count <= limit
            }
            let byAddress = address.map { count("address " + $0, limit: perAddress) } ?? true
            let byLink = count("link " + link, limit: perLink)
            return byAddress && byLink
        }
    }
}
