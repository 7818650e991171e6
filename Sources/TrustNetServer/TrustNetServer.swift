import Hummingbird
import Logging
import TrustNetStore

/// `trustnet serve`: the workspace in a browser. Pages, `/api` and downloads over the analysis
/// layer, behind ``AccessMiddleware`` (token, session cookie, CSRF, upload limit) and
/// ``SecurityHeadersMiddleware``.
public enum TrustNetServer {
    /// Every route, behind the middleware; tests drive it in-process with HummingbirdTesting.
    public static func router(workspace: Workspace, configuration: ServerConfiguration, sessions: Sessions = Sessions()) throws -> Router<TrustNetRequestContext> {
        try router(workspace: ServedWorkspace(store: workspace), configuration: configuration, sessions: sessions)
    }

    /// Every route over `served`, which may have no workspace file yet (the import page creates it).
    public static func router(workspace served: ServedWorkspace, configuration: ServerConfiguration, sessions: Sessions = Sessions()) throws -> Router<TrustNetRequestContext> {
        let router = Router(context: TrustNetRequestContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: AccessMiddleware(token: configuration.token, sessions: sessions, maxUpload: configuration.maxUpload))
        APIRoutes(workspace: served).add(to: router.group("api"))
        SurveyRoutes(
            workspace: served, pages: try Pages(),
            limits: SurveyRateLimits(perLink: configuration.surveyRequestsPerLink, perAddress: configuration.surveyRequestsPerAddress),
            maxBody: configuration.surveyMaxBody
        ).add(to: router)
        let pages = PageRoutes(workspace: served, pages: try Pages())
        pages.add(to: router)
        ImportRoutes(workspace: served, pages: pages, drafts: ImportDrafts()).add(to: router)
        DownloadRoutes(workspace: served).add(to: router)
        return router
    }

    /// The application on `configuration`'s host and port; `onRunning` gets the port actually
    /// bound (for `--port 0`).
    public static func application(
        workspace: ServedWorkspace, configuration: ServerConfiguration, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        var logger = Logger(label: "trustnet.serve")
        logger.logLevel = .warning
        return Application(
            router: try router(workspace: workspace, configuration: configuration),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "TrustNet"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
    }
}
