import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TrustNetServer

/// Pages: bookmarkable, escaped, built from the same answers as /api.
@Suite(.serialized) struct PageRoutesTests {
    static let pages = ["/", "/import", "/sarahs", "/coalition", "/premortem", "/onramps", "/spread", "/growth", "/network", "/downloads"]

    /// The hostile-name corpus of the command line's tests, as names and units.
    static let names = [
        "Robert\"); DROP TABLE person;--", "<script>alert(1)</script>", "back\\slash \\\"", "=cmd|' /C calc'!A0",
        "\u{202E}evil\u{202C} Rtl", String(repeating: "Ab", count: 5_000), "Zoë \u{1F642} שלום", "+1 (555) 0100", "@SUM(A1)", "-2+3",
        "<img src=x onerror=alert(2)>", "\" onmouseover=\"alert(3)", "{{title}}",
    ]

    static func csvCell(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    @Test func hostileNamesAreEscapedInEveryPage() async throws {
        var roster = "id,name,department,title\n"
        for (i, name) in Self.names.enumerated() {
            roster += "H\(i),\(Self.csvCell(name)),\(Self.csvCell(i % 2 == 0 ? "<b>Unit</b>" : "<i onclick=x>U</i>")),\(i == 0 ? "Principal" : "teacher")\n"
        }
        var ties = "source,target,relation\n"
        for i in Self.names.indices {
            ties += "H\(i),H\((i + 1) % Self.names.count),advice\nH\(i),H\((i + 3) % Self.names.count),sharing\nH\(i),H\((i + 2) % Self.names.count),trust\n"
        }
        let fixture = try ServerFixture.workspace(roster: roster, ties: ties, term: "<term>&\"x\"")
        defer { fixture.cleanUp() }
        try await fixture.application.test(.router) { client in
            for page in Self.pages + ["/network?q=%3Cscript", "/sarahs?term=%3Cterm%3E%26%22x%22"] {
                let response = try await client.execute(uri: page, method: .get, headers: ServerFixture.bearer)
                #expect(response.status == .ok, "\(page): \(String(buffer: response.body).prefix(300))")
                let html = String(buffer: response.body)
                for raw in ["<script>alert", "<img src=x", "\" onmouseover=", "<b>Unit", "<i onclick", "<term>"] {
                    #expect(!html.contains(raw), "\(page) has \(raw) unescaped")
                }
                #expect(!html.contains("{{#") && !html.contains("{{/"), "\(page) left a template section")
            }
            // The names are shown, escaped, where the page lists people.
            let builder = String(buffer: try await client.execute(uri: "/coalition", method: .get, headers: ServerFixture.bearer).body)
            #expect(builder.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(builder.contains("&lt;img src=x onerror=alert(2)&gt;"))
            #expect(builder.contains(">{{title}} <small>"), "a name that looks like a template tag is shown as text, not expanded")
            let search = String(buffer: try await client.execute(uri: "/network?q=script", method: .get, headers: ServerFixture.bearer).body)
            #expect(search.contains("&lt;script&gt;alert(1)&lt;/script&gt; (H1)"))
        }
    }

    @Test func pagesShowTheTermsAnswersWithATermPicker() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        let sarahs = try JSONSerialization.jsonObject(with: Data(try fixture.cli.run(["sarahs", "--term", "2026-spring", "--top", "3", "--format", "json"]).stdout.utf8))
        let top = try #require((sarahs as? [[String: Any]])?.compactMap { $0["name"] as? String })
        try await fixture.application.test(.router) { client in
            let html = String(buffer: try await client.execute(uri: "/sarahs?term=2026-spring&top=3", method: .get, headers: ServerFixture.bearer).body)
            for name in top { #expect(html.contains("<td>\(name)</td>")) }
            #expect(html.components(separatedBy: "<tr>").count - 2 == 3, "three rows and the header")
            for term in ServerFixture.terms { #expect(html.contains("<option value=\"\(term)\"")) }
            #expect(html.contains("href=\"/premortem?term=2026-spring\""), "the menu keeps the term")
            #expect(html.contains("<a href=\"/sarahs?term=2026-spring\" aria-current=\"page\">"))
            // The workspace page says what to do next; the network page draws through the renderer.
            let home = String(buffer: try await client.execute(uri: "/", method: .get, headers: ServerFixture.bearer).body)
            #expect(home.contains("No coalition is recorded yet"))
            let network = String(buffer: try await client.execute(uri: "/network?term=2025-fall&relation=advice&min_weight=2", method: .get, headers: ServerFixture.bearer).body)
            #expect(network.contains("src=\"/diagram/2025-fall/advice.svg?min_weight=2\""))
            let svg = try await client.execute(uri: "/diagram/2025-fall/advice.svg?min_weight=2", method: .get, headers: ServerFixture.bearer)
            #expect(svg.status == .ok && svg.headers[.contentType] == "image/svg+xml")
            #expect(String(buffer: svg.body).contains("<svg"))
            let png = try await client.execute(uri: "/diagram/2025-fall/all.png?download=1&layout=neato", method: .get, headers: ServerFixture.bearer)
            #expect(png.status == .ok && Array(png.body.readableBytesView.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
            #expect(png.headers[.contentDisposition] == "attachment; filename=\"2025-fall-all.png\"")
        }
    }

    /// Every page of the sample district speaks in the browser's voice: no command-line option
    /// or command, even where the command line's sentence names one (the suggested coalition's
    /// "--size", the pre-mortem's "--across").
    @Test func noPageNamesACommandLineOption() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        try await fixture.application.test(.router) { client in
            let views = ["/", "/import", "/sarahs", "/coalition", "/premortem", "/onramps", "/spread", "/growth", "/network", "/network?relation=all", "/downloads"]
            for view in views {
                let r = try await client.execute(uri: view, method: .get, headers: ServerFixture.bearer)
                #expect(r.status == .ok, "\(view)")
                ServerFixture.expectNoCommandLine(String(buffer: r.body), view)
            }
            let premortem = String(buffer: try await client.execute(uri: "/premortem", method: .get, headers: ServerFixture.bearer).body)
            #expect(premortem.contains("departments are compared within their school") && premortem.contains("examining a suggested coalition of 5:"))
        }
    }

    /// A diagram download is what `trustnet render` draws with the same options (one
    /// DiagramRequest): the same SVG, byte for byte, on the same stable layout; a size column
    /// of words is refused as render refuses it.
    @Test func aDiagramIsWhatRenderDraws() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        let rendered = try fixture.cli.run([
            "render", "--term", "2026-fall", "--relation", "advice", "--size-by", "years", "--min-weight", "2", "--labels", "key", "--label-top", "5",
            "--format", "svg",
        ])
        #expect(rendered.status == 0, "\(rendered.stderr)")
        try await fixture.application.test(.router) { client in
            let svg = try await client.execute(
                uri: "/diagram/2026-fall/advice.svg?size_by=years&min_weight=2&labels=key&label_top=5", method: .get, headers: ServerFixture.bearer)
            #expect(svg.status == .ok)
            let served = String(buffer: svg.body)
            #expect(served.contains("size: years") && served == rendered.stdout)
            let words = try await client.execute(uri: "/diagram/2026-fall/advice.svg?size_by=department", method: .get, headers: ServerFixture.bearer)
            #expect(words.status == .badRequest && String(buffer: words.body).contains("is not a number"))
        }
    }

    /// The pre-mortem page shows the introductions `trustnet introduce` suggests beside the units
    /// that share nothing, and says departments are compared within their school.
    @Test func premortemShowsIntroductions() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        let introduce = try JSONSerialization.jsonObject(with: Data(try fixture.cli.run(["introduce", "--term", "2026-fall", "--format", "json"]).stdout.utf8))
        let pairs = try #require(introduce as? [[String: Any]]).map { pair in
            ((pair["a"] as? [String: Any])?["name"] as? String ?? "?", (pair["b"] as? [String: Any])?["name"] as? String ?? "?")
        }
        #expect(!pairs.isEmpty)
        try await fixture.application.test(.router) { client in
            let html = String(buffer: try await client.execute(uri: "/premortem?term=2026-fall", method: .get, headers: ServerFixture.bearer).body)
            #expect(html.contains("departments are compared within their school"))
            for (a, b) in pairs {
                #expect(html.contains("Introduce \(a) ("), "\(a)")
                #expect(html.contains(" to \(b) ("), "\(b)")
            }
        }
    }

    /// The builder starts from the coalition recorded for the term (or an earlier one), with
    /// exactly its members pressed, and says so.
    @Test func theBuilderStartsFromTheRecordedCoalition() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        let recorded = try fixture.cli.run(["coalition", "record", "--term", "2026-spring", "S0003", "S0040", "S0010"])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        try await fixture.application.test(.router) { client in
            let html = String(buffer: try await client.execute(uri: "/coalition?term=2026-fall", method: .get, headers: ServerFixture.bearer).body)
            let pressed = html.components(separatedBy: "data-id=\"").dropFirst().filter { $0.contains("aria-pressed=\"true\"") && $0.prefix(40).contains("aria-pressed=\"true\"") }
                .map { String($0.prefix { $0 != "\"" }) }
            #expect(Set(pressed) == ["S0003", "S0040", "S0010"])
            #expect(html.contains("2026-spring"), "says where the coalition was recorded")
        }
    }

    @Test func exportsAreTheCommandsExports() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        try await fixture.application.test(.router) { client in
            for format in ["graphml", "gexf", "json", "csv"] {
                for anonymize in [false, true] {
                    let expected = try fixture.cli.run(["export", "--format", format] + (anonymize ? ["--anonymize"] : []))
                    let response = try await client.execute(uri: "/export.\(format)" + (anonymize ? "?anonymize=1" : ""), method: .get, headers: ServerFixture.bearer)
                    #expect(String(buffer: response.body) == expected.stdout, "\(format) anonymize=\(anonymize)")
                }
            }
            let anonymous = String(buffer: try await client.execute(uri: "/export.json?anonymize=1", method: .get, headers: ServerFixture.bearer).body)
            #expect(!anonymous.contains("Victor Costa"))
        }
    }

    /// Answers are kept while the workspace stays the same, and computed again when the command
    /// line (another connection) changes it.
    @Test func keptAnswersFollowTheWorkspace() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        @Sendable func pressed(_ html: String) -> Set<String> {
            Set(html.components(separatedBy: "data-id=\"").dropFirst().filter { $0.prefix(40).contains("aria-pressed=\"true\"") }.map { String($0.prefix { $0 != "\"" }) })
        }
        try await fixture.application.test(.router) { client in
            let first = String(buffer: try await client.execute(uri: "/coalition?term=2026-fall", method: .get, headers: ServerFixture.bearer).body)
            let again = String(buffer: try await client.execute(uri: "/coalition?term=2026-fall", method: .get, headers: ServerFixture.bearer).body)
            #expect(first == again)
            let recorded = try fixture.cli.run(["coalition", "record", "--term", "2026-fall", "S0003", "S0040"])
            #expect(recorded.status == 0, "\(recorded.stderr)")
            let after = String(buffer: try await client.execute(uri: "/coalition?term=2026-fall", method: .get, headers: ServerFixture.bearer).body)
            #expect(pressed(after) == ["S0003", "S0040"], "the recorded coalition, not the kept suggestion")
            let premortem = try await client.execute(uri: "/api/premortem?term=2026-fall", method: .get, headers: ServerFixture.bearer)
            #expect(String(buffer: premortem.body) == (try fixture.cli.run(["premortem", "--term", "2026-fall", "--format", "json"]).stdout))
        }
    }

    /// The network page: a district schools first with a link (and a click target) per school,
    /// one school drawn on the stable layout, and a person's measures and ties as `metrics` has them.
    @Test func networkPageDrillsAndShowsAPerson() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        let metrics = try JSONSerialization.jsonObject(with: Data(try fixture.cli.run(["metrics", "--term", "2026-fall", "--relation", "advice", "--format", "json"]).stdout.utf8))
        let row = try #require((metrics as? [[String: Any]])?.first { $0["id"] as? String == "S0004" })
        let pagerank = try #require(row["pagerank"] as? Double)
        try await fixture.application.test(.router) { client in
            let overview = String(buffer: try await client.execute(uri: "/network?term=2026-fall&overview=1", method: .get, headers: ServerFixture.bearer).body)
            #expect(overview.contains("href=\"/network?term=2026-fall&amp;relation=all&amp;overview=0&amp;level=school&amp;within=Lincoln%20High%20School\""), "\(overview)")
            #expect(overview.contains("data-src=\"/diagram/2026-fall/all.svg?overview=1&amp;level=school\""))
            let schools = String(buffer: try await client.execute(uri: "/diagram/2026-fall/all.svg?overview=1&level=school", method: .get, headers: ServerFixture.bearer).body)
            #expect(schools.contains("<title>unit:Lincoln High School</title>") && schools.contains("<title>unit:Maple Elementary</title>"))
            let school = try await client.execute(uri: "/diagram/2026-fall/advice.svg?level=school&within=Maple%20Elementary", method: .get, headers: ServerFixture.bearer)
            #expect(school.status == .ok)
            let maple = try fixture.store.network(term: "2026-fall").within(column: "school", value: "Maple Elementary").people.map(\.id)
            let lincoln = try fixture.store.network(term: "2026-fall").within(column: "school", value: "Lincoln High School").people.map(\.id)
            let svg = String(buffer: school.body)
            #expect(maple.allSatisfy { svg.contains("<title>\($0)</title>") } && !lincoln.contains { svg.contains("<title>\($0)</title>") })

            let person = try await client.execute(uri: "/api/person?term=2026-fall&relation=advice&id=S0004", method: .get, headers: ServerFixture.bearer)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: person.body)) as? [String: Any])
            #expect(json["name"] as? String == "Kofi Thompson")
            let measures = try #require(json["measures"] as? [[String: String]])
            #expect(measures.first { $0["name"] == "pagerank" }?["value"] == String(format: "%.3f", pagerank))
            let ties = try #require(json["ties"] as? [[String: Any]])
            let network = try fixture.store.network(term: "2026-fall")
            let s4 = try #require(network.index(ofPersonWithID: "S0004"))
            #expect(ties.count == network.ties.filter { ($0.source == s4 || $0.target == s4) && $0.relation.name == "advice" }.count)
            let page = String(buffer: try await client.execute(uri: "/network?term=2026-fall&relation=advice&person=S0004", method: .get, headers: ServerFixture.bearer).body)
            #expect(page.contains("<h2>Kofi Thompson</h2>"))
        }
    }
}
