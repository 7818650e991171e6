import Foundation
import TrustNetTestSupport

/// A small W3C WebDriver client over Debian's chromium-driver: real clicks, key presses and
/// wheel turns in headless Chromium, for the report's browser tests.
final class WebDriver {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let driver: Process
    private let base: URL
    private var session = ""

    /// Starts chromedriver on a free port and opens a headless Chromium window of `width` × `height`.
    init(chromium: String, width: Int, height: Int, profile: String) throws {
        let port = 9515 + Int.random(in: 0..<2000)
        driver = Process()
        driver.executableURL = URL(fileURLWithPath: try WebDriver.chromedriver())
        driver.arguments = ["--port=\(port)"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        base = URL(string: "http://127.0.0.1:\(port)")!
        var ready = false
        for _ in 0..<100 where !ready {
            if let status = try? request("GET", "/status"), (status["ready"] as? NSNumber)?.boolValue == true { ready = true } else { usleep(100_000) }
        }
        guard ready else { throw Failure(description: "chromedriver did not start on port \(port)") }
        var options: [String: Any] = [
            "binary": chromium,
            "args": ["--headless", "--disable-gpu", "--no-sandbox", "--user-data-dir=\(profile)", "--window-size=\(max(width, 500)),\(height)", "--hide-scrollbars"],
        ]
        // Headless windows are at least 500 px wide: narrower screens are a phone's, emulated.
        if width < 500 { options["mobileEmulation"] = ["deviceMetrics": ["width": width, "height": height, "pixelRatio": 3, "touch": true]] }
        let value = try request("POST", "/session", ["capabilities": ["alwaysMatch": ["browserName": "chrome", "goog:chromeOptions": options]]])
        guard let id = value["sessionId"] as? String else { throw Failure(description: "no WebDriver session: \(value)") }
        session = id
    }

    deinit {
        if !session.isEmpty { _ = try? request("DELETE", "/session/\(session)") }
        // chromedriver may ignore SIGTERM while it shuts Chromium down: SIGKILL after a moment.
        driver.terminate()
        for _ in 0..<20 where driver.isRunning { usleep(100_000) }
        if driver.isRunning { kill(driver.processIdentifier, SIGKILL) }
        driver.waitUntilExit()
    }

    /// chromium-driver's `chromedriver`, installed through scripts/install-deps --test when missing.
    static func chromedriver() throws -> String {
        func find() -> String? {
            for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin", "/usr/lib/chromium"] {
                let candidate = "\(folder)/chromedriver"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
            return nil
        }
        if let found = find() { return found }
        _ = try ReportBrowserTests.run(CLIRunner.repository.appendingPathComponent("scripts/install-deps").path, ["--test"], timeout: 900)
        guard let found = find() else { throw Failure(description: "the browser tests need chromedriver: install Debian's chromium-driver package") }
        return found
    }

    /// One WebDriver command; its `value` (an object, or wrapped as `["value": …]`).
    @discardableResult
    func request(_ method: String, _ path: String, _ body: [String: Any]? = nil) throws -> [String: Any] {
        // Through curl: FoundationNetworking's client fails on chromedriver's replies on Linux
        // ("Failed writing header").
        var arguments = ["-s", "--max-time", "120", "-X", method, base.absoluteString + path]
        if let body {
            arguments += ["-H", "Content-Type: application/json", "--data-binary", String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self)]
        }
        let reply = try ReportBrowserTests.run("/usr/bin/curl", arguments, timeout: 130)
        if reply.status != 0 { throw Failure(description: "\(method) \(path): curl exit \(reply.status)") }
        let result: (Data?, Error?) = (Data(reply.output.utf8), nil)
        let json = (try? JSONSerialization.jsonObject(with: result.0 ?? Data())) as? [String: Any] ?? [:]
        let value = json["value"]
        if let object = value as? [String: Any] {
            if let error = object["error"] as? String { throw Failure(description: "\(method) \(path): \(error): \(object["message"] ?? "")") }
            return object
        }
        return ["value": value ?? NSNull()]
    }

    private var s: String { "/session/\(session)" }

    func open(_ url: String) throws { try request("POST", "\(s)/url", ["url": url]) }

    /// The first element matching a CSS selector.
    func element(_ css: String) throws -> String {
        let found = try request("POST", "\(s)/element", ["using": "css selector", "value": css])
        guard let id = found.first(where: { $0.key.hasPrefix("element-") })?.value as? String else { throw Failure(description: "no element \(css)") }
        return id
    }

    func click(_ css: String) throws { try request("POST", "\(s)/element/\(try element(css))/click", [:]) }

    /// Types `text` into the element (`\u{E007}` is Enter).
    func type(_ text: String, into css: String) throws { try request("POST", "\(s)/element/\(try element(css))/value", ["text": text]) }

    func attribute(_ name: String, of css: String) throws -> String? {
        try request("GET", "\(s)/element/\(try element(css))/attribute/\(name)")["value"] as? String
    }

    func text(of css: String) throws -> String { try request("GET", "\(s)/element/\(try element(css))/text")["value"] as? String ?? "" }

    func rect(of css: String) throws -> (x: Double, y: Double, width: Double, height: Double) {
        let r = try request("GET", "\(s)/element/\(try element(css))/rect")
        func number(_ key: String) -> Double { (r[key] as? NSNumber)?.doubleValue ?? 0 }
        return (number("x"), number("y"), number("width"), number("height"))
    }

    /// Reads a number off the page (no changes): the value of a JavaScript expression.
    func number(_ expression: String) throws -> Double {
        (try request("POST", "\(s)/execute/sync", ["script": "return \(expression);", "args": []])["value"] as? NSNumber)?.doubleValue ?? .nan
    }

    /// Turns the mouse wheel over the middle of the element's part in the window (negative
    /// `deltaY`: away from the user, zooming in).
    /// Two fingers on the middle of the visible part of `css`, moved `apart` px further from
    /// each other (negative: closer) in ten steps, as a touch screen sends them. The points are
    /// kept inside the window (WebDriver refuses a move out of bounds).
    func pinch(over css: String, apart: Int) throws {
        try request("POST", "\(s)/execute/sync", ["script": "document.querySelector(arguments[0]).scrollIntoView({block: 'center'});", "args": [css]])
        let r = try rect(of: css)
        let top = try number("window.scrollY"), left = try number("window.scrollX")
        let width = try number("window.innerWidth"), height = try number("window.innerHeight")
        let x0 = max(r.x - left, 0), x1 = min(r.x - left + r.width, width)
        let y0 = max(r.y - top, 0), y1 = min(r.y - top + r.height, height)
        let x = Int((x0 + x1) / 2), y = Int((y0 + y1) / 2)
        // Fingers on a horizontal line, never closer to an edge of the visible part than 2 px.
        let room = Int((x1 - x0) / 2) - 2
        let from = min(40, room), to = max(4, min(from + apart / 2, room))
        func finger(_ id: String, _ side: Int) -> [String: Any] {
            var moves: [[String: Any]] = [
                ["type": "pointerMove", "x": x + side * from, "y": y, "duration": 0, "origin": "viewport"],
                ["type": "pointerDown", "button": 0],
            ]
            for step in 1...10 {
                moves.append(["type": "pointerMove", "x": x + side * (from + (to - from) * step / 10), "y": y, "duration": 20, "origin": "viewport"])
            }
            moves.append(["type": "pointerUp", "button": 0])
            return ["type": "pointer", "id": id, "parameters": ["pointerType": "touch"], "actions": moves]
        }
        try request("POST", "\(s)/actions", ["actions": [finger("finger1", -1), finger("finger2", 1)]])
    }

    func wheel(over css: String, deltaY: Int) throws {
        let r = try rect(of: css)
        let top = try number("window.scrollY"), left = try number("window.scrollX")
        let width = try number("window.innerWidth"), height = try number("window.innerHeight")
        let x = Int((max(r.x - left, 0) + min(r.x - left + r.width, width)) / 2)
        let y = Int((max(r.y - top, 0) + min(r.y - top + r.height, height)) / 2)
        try request("POST", "\(s)/actions", [
            "actions": [["type": "wheel", "id": "wheel", "actions": [["type": "scroll", "x": x, "y": y, "deltaX": 0, "deltaY": deltaY, "duration": 0, "origin": "viewport"]]]]
        ])
    }
}
