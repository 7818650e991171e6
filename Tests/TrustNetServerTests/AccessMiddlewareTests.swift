import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TrustNetServer

/// The token, the session cookie, CSRF, the upload limit and the security headers, on every route.
@Suite(.serialized) struct AccessMiddlewareTests {
    static let paths = [
        "/", "/sarahs", "/coalition", "/premortem", "/onramps", "/spread", "/growth", "/network", "/downloads", "/api/terms", "/api/sarahs",
        "/api/report", "/api/coalition/evaluate?ids=S0001", "/csv/sarahs.csv", "/diagram/2026-fall/advice.svg", "/report.html", "/export.json",
    ]

    @Test func withoutTheTokenEveryRouteIs401AndShowsNoData() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        let names = try fixture.store.network(term: "2026-fall").people.prefix(20).map(\.name)
        try await fixture.application.test(.router) { client in
            for path in Self.paths + ["/?token=wrong", "/api/sarahs?token=" + String(repeating: "ab", count: 31) + "ac"] {
                for headers: HTTPFields in [[:], [.authorization: "Bearer wrong"], [.cookie: "trustnet_session=made-up"]] {
                    let response = try await client.execute(uri: path, method: .get, headers: headers)
                    #expect(response.status == .unauthorized, "\(path)")
                    let body = String(buffer: response.body)
                    #expect(body.contains("trustnet serve"))
                    for name in names { #expect(!body.contains(name), "\(path) shows \(name)") }
                    #expect(!body.contains("2026-fall") && !body.contains("S00"))
                    #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
                }
            }
        }
    }

    @Test func theTokenSetsAStrictCookieAndRedirectsWithoutIt() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        try await fixture.application.test(.router) { client in
            let opened = try await client.execute(uri: "/sarahs?term=2026-spring&token=\(ServerFixture.token.value)&top=3", method: .get)
            #expect(opened.status == .seeOther)
            #expect(opened.headers[.location] == "/sarahs?term=2026-spring&top=3")
            let cookie = try #require(opened.headers[.setCookie])
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"))
            #expect(!cookie.contains(ServerFixture.token.value))
            let pair = String(try #require(cookie.split(separator: ";").first))
            let page = try await client.execute(uri: "/sarahs?term=2026-spring&top=3", method: .get, headers: [.cookie: pair])
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("<option value=\"2026-spring\" selected>"))
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
            #expect(page.headers[.contentSecurityPolicy]?.contains("'unsafe-inline'") == false)
            #expect(page.headers[.xContentTypeOptions] == "nosniff")
            #expect(page.headers[.init("Referrer-Policy")!] == "no-referrer")
            #expect(!html.contains("<script>"), "no inline script")
            // An API client with the bearer token.
            let api = try await client.execute(uri: "/api/terms", method: .get, headers: ServerFixture.bearer)
            #expect(api.status == .ok)
            // A redirect never leaves the server.
            let away = try await client.execute(uri: "//evil.example/?token=\(ServerFixture.token.value)", method: .get)
            #expect(away.headers[.location] == "/")
        }
    }

    @Test func stateChangingRequestsNeedSameOriginAndTheSessionsToken() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        try await fixture.application.test(.router) { client in
            let session = try await ServerFixture.session(client)
            let body = ByteBuffer(string: #"{"term":"2026-fall","ids":["S0001","S0002"]}"#)
            func post(origin: String?, csrf: String?) async throws -> HTTPResponse.Status {
                var headers = session.cookie
                headers[.contentType] = "application/json"
                if let origin { headers[.origin] = origin }
                if let csrf { headers[.init("X-CSRF-Token")!] = csrf }
                return try await client.execute(uri: "/api/coalition/record", method: .post, headers: headers, body: body).status
            }
            // The router test's requests come to http://localhost.
            #expect(try await post(origin: nil, csrf: session.csrf) == .forbidden, "no Origin, no Sec-Fetch-Site")
            #expect(try await post(origin: "http://evil.example", csrf: session.csrf) == .forbidden)
            #expect(try await post(origin: "null", csrf: session.csrf) == .forbidden, "Origin: null without Sec-Fetch-Site")
            #expect(try await post(origin: "http://localhost", csrf: nil) == .forbidden, "no CSRF token")
            #expect(try await post(origin: "http://localhost", csrf: String(repeating: "0", count: 64)) == .forbidden)
            #expect(try fixture.store.coalition(term: "2026-fall").isEmpty, "nothing recorded by refused requests")
            #expect(try await post(origin: "http://localhost", csrf: session.csrf) == .ok)
            #expect(try fixture.store.coalition(term: "2026-fall") == ["S0001", "S0002"])
            // A form post carries the token as a field.
            var form = session.cookie
            form[.contentType] = "application/x-www-form-urlencoded"
            form[.init("Sec-Fetch-Site")!] = "same-origin"
            form[.origin] = "null"  // as a browser sends it from a page with Referrer-Policy: no-referrer
            let posted = try await client.execute(
                uri: "/api/coalition/record", method: .post, headers: form, body: ByteBuffer(string: "term=2026-fall&ids=S0003&csrf=\(session.csrf)"))
            #expect(posted.status == .ok)
            #expect(try fixture.store.coalition(term: "2026-fall") == ["S0003"])
        }
    }

    @Test func oversizedBodiesGet413WithoutBeingRead() async throws {
        let fixture = try ServerFixture.sampleDistrict(maxUpload: 1024)
        defer { fixture.cleanUp() }
        try await fixture.application.test(.router) { client in
            var headers = ServerFixture.bearer
            headers[.contentType] = "application/json"
            let big = ByteBuffer(string: #"{"term":"2026-fall","ids":["S0001"],"pad":""# + String(repeating: "x", count: 4096) + "\"}")
            let response = try await client.execute(uri: "/api/coalition/record", method: .post, headers: headers, body: big)
            #expect(response.status == .contentTooLarge)
            #expect(try fixture.store.coalition(term: "2026-fall").isEmpty)
            // Refused from the Content-Length alone, before any byte of the body is read, even without a session.
            let declared = try await client.execute(uri: "/api/coalition/record", method: .post, headers: [.contentLength: "60000000000"])
            #expect(declared.status == .contentTooLarge)
            // Below the limit the same request goes through.
            let small = try await client.execute(
                uri: "/api/coalition/record", method: .post, headers: headers, body: ByteBuffer(string: #"{"term":"2026-fall","ids":["S0001"]}"#))
            #expect(small.status == .ok)
        }
    }

    @Test func noPathReachesTheFileSystem() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        try await fixture.application.test(.router) { client in
            for path in ["/static/..%2F..%2FPackage.swift", "/static/../Templates/page.mustache", "/static/page.mustache", "/static/%2Fetc%2Fpasswd",
                "/csv/..%2Ftrustnet.sqlite", "/export.sqlite", "/diagram/2026-fall/advice.dot", "/trustnet.sqlite"]
            {
                let response = try await client.execute(uri: path, method: .get, headers: ServerFixture.bearer)
                #expect([.notFound, .badRequest].contains(response.status), "\(path): \(response.status)")
                #expect(!String(buffer: response.body).contains("SQLite format"))
            }
            let script = try await client.execute(uri: "/static/app.js", method: .get, headers: ServerFixture.bearer)
            #expect(script.status == .ok && script.headers[.contentType]?.hasPrefix("text/javascript") == true)
        }
    }
}
