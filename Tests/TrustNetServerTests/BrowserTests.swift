import Foundation
import Testing
import TrustNetTestSupport
import TrustNetStore

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The web app in headless Chromium, driven over WebDriver (Debian's chromium-driver, installed
/// by `scripts/install-deps --test`): open the printed address, build a coalition by clicking
/// two people and see the reach change, download a PNG. Screenshots go to Output/.
@Suite(.serialized) struct BrowserTests {
    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    /// A WebDriver session on a chromedriver this test started.
    final class Driver: @unchecked Sendable {
        let process = Process()
        let port = Int.random(in: 20_000..<30_000)
        var session = ""

        init(downloads: URL) throws {
            guard let chromedriver = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].first(where: FileManager.default.isExecutableFile) else {
                throw Missing(description: "the browser test needs chromium-driver: scripts/install-deps --test installs it")
            }
            process.executableURL = URL(fileURLWithPath: chromedriver)
            process.arguments = ["--port=\(port)"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            for _ in 0..<100 {
                if (try? call("GET", "/status")) != nil { break }
                usleep(100_000)
            }
            let options: [String: Any] = [
                "binary": "/usr/bin/chromium",
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=390,1400"],
                "prefs": ["download.default_directory": downloads.path, "download.prompt_for_download": false],
            ]
            let created = try call("POST", "/session", ["capabilities": ["alwaysMatch": ["browserName": "chrome", "goog:chromeOptions": options]]])
            session = try #require((created as? [String: Any])?["sessionId"] as? String)
            // Headless Chromium saves downloads only when told where (Chrome DevTools Protocol).
            try call("POST", "/session/\(session)/goog/cdp/execute", ["cmd": "Browser.setDownloadBehavior", "params": ["behavior": "allow", "downloadPath": downloads.path]])
        }

        struct Missing: Error, CustomStringConvertible { var description: String }

        /// One WebDriver command. Through curl: FoundationNetworking's URLSession fails on
        /// chromedriver's headers ("Content-Length:252", without a space) with "Failed writing header".
        @discardableResult
        func call(_ method: String, _ path: String, _ body: [String: Any]? = nil) throws -> Any? {
            let curl = Process()
            curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
            let answer = FileManager.default.temporaryDirectory.appendingPathComponent("webdriver-\(UUID().uuidString).json")
            defer { try? FileManager.default.removeItem(at: answer) }
            var arguments = ["-s", "-m", "60", "-o", answer.path, "-X", method, "http://127.0.0.1:\(port)\(path)"]
            if let body {
                arguments += ["-H", "Content-Type: application/json", "--data-binary", String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self)]
            }
            curl.arguments = arguments
            curl.standardInput = FileHandle.nullDevice
            curl.standardOutput = FileHandle.nullDevice
            curl.standardError = FileHandle.nullDevice
            try curl.run()
            curl.waitUntilExit()
            guard curl.terminationStatus == 0 else { throw Missing(description: "WebDriver \(path): curl exit \(curl.terminationStatus)") }
            let data = try Data(contentsOf: answer)
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            if let error = (object?["value"] as? [String: Any])?["error"] as? String { throw Missing(description: "WebDriver \(path): \(error)") }
            return object?["value"]
        }

        func open(_ url: String) throws { try call("POST", "/session/\(session)/url", ["url": url]) }
        func elements(_ css: String) throws -> [String] {
            let found = try call("POST", "/session/\(session)/elements", ["using": "css selector", "value": css]) as? [Any]
            return (found ?? []).compactMap { ($0 as? [String: Any])?[BrowserTests.elementKey] as? String }
        }
        func text(_ element: String) throws -> String { try call("GET", "/session/\(session)/element/\(element)/text") as? String ?? "" }
        func click(_ element: String) throws { try call("POST", "/session/\(session)/element/\(element)/click", [:]) }
        // type(_:_:) (key presses; for a file input, the paths to choose, one per line) is in SurveyBrowserTests.swift.
        func resize(width: Int, height: Int) throws { try call("POST", "/session/\(session)/window/rect", ["width": width, "height": height]) }
        /// The first element matching `css`, waiting up to ten seconds for it (a page loading after a click).
        func wait(for css: String) throws -> String {
            for _ in 0..<100 {
                if let found = try elements(css).first { return found }
                usleep(100_000)
            }
            let source = (try? call("GET", "/session/\(session)/source") as? String) ?? ""
            throw Missing(description: "no element \(css) on \((try? currentURL) ?? "?"): \(source.prefix(1500))")
        }
        func screenshot(to url: URL) throws {
            let base64 = try #require(try call("GET", "/session/\(session)/screenshot") as? String)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try #require(Data(base64Encoded: base64)).write(to: url)
        }
        var currentURL: String { get throws { try call("GET", "/session/\(session)/url") as? String ?? "" } }

        func quit() {
            if !session.isEmpty { _ = try? call("DELETE", "/session/\(session)") }
            // chromedriver does not always exit on SIGTERM: SIGKILL after two seconds.
            process.terminate()
            for _ in 0..<20 where process.isRunning { usleep(100_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
    }

    /// Where the screenshots go, to be looked at.
    static let output = CLIRunner.repository.appendingPathComponent("Output")

    /// Runs `body` with a browser on `trustnet serve` in `cli`'s folder, the printed address
    /// opened (its token sets the session cookie); `body` gets the driver and the server's
    /// address without the token. The browser and the server stop after it, however it ends.
    static func browsing(_ cli: CLIRunner, downloads: URL? = nil, _ body: (Driver, String) throws -> Void) throws {
        let served = try ServeCommandTests.Served(cli)
        defer { _ = served.stop() }
        let driver = try Driver(downloads: downloads ?? cli.folder)
        defer { driver.quit() }
        try driver.open(served.url)
        try body(driver, served.base)
    }

    @Test func buildACoalitionByClickingAndDownloadAPNG() throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        let downloads = fixture.cli.folder.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        try Self.browsing(fixture.cli, downloads: downloads) { driver, base in
            #expect(try driver.currentURL == base + "/", "the token leaves the address bar")
            try driver.screenshot(to: Self.output.appendingPathComponent("serve-workspace.png"))

            try driver.open(base + "/coalition")
            let reach = try #require(try driver.elements("#reach").first)
            let before = try driver.text(reach)
            #expect(before.contains("within one step"), "\(before)")
            let outside = try driver.elements("button.person[aria-pressed='false']")
            #expect(outside.count > 2)
            try driver.click(outside[0])
            try driver.click(outside[1])
            var after = before
            for _ in 0..<100 where after == before {
                usleep(100_000)
                after = try driver.text(reach)
            }
            #expect(after != before, "the reach changed after two clicks: \(before) → \(after)")
            #expect(try driver.elements("button.person[aria-pressed='true']").count >= 2)
            try driver.screenshot(to: Self.output.appendingPathComponent("serve-coalition.png"))

            try driver.open(base + "/network?relation=advice")
            try driver.screenshot(to: Self.output.appendingPathComponent("serve-network.png"))
            let links = try driver.elements("p.downloads a")
            var png: String?
            for link in links where try driver.text(link).contains("PNG") { png = link }
            try driver.click(try #require(png))
            var saved: [URL] = []
            for _ in 0..<150 where saved.isEmpty {
                usleep(100_000)
                saved = (try? FileManager.default.contentsOfDirectory(at: downloads, includingPropertiesForKeys: nil))?.filter { $0.pathExtension == "png" } ?? []
            }
            let file = try #require(saved.first, "a PNG was downloaded")
            let bytes = try Data(contentsOf: file)
            #expect(Array(bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47] && bytes.count > 1000)
        }
    }

    /// `trustnet serve` in a folder with no workspace yet, and the sample district's 2026-fall
    /// files through the upload form, with one person written as a misspelled name: the
    /// workspace page links to the import page, the check lists the name, a click on the
    /// suggested roster person settles it, a click imports and creates the workspace.
    @Test func importTheSampleThroughTheUploadFormResolvingANameByClicking() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let files = try ImportRoutesTests.sampleFiles()
        let roster = cli.folder.appendingPathComponent("roster-2026-fall.csv")
        let ties = cli.folder.appendingPathComponent("ties-2026-fall.csv")
        try files.roster.write(to: roster, atomically: true, encoding: .utf8)
        try files.ties.write(to: ties, atomically: true, encoding: .utf8)
        let workspace = cli.path("trustnet.sqlite")
        try Self.browsing(cli) { driver, base in
            // An empty workspace: the page says what to do and links to the import page.
            let start = try driver.text(try driver.wait(for: "main"))
            #expect(start.contains("Nothing is imported yet"), "\(start)")
            try driver.screenshot(to: Self.output.appendingPathComponent("serve-empty-390.png"))
            try driver.click(try driver.wait(for: "p.next a[href='/import']"))
            try driver.type(try driver.wait(for: "#upload-term"), "2027-spring")
            try driver.type(try driver.wait(for: "#upload-files"), roster.path + "\n" + ties.path)
            try driver.screenshot(to: Self.output.appendingPathComponent("serve-import-390.png"))
            try driver.click(try driver.wait(for: "form.upload button[type='submit']"))

            // The check: the misspelled name, with the roster person to click.
            let choice = try driver.wait(for: "button.choice[value='\(files.person)']")
            let names = try driver.text(try driver.wait(for: "ul.names"))
            #expect(names.contains(files.misspelled), "\(names)")
            #expect(try driver.elements("#confirm-import").isEmpty, "no import before the name is settled")
            try driver.screenshot(to: Self.output.appendingPathComponent("serve-import-check-390.png"))
            try driver.resize(width: 1280, height: 1000)
            try driver.screenshot(to: Self.output.appendingPathComponent("serve-import-check-1280.png"))
            #expect(!FileManager.default.fileExists(atPath: workspace), "nothing written before the confirmation")
            try driver.click(choice)

            let ready = try driver.text(try driver.wait(for: "#ready"))
            #expect(ready.contains("Ready to import into 2027-spring"), "\(ready)")
            try driver.screenshot(to: Self.output.appendingPathComponent("serve-import-ready-1280.png"))
            try driver.click(try driver.wait(for: "#confirm-import"))

            // The workspace, with the new term in its table.
            let table = try driver.text(try driver.wait(for: "main table"))
            #expect(table.contains("2027-spring"), "\(table)")
            #expect(try driver.currentURL.hasPrefix(base + "/?term=2027-spring"))
        }
        let terms = try Workspace.open(at: workspace).terms()
        #expect(terms.map(\.term.name) == ["2027-spring"])
        // The same ties as the command line imports from the sample's own (correct) files.
        let file = { (name: String) in ServerFixture.sample.appendingPathComponent(name).path }
        let reference = try cli.run(["import", file("roster-2026-fall.csv"), file("ties-2026-fall.csv"), "--term", "x", "--workspace", "reference.sqlite"])
        #expect(reference.status == 0, "\(reference.stderr)")
        #expect(terms.first?.ties == (try Workspace.open(at: cli.path("reference.sqlite")).terms().first?.ties))
    }

    /// The network page by real clicks: a person's measures and ties, zoom, the term slider on
    /// the same layout, and a district drawn schools first where a click drills into a school.
    @Test func networkPageByClicking() throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        try Self.browsing(fixture.cli) { driver, base in
            try driver.resize(width: 1280, height: 1000)
            try driver.open(base + "/network?term=2026-fall&relation=advice")
            _ = try driver.wait(for: "#network-view svg g.node")
            // A person: click their circle, see their measures and ties.
            let nodes = try driver.elements("#network-view svg g.node:not(.name)")
            #expect(nodes.count > 50)
            try driver.click(nodes[nodes.count / 2])
            let heading = try driver.wait(for: "#person-panel h2")
            let name = try driver.text(heading)
            #expect(!name.isEmpty)
            let network = try fixture.store.network(term: "2026-fall")
            #expect(network.people.contains { $0.name == name }, "\(name) is a person of the term")
            let panel = try driver.text(try driver.wait(for: "#person-panel"))
            #expect(panel.contains("pagerank") && (panel.contains("names ") || panel.contains("named by ")), "\(panel)")
            #expect(try driver.currentURL.contains("person="), "the person is in the address: bookmarkable")
            try driver.screenshot(to: Self.output.appendingPathComponent("serve-network-1280.png"))

            // Zoom in by a click: the view box narrows.
            let svg = try driver.wait(for: "#network-view svg")
            let before = try driver.call("GET", "/session/\(driver.session)/element/\(svg)/attribute/viewBox") as? String ?? ""
            try driver.click(try driver.wait(for: "button[data-zoom='in']"))
            let after = try driver.call("GET", "/session/\(driver.session)/element/\(svg)/attribute/viewBox") as? String ?? ""
            #expect(!before.isEmpty && before != after, "\(before) → \(after)")

            // The term slider: one step left shows the term before, on the same layout.
            let slider = try driver.wait(for: "#term-slider")
            try driver.type(slider, "\u{E012}")
            for _ in 0..<100 where !(try driver.currentURL.contains("term=2026-spring")) { usleep(100_000) }
            let moved = try driver.currentURL
            #expect(moved.contains("term=2026-spring"), "\(moved)")
            _ = try driver.wait(for: "#network-view svg g.node")

            // The district schools first; a click on a school drills into it.
            try driver.open(base + "/network?term=2026-fall&overview=1")
            let school = try driver.wait(for: "#network-view svg g.node")
            try driver.screenshot(to: Self.output.appendingPathComponent("serve-network-schools-1280.png"))
            try driver.click(school)
            for _ in 0..<100 where !(try driver.currentURL.contains("within=")) { usleep(100_000) }
            let drilled = try driver.currentURL
            #expect(drilled.contains("level=school&within="), "\(drilled)")
            _ = try driver.wait(for: "#network-view svg g.node")
            #expect(try driver.elements("#network-up").count == 1, "a way back to the whole district")

            try driver.resize(width: 390, height: 1400)
            try driver.open(base + "/network?term=2026-fall&relation=advice&q=a")
            _ = try driver.wait(for: "#network-view svg g.node")
            #expect(try driver.elements("#network-view svg g.node.found").count > 0, "the people found are marked in the diagram")
            try driver.screenshot(to: Self.output.appendingPathComponent("serve-network-390.png"))
        }
    }
}
