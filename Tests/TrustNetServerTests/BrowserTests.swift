import Foundation
import Testing

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

    @Test func buildACoalitionByClickingAndDownloadAPNG() throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        let served = try ServeCommandTests.Served(fixture.cli)
        defer { _ = served.stop() }
        let url = served.address.replacingOccurrences(of: "TrustNet is running at ", with: "")
        let base = url.components(separatedBy: "/?token=")[0]
        let downloads = fixture.cli.folder.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        let output = CLIRunner.repository.appendingPathComponent("Output")

        let driver = try Driver(downloads: downloads)
        do {
            try driver.open(url)
            #expect(try driver.currentURL == base + "/", "the token leaves the address bar")
            try driver.screenshot(to: output.appendingPathComponent("serve-workspace.png"))

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
            try driver.screenshot(to: output.appendingPathComponent("serve-coalition.png"))

            try driver.open(base + "/network?relation=advice")
            try driver.screenshot(to: output.appendingPathComponent("serve-network.png"))
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
        } catch {
            driver.quit()
            throw error
        }
        driver.quit()
    }
}
