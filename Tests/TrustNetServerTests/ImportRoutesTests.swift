import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import TrustNetServer
import TrustNet
import TrustNetAnalysis
import TrustNetStore
import TrustNetTestSupport

/// The import page: upload → check → settle names and questions by choosing → import all or
/// nothing; nothing is written before the confirmation.
@Suite(.serialized) struct ImportRoutesTests {
    static let boundary = "----TrustNetTestBoundary7MA4YWxkTrZu0gW"

    /// A multipart/form-data body with text fields and files.
    static func multipart(fields: [(String, String)], files: [(name: String, text: String)]) -> ByteBuffer {
        var body = ""
        for (name, value) in fields {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        for file in files {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(file.name)\"\r\nContent-Type: text/csv\r\n\r\n\(file.text)\r\n"
        }
        body += "--\(boundary)--\r\n"
        return ByteBuffer(string: body)
    }

    static let uploadHeaders: HTTPFields = [.contentType: "multipart/form-data; boundary=\(boundary)"]

    /// The sample district's 2026-fall roster, and its ties with S0004 written as a misspelled
    /// name on the first row that names S0004 as a source.
    static func sampleFiles() throws -> (roster: String, ties: String, misspelled: String, person: String) {
        let roster = try String(contentsOf: ServerFixture.sample.appendingPathComponent("roster-2026-fall.csv"), encoding: .utf8)
        var ties = try String(contentsOf: ServerFixture.sample.appendingPathComponent("ties-2026-fall.csv"), encoding: .utf8)
        let line = try #require(ties.components(separatedBy: "\n").first { $0.hasPrefix("S0004,") })
        ties = ties.replacingOccurrences(of: line, with: line.replacingOccurrences(of: "S0004,", with: "Kofy Tomsen,"))
        return (roster, ties, "Kofy Tomsen", "S0004")
    }

    static func draftID(_ response: TestResponse) throws -> String {
        #expect(response.status == .seeOther, "\(String(buffer: response.body).prefix(500))")
        let location = try #require(response.headers[.location])
        #expect(location.hasPrefix("/import?draft="))
        return String(location.dropFirst("/import?draft=".count))
    }

    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        ByteBuffer(string: fields.map { "\($0.0)=\(queryEscaped($0.1))" }.joined(separator: "&"))
    }

    static func queryEscaped(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }

    @Test func uploadCheckResolveByChoosingThenImportAllOrNothing() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        let files = try Self.sampleFiles()
        let before = try fixture.store.terms().map(\.term.name)
        let formHeaders: HTTPFields = ServerFixture.bearer + [.contentType: "application/x-www-form-urlencoded"]
        try await fixture.application.test(.router) { client in
            // Asked before, so a kept answer would show if the import did not renew it.
            let termsBefore = String(buffer: try await client.execute(uri: "/api/terms", method: .get, headers: ServerFixture.bearer).body)
            #expect(!termsBefore.contains("2027-spring"))
            // The upload form.
            let form = String(buffer: try await client.execute(uri: "/import", method: .get, headers: ServerFixture.bearer).body)
            #expect(form.contains("enctype=\"multipart/form-data\"") && form.contains("type=\"file\""))

            let uploaded = try await client.execute(
                uri: "/import/upload", method: .post, headers: ServerFixture.bearer + Self.uploadHeaders,
                body: Self.multipart(fields: [("term", "2027-spring")], files: [("roster.csv", files.roster), ("ties <2027>.csv", files.ties)]))
            let draft = try Self.draftID(uploaded)

            // The check: the unknown name, with Kofi Thompson among the suggestions; no confirm button.
            var check = String(buffer: try await client.execute(uri: "/import?draft=\(draft)", method: .get, headers: ServerFixture.bearer).body)
            #expect(check.contains("“Kofy Tomsen”"), "\(check)")
            #expect(check.contains("name=\"person\" value=\"S0004\""), "a button picks Kofi Thompson")
            #expect(check.contains("ties &lt;2027&gt;.csv"), "the upload's own name, escaped")
            #expect(!check.contains("confirm-import"))
            #expect(try fixture.store.terms().map(\.term.name) == before, "nothing written by the upload or the check")

            // Confirming now writes nothing: the check still fails.
            let early = try await client.execute(uri: "/import/confirm", method: .post, headers: formHeaders, body: Self.form([("draft", draft)]))
            #expect(early.status == .seeOther)
            #expect(try fixture.store.terms().map(\.term.name) == before)

            // Choose the roster person.
            let chosen = try await client.execute(
                uri: "/import/answer", method: .post, headers: formHeaders, body: Self.form([("draft", draft), ("name", files.misspelled), ("person", files.person)]))
            #expect(chosen.status == .seeOther)
            check = String(buffer: try await client.execute(uri: "/import?draft=\(draft)", method: .get, headers: ServerFixture.bearer).body)
            #expect(check.contains("Ready to import into 2027-spring"), "\(check)")
            #expect(check.contains("“Kofy Tomsen” is Kofi Thompson (S0004)"), "\(check)")
            #expect(check.contains("id=\"confirm-import\""))
            #expect(try fixture.store.terms().map(\.term.name) == before, "still nothing written before the confirmation")

            let confirmed = try await client.execute(uri: "/import/confirm", method: .post, headers: formHeaders, body: Self.form([("draft", draft)]))
            #expect(confirmed.status == .seeOther)
            #expect(confirmed.headers[.location]?.hasPrefix("/?term=2027-spring") == true)
            let termsAfter = String(buffer: try await client.execute(uri: "/api/terms", method: .get, headers: ServerFixture.bearer).body)
            #expect(termsAfter.contains("2027-spring"))
            // The draft is gone with its files.
            let gone = String(buffer: try await client.execute(uri: "/import?draft=\(draft)", method: .get, headers: ServerFixture.bearer).body)
            #expect(gone.contains("no longer here"))
        }
        // The same ties as the command line imports from the corrected file.
        let terms = try fixture.store.terms()
        #expect(terms.map(\.term.name) == before + ["2027-spring"])
        let imported = try #require(terms.last)
        let fall = try #require(terms.first { $0.term.name == "2026-fall" })
        #expect(imported.ties == fall.ties && imported.people == fall.people)
        let log = try fixture.cli.run(["terms"]).stdout
        #expect(log.contains("2027-spring"))
    }

    /// `trustnet serve` on a path with no workspace file (or an empty workspace): every page says
    /// to import first and links to the import page; an upload is checked against nothing and
    /// writes nothing; the confirmation creates the workspace with the term, all of it.
    @Test(arguments: [false, true]) func theImportPageCreatesTheFirstWorkspace(emptyFileFirst: Bool) async throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let path = cli.path("first.sqlite")
        if emptyFileFirst { _ = try Workspace(path: path) }
        let served = try ServedWorkspace(path: path)
        let files = try Self.sampleFiles()
        let formHeaders: HTTPFields = ServerFixture.bearer + [.contentType: "application/x-www-form-urlencoded"]
        try await ServerFixture.application(served).test(.router) { client in
            for view in ["/", "/sarahs", "/coalition", "/network", "/downloads", "/growth"] {
                let r = try await client.execute(uri: view, method: .get, headers: ServerFixture.bearer)
                let page = String(buffer: r.body)
                #expect(r.status == .ok && page.contains("Nothing is imported yet"), "\(view): \(page.prefix(300))")
                #expect(page.contains("<p class=\"next\"><a href=\"/import\">"), "\(view) links to the import page")
                #expect(!page.contains("term-picker"), "\(view): no term to pick")
            }
            #expect(String(buffer: try await client.execute(uri: "/api/terms", method: .get, headers: ServerFixture.bearer).body) == "[\n]\n", "no terms")
            #expect(FileManager.default.fileExists(atPath: path) == emptyFileFirst, "showing pages creates no workspace")

            let draft = try Self.draftID(
                try await client.execute(
                    uri: "/import/upload", method: .post, headers: ServerFixture.bearer + Self.uploadHeaders,
                    body: Self.multipart(fields: [("term", "2026-fall")], files: [("roster.csv", files.roster), ("ties.csv", files.ties)])))
            let chosen = try await client.execute(
                uri: "/import/answer", method: .post, headers: formHeaders, body: Self.form([("draft", draft), ("name", files.misspelled), ("person", files.person)]))
            #expect(chosen.status == .seeOther)
            let check = String(buffer: try await client.execute(uri: "/import?draft=\(draft)", method: .get, headers: ServerFixture.bearer).body)
            #expect(check.contains("Ready to import into 2026-fall: a roster of "), "\(check)")
            #expect(FileManager.default.fileExists(atPath: path) == emptyFileFirst, "nothing written before the confirmation")

            let confirmed = try await client.execute(uri: "/import/confirm", method: .post, headers: formHeaders, body: Self.form([("draft", draft)]))
            #expect(confirmed.headers[.location]?.hasPrefix("/?term=2026-fall") == true)
            let workspace = String(buffer: try await client.execute(uri: "/?term=2026-fall", method: .get, headers: ServerFixture.bearer).body)
            #expect(workspace.contains("Imported into 2026-fall") || workspace.contains("<td>2026-fall</td>"), "\(workspace.prefix(2000))")
            #expect(!workspace.contains("Nothing is imported yet"))
            #expect(workspace.contains("id=\"term-picker\""), "a term to pick now")
            let sarahs = try await client.execute(uri: "/sarahs", method: .get, headers: ServerFixture.bearer)
            #expect(sarahs.status == .ok && String(buffer: sarahs.body).contains("<table"))
        }
        // The same term as the command line imports from the corrected files.
        let terms = try Workspace.open(at: path).terms()
        #expect(terms.map(\.term.name) == ["2026-fall"])
        let reference = try cli.run([
            "import", ServerFixture.sample.appendingPathComponent("roster-2026-fall.csv").path,
            ServerFixture.sample.appendingPathComponent("ties-2026-fall.csv").path, "--term", "2026-fall", "--workspace", "reference.sqlite",
        ])
        #expect(reference.status == 0, "\(reference.stderr)")
        let expected = try Workspace.open(at: cli.path("reference.sqlite")).terms()
        #expect(terms.first?.ties == expected.first?.ties && terms.first?.people == expected.first?.people)
    }

    /// The import page speaks of what to fill in, click or choose: no page of the import flow
    /// names a command-line option ("--term") or a command ("trustnet import"), whatever the
    /// check finds; each problem says its remedy in the page's words (Wording.importRemedy).
    @Test func theImportFlowNamesNoCommandLineOption() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        let roster = try String(contentsOf: ServerFixture.sample.appendingPathComponent("roster-2026-fall.csv"), encoding: .utf8)
        let ties = try String(contentsOf: ServerFixture.sample.appendingPathComponent("ties-2026-fall.csv"), encoding: .utf8)
        let formHeaders: HTTPFields = ServerFixture.bearer + [.contentType: "application/x-www-form-urlencoded"]
        // Uploads that each lead the check to a different problem, with the remedy it must say.
        let uploads: [(term: String, files: [(name: String, text: String)], remedy: InputRemedy, answer: [(String, String)]?)] = [
            ("2026-fall", [("roster.csv", roster), ("ties.csv", ties)], .alreadyImported, nil),
            ("x", [("roster.csv", roster), ("ties.csv", "source,target\nS0001,S0002\n")], .nameTheRelation, nil),
            ("x", [("roster.csv", roster), ("forms.csv", "Email,Your favourite colour?\nzz@example.org,blue\n")], .mapAQuestion, nil),
            ("x", [("roster.csv", roster), ("forms.csv", "Email,Whom do you go to for advice?\nzz@example.org,S0002\n")], .sayWhoAnswered(email: "zz@example.org"), nil),
            ("x", [("odd.csv", "foo,bar\n1,2\n")], .nameTheFormat, nil),
            ("new-term", [("ties.csv", "source,target,relation\nS0001,S0002,advice\n")], .bringTheRoster, nil),
            ("x", [("roster.csv", roster), ("ties.csv", "source,target,relation\nS0001,S0002,mentoring\nS0002,S0003,advise\n")], .nameTheRelation,
             [("relation", "mentoring"), ("as", "advice")]),
        ]
        @Sendable func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
                .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        try await fixture.application.test(.router) { client in
            ServerFixture.expectNoCommandLine(String(buffer: try await client.execute(uri: "/import", method: .get, headers: ServerFixture.bearer).body), "the upload form")
            for (k, upload) in uploads.enumerated() {
                let draft = try Self.draftID(
                    try await client.execute(
                        uri: "/import/upload", method: .post, headers: ServerFixture.bearer + Self.uploadHeaders,
                        body: Self.multipart(fields: [("term", upload.term)], files: upload.files)))
                var check = String(buffer: try await client.execute(uri: "/import?draft=\(draft)", method: .get, headers: ServerFixture.bearer).body)
                ServerFixture.expectNoCommandLine(check, "upload \(k + 1)")
                if let answer = upload.answer {
                    let r = try await client.execute(uri: "/import/answer", method: .post, headers: formHeaders, body: Self.form([("draft", draft)] + answer))
                    #expect(r.status == .seeOther)
                    check = String(buffer: try await client.execute(uri: "/import?draft=\(draft)", method: .get, headers: ServerFixture.bearer).body)
                    ServerFixture.expectNoCommandLine(check, "upload \(k + 1), answered")
                    #expect(check.contains("mentoring → advice (1 row)"), "the note says the choice without the option: \(check)")
                } else {
                    #expect(check.contains(escaped(Wording.importRemedy(upload.remedy))), "upload \(k + 1) says \(upload.remedy): \(check)")
                }
            }
        }
        #expect(try fixture.store.terms().count == 3, "nothing written")
    }

    @Test func addAsNewAndMapAQuestionFromTheLists() async throws {
        let fixture = try ServerFixture.workspace(
            roster: "id,name,department\nA1,Ann Lee,Math\nB2,Bob Stone,Math\nC3,Cy Park,Art\n", ties: "source,target,relation\nA1,B2,advice\n")
        defer { fixture.cleanUp() }
        let forms = "Your name,Who do you plan lessons with?,Whom do you trust?\nAnn Lee,Bob Stone,Zed Quill\nBob Stone,Ann Lee,Cy Park\n"
        let formHeaders: HTTPFields = ServerFixture.bearer + [.contentType: "application/x-www-form-urlencoded"]
        try await fixture.application.test(.router) { client in
            let draft = try Self.draftID(
                try await client.execute(
                    uri: "/import/upload", method: .post, headers: ServerFixture.bearer + Self.uploadHeaders,
                    body: Self.multipart(fields: [("term", "t")], files: [("forms.csv", forms)])))
            var check = String(buffer: try await client.execute(uri: "/import?draft=\(draft)", method: .get, headers: ServerFixture.bearer).body)
            #expect(check.contains("“Zed Quill”"), "\(check)")
            #expect(check.contains("name=\"question\" value=\"Who do you plan lessons with?\""), "the unread question is offered for mapping")
            for answer in [[("name", "Zed Quill"), ("new", "1")], [("question", "Who do you plan lessons with?"), ("as", "sharing")]] {
                let r = try await client.execute(uri: "/import/answer", method: .post, headers: formHeaders, body: Self.form([("draft", draft)] + answer))
                #expect(r.status == .seeOther)
            }
            check = String(buffer: try await client.execute(uri: "/import?draft=\(draft)", method: .get, headers: ServerFixture.bearer).body)
            #expect(check.contains("Ready to import into t"), "\(check)")
            #expect(check.contains("sharing tie"))
            let confirmed = try await client.execute(uri: "/import/confirm", method: .post, headers: formHeaders, body: Self.form([("draft", draft)]))
            #expect(confirmed.status == .seeOther)
        }
        let network = try fixture.store.network(term: "t")
        #expect(network.people.contains { $0.name == "Zed Quill" }, "added as a new person")
        #expect(network.relations.map(\.name).contains("sharing"))
    }

    @Test func anUploadFromABrowserNeedsTheFormToken() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        let files = try Self.sampleFiles()
        try await fixture.application.test(.router) { client in
            let (cookie, csrf) = try await ServerFixture.session(client)
            let body = Self.multipart(fields: [("term", "x")], files: [("roster.csv", files.roster)])
            let origin: HTTPFields = [.origin: "http://localhost"]
            let refused = try await client.execute(uri: "/import/upload", method: .post, headers: cookie + origin + Self.uploadHeaders, body: body)
            #expect(refused.status == .forbidden)
            let wrong = try await client.execute(uri: "/import/upload?csrf=\(String(repeating: "0", count: 64))", method: .post, headers: cookie + origin + Self.uploadHeaders, body: body)
            #expect(wrong.status == .forbidden)
            let page = String(buffer: try await client.execute(uri: "/import", method: .get, headers: cookie).body)
            #expect(page.contains("action=\"/import/upload?csrf=\(csrf)\""))
            let accepted = try await client.execute(uri: "/import/upload?csrf=\(csrf)", method: .post, headers: cookie + origin + Self.uploadHeaders, body: body)
            #expect(accepted.status == .seeOther)
        }
    }

    @Test func anUploadOverTheLimitIs413WithoutALengthToo() async throws {
        let fixture = try ServerFixture.sampleDistrict(maxUpload: 1024 * 1024)
        defer { fixture.cleanUp() }
        let big = String(repeating: "S0001,S0002,advice\n", count: 80_000)
        try await fixture.application.test(.router) { client in
            // No Content-Length header: the route counts while it stores the body.
            let r = try await client.execute(
                uri: "/import/upload", method: .post, headers: ServerFixture.bearer + Self.uploadHeaders,
                body: Self.multipart(fields: [("term", "x")], files: [("big.csv", big)]))
            #expect(r.status == .contentTooLarge)
        }
        #expect(try fixture.store.terms().count == 3)
    }

    @Test func multipartBodiesAreReadFromTheirParts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("multipart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("body")
        // A file whose content holds "--" lines and CRLFs, and a quoted file name.
        let content = "a,b\r\n--not the boundary\r\n\r\nc,d"
        try Data(buffer: Self.multipart(fields: [("term", "2026 fall")], files: [("x%22y.csv", content)])).write(to: file)
        let upload = try MultipartUpload(file: file, boundary: Self.boundary)
        #expect(upload.text("term") == "2026 fall")
        #expect(upload.files.count == 1 && upload.files[0].filename == "x\"y.csv")
        let out = folder.appendingPathComponent("out")
        try upload.write(upload.files[0], to: out)
        #expect(try String(contentsOf: out, encoding: .utf8) == content)
        #expect(MultipartUpload.boundary(of: "multipart/form-data; boundary=\"abc\"") == "abc")
        #expect(MultipartUpload.boundary(of: "text/plain") == nil)
        try Data("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nno end".utf8).write(to: file)
        #expect(throws: (any Error).self) { try MultipartUpload(file: file, boundary: Self.boundary) }
    }
}
