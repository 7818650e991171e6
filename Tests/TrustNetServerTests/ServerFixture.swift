import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TrustNetServer
import TrustNetStore
import TrustNetTestSupport

/// A scratch workspace and the server over it, driven in-process (no socket).
struct ServerFixture {
    static let token = AccessToken(value: String(repeating: "ab", count: 32))
    static let sample = CLIRunner.repository.appendingPathComponent("Datasets/sample-district")
    static let terms = ["2025-fall", "2026-spring", "2026-fall"]

    let cli: CLIRunner
    let store: Workspace
    let maxUpload: Int

    /// The sample district's three terms (with their coalition recorded in 2026-spring, as the
    /// trustnetTests import it).
    static func sampleDistrict(maxUpload: Int = ServerConfiguration.defaultMaxUpload) throws -> ServerFixture {
        let cli = CLIRunner()
        let dates = [("2025-09-01", "2026-01-31"), ("2026-02-01", "2026-06-30"), ("2026-09-01", "2027-01-31")]
        for (term, (starts, ends)) in zip(terms, dates) {
            let file = { (name: String) in sample.appendingPathComponent(name).path }
            let r = try cli.run(["import", file("roster-\(term).csv"), file("ties-\(term).csv"), "--term", term, "--starts", starts, "--ends", ends])
            #expect(r.status == 0, "\(r.stderr)")
        }
        return ServerFixture(cli: cli, store: try Workspace.open(at: cli.path("trustnet.sqlite")), maxUpload: maxUpload)
    }

    /// A workspace from a roster and tie list given as text.
    static func workspace(roster: String, ties: String, term: String = "t") throws -> ServerFixture {
        let cli = CLIRunner()
        let r = try cli.run(["import", cli.write("roster.csv", roster), cli.write("ties.csv", ties), "--term", term])
        #expect(r.status == 0, "\(r.stderr.prefix(2000))")
        return ServerFixture(cli: cli, store: try Workspace.open(at: cli.path("trustnet.sqlite")), maxUpload: ServerConfiguration.defaultMaxUpload)
    }

    var application: some ApplicationProtocol {
        get throws { try Self.application(ServedWorkspace(store: store), maxUpload: maxUpload) }
    }

    /// The server over `served` (which may have no workspace file yet), driven in-process.
    static func application(_ served: ServedWorkspace, maxUpload: Int = ServerConfiguration.defaultMaxUpload) throws -> some ApplicationProtocol {
        let configuration = ServerConfiguration(workspacePath: served.path, port: 0, maxUpload: maxUpload, token: token)
        return Application(router: try TrustNetServer.router(workspace: served, configuration: configuration))
    }

    static var bearer: HTTPFields { [.authorization: "Bearer \(token.value)"] }

    /// Opens a browser session with the token: the cookie header to send, and the page's CSRF token.
    static func session(_ client: some TestClientProtocol) async throws -> (cookie: HTTPFields, csrf: String) {
        let opened = try await client.execute(uri: "/?token=\(token.value)", method: .get)
        let setCookie = try #require(opened.headers[.setCookie])
        let pair = try #require(setCookie.split(separator: ";").first)
        let cookie: HTTPFields = [.cookie: String(pair)]
        let page = try await client.execute(uri: "/", method: .get, headers: cookie)
        let html = String(buffer: page.body)
        let start = try #require(html.range(of: "data-csrf=\""))
        let csrf = String(html[start.upperBound...].prefix { $0 != "\"" })
        #expect(csrf.count == 64)
        return (cookie, csrf)
    }

    /// A page speaks of what to click or choose: it names no command-line option ("--term";
    /// an HTML comment's "<!--" aside) and no command ("trustnet import").
    static func expectNoCommandLine(_ page: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(page.range(of: #"(^|[^-!])--[a-z]"#, options: .regularExpression) == nil, "\(what) names an option: \(page)", sourceLocation: sourceLocation)
        #expect(!page.contains("trustnet "), "\(what) names a command: \(page)", sourceLocation: sourceLocation)
    }

    func cleanUp() { cli.cleanUp() }
}
