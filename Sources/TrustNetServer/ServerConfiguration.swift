/// How `trustnet serve` was started.
public struct ServerConfiguration: Sendable {
    public static let defaultMaxUpload = 50 * 1024 * 1024

    /// The workspace file (SQLite), as the command line opens it.
    public var workspacePath: String
    public var host: String
    /// 0 picks a free port.
    public var port: Int
    /// Request bodies above this many bytes get 413.
    public var maxUpload: Int
    /// The secret of the printed address.
    public var token: AccessToken
    /// Requests a minute one survey link may make, and one address (every link behind it).
    public var surveyRequestsPerLink = 60
    public var surveyRequestsPerAddress = 1200
    /// Survey answers larger than this many bytes get 413.
    public var surveyMaxBody = 256 * 1024

    public init(workspacePath: String, host: String = "127.0.0.1", port: Int = 8080, maxUpload: Int = defaultMaxUpload, token: AccessToken = AccessToken()) {
        self.workspacePath = workspacePath
        self.host = host
        self.port = port
        self.maxUpload = maxUpload
        self.token = token
    }

    /// Whether the address only accepts connections from this machine.
    public var isLoopback: Bool { host == "127.0.0.1" || host == "::1" || host == "localhost" }

    /// The line `trustnet serve` prints: the address with the token, for the bound port.
    public func address(port bound: Int) -> String {
        let shown = host == "0.0.0.0" ? "127.0.0.1" : host.contains(":") ? "[\(host)]" : host
        return "http://\(shown):\(bound)/?token=\(token.value)"
    }
}
