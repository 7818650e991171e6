import Hummingbird

/// What the server knows about a request beyond Hummingbird's core: who opened it.
public struct TrustNetRequestContext: RequestContext {
    /// How the request proved it may see the workspace.
    public enum Access: Sendable {
        /// A browser with the session cookie; pages carry its CSRF token.
        case browser(csrf: AccessToken)
        /// An API client with `Authorization: Bearer TOKEN`.
        case bearer
    }

    public var coreContext: CoreRequestContextStorage
    /// Set by ``AccessMiddleware`` before any route runs.
    public var access: Access?
    /// Bodies above this size are refused with 413 (`--max-upload`); set by ``AccessMiddleware``.
    public var uploadLimit = ServerConfiguration.defaultMaxUpload

    /// The address of the peer that connected (a reverse proxy's, behind one); `nil` in
    /// in-process tests.
    public var peerAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress
    }

    public var maxUploadSize: Int { uploadLimit }

    /// The CSRF token pages put in their forms and scripts send back (empty for API clients).
    public var csrf: String {
        if case .browser(let token) = access { return token.value }
        return ""
    }
}
