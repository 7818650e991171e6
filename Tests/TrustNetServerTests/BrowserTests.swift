import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The web app in headless Chromium, driven over WebDriver (Debian's chromium-driver, installed
/// by `scripts/install-deps --test`): open the printed address, build a coalition by clicking
/// two people and see the reach change, download a PNG. Screenshots go to Output/.
@Suite(.serialized) struct BrowserTests {
    static let elementKey = "element-6066-11e4-a52e-4f9ab22d7b2a"

    /// A WebDriver session on a chromedriver this test started.
    final class Driver: @unchecked Sendable {
        let process = Process()
        let port = Int.random(in: 20_000..<30_000)
        var session = ""

        init(downloads: URL) async throws {
            guard let chromedriver = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].first(where: FileManager.default.isExecutableFile) else {
                throw Missing(description: "the browser test needs chromium-driver: scripts/install-deps --test installs it")
            }
            process.executableURL = URL(fileURLWithPath: chromedriver)
            process.arguments = ["--port=\(port)"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            for _ in 0..<100 {
                if (try? await call("GET", "/status")) != nil { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            let options: [String: Any] = [
                "binary": "/usr/bin/chromium",
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=390,1400"],
                "prefs": ["download.default_directory": downloads.path, "download.prompt_for_download": false],
            ]
            let created = try await call("POST", "/session", ["capabilities": ["alwaysMatch": ["browserName": "chrome", "goog:chromeOptions": options]]])
            session = try #require((created as? [String: Any])?["sessionId"] as? String)
        }

        struct Missing: Error, CustomStringConvertible { var description: String }

        @discardableResult
        func call(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> Any? {
            var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
            request.httpMethod = method
            request.timeoutInterval = 60
            if let body {
                request.httpBody = try JSONSerialization.data(withJSONObject: body)
                request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            }
            let (data, _) = try await URLSession.shared.data(for: request)
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            if let error = (object?["value"] as? [String: Any])?["error"] as? String { throw Missing(description: "WebDriver \(path): \(error)") }
            return object?["value"]
        }

        func open(_ url: String) async throws { try await call("POST", "/session/\(session)/url", ["url": url]) }
        func elements(_ css: String) async throws -> [String] {
            let found = try await call("POST", "/session/\(session)/elements", ["using": "css selector", "value": css]) as? [[String: String]]
            return (found ?? []).compactMap { $0[BrowserTests.elementKey] }
        }
        func text(_ element: String) async throws -> String { try await call("GET", "/session/\(session)/element/\(element)/text") as? String ?? "" }
        func click(_ element: String) async throws { try await call("POST", "/session/\(session)/element/\(element)/click", [:]) }
        func screenshot(to url: URL) async throws {
            let base64 = try #require(try await call("GET", "/session/\(session)/screenshot") as? String)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try #require(Data(base64Encoded: base64)).write(to: url)
        }
        var currentURL: String { get async throws { try await call("GET", "/session/\(session)/url") as? String ?? "" } }

        func quit() async {
            if !session.isEmpty { _ = try? await call("DELETE", "/session/\(session)") }
            process.terminate()
            process.waitUntilExit()
        }
    }

    @Test func buildACoalitionByClickingAndDownloadAPNG() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        let served = try ServeCommandTests.Served(fixture.cli)
        defer { _ = served.stop() }
        let url = served.address.replacingOccurrences(of: "TrustNet is running at ", with: "")
        let base = url.components(separatedBy: "/?token=")[0]
        let downloads = fixture.cli.folder.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        let output = CLIRunner.repository.appendingPathComponent("Output")

        let driver = try await Driver(downloads: downloads)
        do {
            try await driver.open(url)
            #expect(try await driver.currentURL == base + "/", "the token leaves the address bar")
            try await driver.screenshot(to: output.appendingPathComponent("serve-workspace.png"))

            try await driver.open(base + "/coalition")
            let reach = try #require(try await driver.elements("#reach").first)
            let before = try await driver.text(reach)
            #expect(before.contains("within one step"), "\(before)")
            let outside = try await driver.elements("button.person[aria-pressed='false']")
            #expect(outside.count > 2)
            try await driver.click(outside[0])
            try await driver.click(outside[1])
            var after = before
            for _ in 0..<100 where after == before {
                try await Task.sleep(for: .milliseconds(100))
                after = try await driver.text(reach)
            }
            #expect(after != before, "the reach changed after two clicks: \(before) → \(after)")
            #expect(try await driver.elements("button.person[aria-pressed='true']").count >= 2)
            try await driver.screenshot(to: output.appendingPathComponent("serve-coalition.png"))

            try await driver.open(base + "/network?relation=advice")
            try await driver.screenshot(to: output.appendingPathComponent("serve-network.png"))
            let links = try await driver.elements("p.downloads a")
            var png: String?
            for link in links where try await driver.text(link).contains("PNG") { png = link }
            try await driver.click(try #require(png))
            var saved: [URL] = []
            for _ in 0..<150 where saved.isEmpty {
                try await Task.sleep(for: .milliseconds(100))
                saved = (try? FileManager.default.contentsOfDirectory(at: downloads, includingPropertiesForKeys: nil))?.filter { $0.pathExtension == "png" } ?? []
            }
            let file = try #require(saved.first, "a PNG was downloaded")
            let bytes = try Data(contentsOf: file)
            #expect(Array(bytes.prefix(4)) == [0x89, 0x50, 0x4E, 0x47] && bytes.count > 1000)
        } catch {
            await driver.quit()
            throw error
        }
        await driver.quit()
    }
}
