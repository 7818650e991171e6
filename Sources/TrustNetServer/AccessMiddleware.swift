import Hummingbird

/// What every route needs before it runs, once:
///
/// - bodies over the upload limit get 413 (from Content-Length before reading, else while
///   reading, never past the limit);
/// - `?token=TOKEN` opens a session: an HttpOnly, SameSite=Strict cookie, and a redirect to the
///   same address without the token (so it leaves the address bar and the history);
/// - `Authorization: Bearer TOKEN` lets API clients in;
/// - `/s/…` (personal survey links, see ``SurveyRoutes``) and `/static/…` pass without the
///   token: the link is the respondent's own secret;
/// - anything else gets 401 and a short page on how to open TrustNet, with no data;
/// - POST, PUT, PATCH and DELETE from a browser need a same-origin `Origin` (or
///   `Sec-Fetch-Site: same-origin`) and the session's CSRF token in the `X-CSRF-Token` header or
///   a `csrf` form field (an upload: a `csrf` parameter of the form's action address). Bearer clients are exempt: a browser never adds that header by itself.
struct AccessMiddleware: RouterMiddleware {
    typealias Context = TrustNetRequestContext
    static let cookieName = "trustnet_session"

    let token: AccessToken
    let sessions: Sessions
    let maxUpload: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var request = request, context = context
        context.uploadLimit = maxUpload
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxUpload { return Self.tooLarge(maxUpload) }

        // A personal survey link carries its own secret (``SurveyRoutes``); the app's script
        // and styles hold no data.
        if request.uri.path.hasPrefix("/s/") || request.uri.path.hasPrefix("/static/") { return try await next(request, context) }

        if let given = request.uri.queryParameters["token"] {
            guard token.matches(given) else { return Self.unauthorized() }
            let session = sessions.open()
            var response = Response(status: .seeOther, headers: [.location: Self.withoutToken(path: request.uri.path, query: request.uri.query)])
            response.setCookie(Cookie(name: Self.cookieName, value: session.id, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        if let authorization = request.headers[.authorization], authorization.hasPrefix("Bearer "), token.matches(authorization.dropFirst(7)) {
            context.access = .bearer
        } else if let id = request.cookies[Self.cookieName]?.value, let csrf = sessions.csrf(of: id) {
            context.access = .browser(csrf: csrf)
        } else {
            return Self.unauthorized()
        }

        if [.post, .put, .patch, .delete].contains(request.method) {
            // An upload (multipart/form-data) streams on to its route, which stores it in a
            // temporary file within the limit; any other body is read here, within the limit.
            if !Self.isUpload(request) {
                do {
                    _ = try await request.collectBody(upTo: maxUpload)
                } catch let error as HTTPResponseError where error.status == .contentTooLarge {
                    return Self.tooLarge(maxUpload)
                }
            }
            if case .browser(let csrf) = context.access, let refusal = await Self.csrfRefusal(request, csrf: csrf) { return refusal }
        }
        return try await next(request, context)
    }

    /// Why a browser's state-changing request is refused, or nil when it is same-origin and
    /// carries the session's CSRF token.
    static func csrfRefusal(_ request: Request, csrf: AccessToken) async -> Response? {
        let host = request.head.authority
        let sameOrigin: Bool
        // A form posted from a page with `Referrer-Policy: no-referrer` carries `Origin: null`;
        // the browser's own `Sec-Fetch-Site` (which no page can set) then tells.
        if let origin = request.headers[.origin], origin != "null" {
            sameOrigin = host.map { origin == "http://\($0)" } ?? false
        } else {
            sameOrigin = request.headers[.init("Sec-Fetch-Site")!] == "same-origin"
        }
        guard sameOrigin else { return forbidden("The request did not come from a TrustNet page (cross-site requests are refused).") }
        var given = request.headers[.init("X-CSRF-Token")!]
        // An upload form carries the token in its action address: its body is not read here.
        if given == nil, isUpload(request) { given = request.uri.queryParameters["csrf"].map(String.init) }
        if given == nil, request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true,
            let body = try? await request.body.collect(upTo: .max)
        {
            given = FormFields(String(buffer: body))["csrf"]
        }
        guard let given, csrf.matches(given) else { return forbidden("The page's form token is missing or stale: reload the page and try again.") }
        return nil
    }

    /// Whether the request is a form upload (`multipart/form-data`).
    static func isUpload(_ request: Request) -> Bool {
        request.headers[.contentType]?.lowercased().hasPrefix("multipart/form-data") == true
    }

    /// The address without its `token` parameter (a path on this server only).
    static func withoutToken(path: String, query: String?) -> String {
        var path = path
        if !path.hasPrefix("/") || path.hasPrefix("//") { path = "/" }
        let kept = (query ?? "").split(separator: "&").filter { !$0.hasPrefix("token=") && $0 != "token" }
        return kept.isEmpty ? path : path + "?" + kept.joined(separator: "&")
    }

    static func unauthorized() -> Response {
        Response(
            status: .unauthorized, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">\
                <title>TrustNet: open it from its address</title><link rel="stylesheet" href="/static/app.css"></head><body><main>\
                <h1>Open TrustNet from the address it printed</h1>\
                <p>This TrustNet workspace is private. Start it with <code>trustnet serve</code> and open the address it prints \
                (<code>http://127.0.0.1:PORT/?token=…</code>) in this browser. The token in that address lets this browser in.</p>\
                </main></body></html>
                """)))
    }

    static func forbidden(_ message: String) -> Response {
        Response(status: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: message + "\n")))
    }

    static func tooLarge(_ limit: Int) -> Response {
        Response(
            status: .contentTooLarge, headers: [.contentType: "text/plain; charset=utf-8", .connection: "close"],
            body: .init(byteBuffer: ByteBuffer(string: tooLargeMessage(limit) + "\n")))
    }

    static func tooLargeMessage(_ limit: Int) -> String {
        "The upload is larger than \(limit / (1024 * 1024)) MB (trustnet serve --max-upload MB allows more)."
    }
}
