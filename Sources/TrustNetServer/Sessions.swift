import Synchronization

/// The browser sessions the printed token opened: a random session id (the cookie) and its
/// CSRF token, kept in memory for as long as the server runs.
public final class Sessions: Sendable {
    private let csrfBySession = Mutex<[String: AccessToken]>([:])

    public init() {}

    /// A new session: its id (the cookie's value) and CSRF token.
    public func open() -> (id: String, csrf: AccessToken) {
        let id = AccessToken().value, csrf = AccessToken()
        csrfBySession.withLock { $0[id] = csrf }
        return (id, csrf)
    }

    /// The CSRF token of session `id`, or nil when no such session was opened.
    public func csrf(of id: some StringProtocol) -> AccessToken? {
        csrfBySession.withLock { $0[String(id)] }
    }
}
