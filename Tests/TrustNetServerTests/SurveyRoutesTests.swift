import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TrustNet
import TrustNetServer
import TrustNetStore

/// The answering page and its JSON, in-process: what a link shows, what it refuses, and that a
/// made-up or closed link shows nothing of the roster.
@Suite(.serialized) struct SurveyRoutesTests {
    static let json: HTTPFields = [.contentType: "application/json"]

    @Test func theLinkShowsTheRosterAndOnlyOnesOwnAnswers() async throws {
        let f = try SurveyFixture()
        defer { f.cleanUp() }
        try await f.application().test(.router) { client in
            // P002 names P003 and P005; P001's page shows the roster and nothing of that.
            let posted = try await client.execute(
                uri: "/s/\(f.tokens["P002"]!)/answers", method: .post, headers: Self.json,
                body: SurveyFixture.json(["advice": [["id": "P003", "weight": 4], ["id": "P005"]], "trust": []]))
            #expect(posted.status == .ok, "\(String(buffer: posted.body))")
            #expect(String(buffer: posted.body).contains("\"submitted\": true"))

            let page = try await client.execute(uri: "/s/\(f.tokens["P001"]!)", method: .get)
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("You are answering as <strong>Ann Lee</strong>"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Zoë") && !html.contains("<script>alert"))
            #expect(html.components(separatedBy: "Sam Lee</span> <small class=\"unit\">").count == 1 + 2 * 3, "both Sam Lees, with their units, in each of 3 questions")
            #expect(!html.contains(" checked"), "nothing chosen: P002's answers are not P001's")
            #expect(!html.contains("<script>") && html.contains("<script src=\"/static/survey.js\" defer></script>"))
            #expect(page.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            #expect(page.headers[.cacheControl] == "no-store")
            #expect(html.contains("Whom do you go to for advice about your teaching?"))

            // P002 sees their own answers.
            let own = String(buffer: try await client.execute(uri: "/s/\(f.tokens["P002"]!)", method: .get).body)
            #expect(own.contains("name=\"pick.0\" value=\"P003\" checked") && own.contains("name=\"pick.0\" value=\"P005\" checked"))
            #expect(own.contains("<option value=\"4\" selected>weekly</option>"))
            #expect(own.components(separatedBy: " checked").count == 3)

            // The static script and styles need no token.
            #expect(try await client.execute(uri: "/static/survey.js", method: .get).status == .ok)
        }
    }

    @Test func theFormWorksWithoutJavaScriptAndResubmittingReplaces() async throws {
        let f = try SurveyFixture()
        defer { f.cleanUp() }
        let token = f.tokens["P004"]!
        try await f.application().test(.router) { client in
            let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            var sent = try await client.execute(
                uri: "/s/\(token)", method: .post, headers: form,
                body: ByteBuffer(string: "asked.0=1&pick.0=P001&w.0.P001=5&pick.0=P002&w.0.P002=&asked.1=1&asked.2=1&pick.2=P003&submit=1"))
            #expect(sent.status == .seeOther && sent.headers[.location] == "/s/\(token)?saved=1")
            let thanks = String(buffer: try await client.execute(uri: "/s/\(token)?saved=1", method: .get).body)
            #expect(thanks.contains("Thank you: your answers are saved"))
            var answers = try Workspace.open(at: f.workspacePath).surveyAnswers(term: "t").responses
            #expect(answers.map(\.personID) == ["P004"])
            #expect(answers[0].answers == [.advice: [.init(id: "P001", weight: 5), .init(id: "P002")], .sharing: [], .trust: [.init(id: "P003")]])
            #expect(answers[0].submitted)
            // Saving again replaces everything, here with the JSON of the page's script; a draft
            // after the submit leaves the response submitted.
            sent = try await client.execute(
                uri: "/s/\(token)/answers", method: .post, headers: Self.json, body: SurveyFixture.json(["sharing": [["id": "P006", "weight": 2]], "draft": true]))
            #expect(sent.status == .ok)
            answers = try Workspace.open(at: f.workspacePath).surveyAnswers(term: "t").responses
            #expect(answers[0].answers == [.sharing: [.init(id: "P006", weight: 2)]] && answers[0].submitted)
            // Refused with the reason, nothing changed: oneself, not on the roster, not a number.
            for body: [String: Any] in [["advice": [["id": "P004"]]], ["advice": [["id": "X"]]], ["advice": [["id": "P001", "weight": "often"]]], ["advice": [["id": "P001", "weight": 9]]], ["who": []]] {
                let refused = try await client.execute(uri: "/s/\(token)/answers", method: .post, headers: Self.json, body: SurveyFixture.json(body))
                #expect(refused.status == .badRequest, "\(body)")
                #expect(String(buffer: refused.body).hasPrefix("{\"error\": "))
            }
            let broken = try await client.execute(uri: "/s/\(token)/answers", method: .post, headers: Self.json, body: ByteBuffer(string: "{\"advice\": [{\"id\": "))
            #expect(broken.status == .badRequest)
            #expect(try Workspace.open(at: f.workspacePath).surveyAnswers(term: "t").responses[0].answers == [.sharing: [.init(id: "P006", weight: 2)]])
        }
    }

    @Test func madeUpReplacedAndClosedLinksShowTheSameNothing() async throws {
        let f = try SurveyFixture()
        defer { f.cleanUp() }
        let names = f.people.map(\.name)
        try await f.application().test(.router) { client in
            let madeUp = try await client.execute(uri: "/s/\(SurveyToken().value)", method: .get)
            #expect(madeUp.status == .notFound)
            let garbage = try await client.execute(uri: "/s/%3Cscript%3E", method: .get)
            #expect(garbage.status == .notFound && String(buffer: garbage.body) == String(buffer: madeUp.body))
            let closedToken = f.tokens["P001"]!
            #expect(try await client.execute(uri: "/s/\(closedToken)", method: .get).status == .ok)
            let closed = try f.cli.run(["survey", "close", "--term", "t"])
            #expect(closed.status == 0, "\(closed.stderr)")
            let after = try await client.execute(uri: "/s/\(closedToken)", method: .get)
            #expect(after.status == .notFound)
            #expect(String(buffer: after.body) == String(buffer: madeUp.body), "a closed link cannot be told from a made-up one")
            for body in [String(buffer: madeUp.body), String(buffer: after.body)] {
                #expect(body.contains("This link does not open a survey"))
                for name in names { #expect(!body.contains(name)) }
            }
            let late = try await client.execute(uri: "/s/\(closedToken)/answers", method: .post, headers: Self.json, body: SurveyFixture.json(["advice": []]))
            #expect(late.status == .notFound && String(buffer: late.body) == "{\"error\": \"this link does not open a survey\"}\n")
            #expect(try Workspace.open(at: f.workspacePath).surveyAnswers(term: "t").responses.isEmpty)
            // Reopened, the same link works again.
            #expect(try f.cli.run(["survey", "reopen", "--term", "t"]).status == 0)
            #expect(try await client.execute(uri: "/s/\(closedToken)", method: .get).status == .ok)
        }
    }

    /// The leader's workspace page says how far the survey has come, never who answered.
    @Test func theLeadersPageShowsTheSurveysProgress() async throws {
        let f = try SurveyFixture()
        defer { f.cleanUp() }
        try await f.application().test(.router) { client in
            _ = try await client.execute(
                uri: "/s/\(f.tokens["P002"]!)/answers", method: .post, headers: Self.json, body: SurveyFixture.json(["advice": [["id": "P003"]]]))
            let (cookie, _) = try await ServerFixture.session(client)
            let html = String(buffer: try await client.execute(uri: "/", method: .get, headers: cookie).body)
            #expect(html.contains("The survey of t is open: fewer than 5 of 12 people have answered, fewer than 5 submitted."), "\(html)")
            #expect(!html.contains("Sam Lee"))
        }
    }

    @Test func crossSitePostsBigBodiesAndTooManyRequestsAreRefused() async throws {
        let f = try SurveyFixture()
        defer { f.cleanUp() }
        let token = f.tokens["P001"]!
        try await f.application(perLink: 5, maxBody: 2048).test(.router) { client in
            let body = SurveyFixture.json(["advice": [["id": "P002"]]])
            let foreign = try await client.execute(
                uri: "/s/\(token)/answers", method: .post, headers: [.contentType: "application/json", .origin: "https://evil.example"], body: body)
            #expect(foreign.status == .forbidden)
            let fetched = try await client.execute(
                uri: "/s/\(token)", method: .post, headers: [.contentType: "application/x-www-form-urlencoded", .init("Sec-Fetch-Site")!: "cross-site"],
                body: ByteBuffer(string: "asked.0=1"))
            #expect(fetched.status == .forbidden)
            #expect(try Workspace.open(at: f.workspacePath).surveyAnswers(term: "t").responses.isEmpty)
            let big = try await client.execute(
                uri: "/s/\(token)/answers", method: .post, headers: Self.json, body: ByteBuffer(string: "{\"advice\": [" + String(repeating: " ", count: 4000) + "]}"))
            #expect(big.status == .contentTooLarge)
            // Five requests of this link a minute (those refused above were not counted).
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<6 { statuses.append(try await client.execute(uri: "/s/\(token)", method: .get).status) }
            #expect(statuses == Array(repeating: .ok, count: 5) + [.tooManyRequests], "\(statuses)")
            // Another link is still served.
            #expect(try await client.execute(uri: "/s/\(f.tokens["P002"]!)", method: .get).status == .ok)
        }
    }
}
