import Foundation
import Testing
import TrustNetTestSupport

/// The sample district's report in headless Chromium (Debian's `chromium`, installed by
/// `make test` through `scripts/install-deps --test` when missing): no script errors, clicking
/// a person highlights their ties, and a screenshot lands in Output/report.png.
@Suite(.serialized) struct ReportBrowserTests {
    /// Chromium, installed through scripts/install-deps when missing; a clear failure when it
    /// cannot be.
    static func chromium() throws -> String {
        func find() -> String? {
            let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
            for folder in path.split(separator: ":") + ["/usr/bin", "/snap/bin"] {
                for name in ["chromium", "chromium-browser"] {
                    let candidate = "\(folder)/\(name)"
                    if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
                }
            }
            return nil
        }
        if let found = find() { return found }
        let install = try run(CLIRunner.repository.appendingPathComponent("scripts/install-deps").path, ["--test"], timeout: 900)
        guard let found = find() else {
            throw BrowserMissing(
                message: "the browser test needs Chromium and scripts/install-deps --test could not install it (exit \(install.status)): \(install.output.suffix(800)). Install Debian's chromium package.")
        }
        return found
    }

    struct BrowserMissing: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Runs `executable` with a time limit; stdout and stderr together.
    static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval) throws -> (status: Int32, output: String) {
        let r = try CLIRunner.run(URL(fileURLWithPath: executable), arguments, timeout: timeout)
        return (r.status, r.stdout + r.stderr)
    }

    /// The value of `name` on the `<body>` element of a dumped DOM.
    static func bodyAttribute(_ name: String, in dom: String) -> String? {
        guard let open = dom.range(of: "<body"), let close = dom.range(of: ">", range: open.upperBound..<dom.endIndex) else { return nil }
        let tag = String(dom[open.upperBound..<close.lowerBound])
        guard let start = tag.range(of: "\(name)=\"") else { return nil }
        let rest = tag[start.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    @Test func clickingAPersonHighlightsTheirTiesWithoutScriptErrors() throws {
        let browser = try Self.chromium()
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        #expect(try cli.run(["coalition", "record", "--term", "2026-spring", "S0022", "S0007"]).status == 0)
        let report = cli.path("report.html")
        let r = try cli.run(["report", "-o", report])
        #expect(r.status == 0, "\(r.stderr)")
        let url = URL(fileURLWithPath: report).absoluteString
        let common = ["--headless", "--disable-gpu", "--no-sandbox", "--user-data-dir=\(cli.path("chromium-profile"))", "--window-size=1280,2000"]

        let output = CLIRunner.repository.appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let screenshot = output.appendingPathComponent("report.png").path
        try? FileManager.default.removeItem(atPath: screenshot)
        let shot = try Self.run(browser, common + ["--screenshot=\(screenshot)", url], timeout: 180)
        #expect(FileManager.default.fileExists(atPath: screenshot), "no screenshot: \(shot.output.suffix(800))")
        let size = (try? FileManager.default.attributesOfItem(atPath: screenshot)[.size] as? Int) ?? 0
        #expect(size > 20_000, "the screenshot is nearly empty (\(size) bytes)")

        // The page's test hook clicks a person on load: S0022 (the sample's most sought-out
        // teacher) in the latest term's advice diagram, and the principal S0001 after switching
        // to the first term's trust diagram with the term buttons and relation filter.
        // The third picks one department: everyone outside it is dimmed.
        let science = "Science".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        for (person, view, expected) in [("S0022", "", "2:advice"), ("S0001", ";term=0;relation=trust", "0:trust"), ("S0022", ";unit=\(science)", "2:advice")] {
            let dump = try Self.run(browser, common + ["--dump-dom", "\(url)#selftest=\(person)\(view)"], timeout: 180)
            #expect(dump.status == 0, "\(dump.output.suffix(800))")
            let errors = Self.bodyAttribute("data-errors", in: dump.output)
            #expect(errors == "", "script errors: \(errors ?? "no body in the DOM")")
            let selftest = try #require(Self.bodyAttribute("data-selftest", in: dump.output), "no body in the dumped DOM")
            #expect(selftest.hasPrefix("ok:"), "self-test: \(selftest)")
            let parts = selftest.split(separator: ":")
            let highlighted = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
            #expect(highlighted >= 1, "clicking \(person) highlighted no tie")
            #expect(parts.dropFirst(2).joined(separator: ":") == expected, "the diagram shown: \(selftest)")
            #expect(dump.output.contains("tie-hl"))
            let faded = Int(Self.bodyAttribute("data-selftest-faded", in: dump.output) ?? "") ?? -1
            if view.contains("unit=") {
                // 125 people, a department of about ten: the rest (and the layout's two anchors) dimmed.
                #expect(faded > 100 && faded < 127, "\(faded) dimmed")
            } else {
                #expect(faded == 0)
            }
        }
    }
}

extension ReportBrowserTests {
    /// Ids that look like markup, hold a backslash and a quote, or read like a comment: the page
    /// runs no script of theirs, and clicking each person still highlights their ties (the
    /// stable layout keys positions by id, whatever Graphviz does with backslashes).
    @Test func hostileIDsRunNothingAndStayClickable() throws {
        let browser = try Self.chromium()
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = "id,name,department\n\"<script>alert(1)</script>\",Ann,\"<b>U</b>\"\n\"a\\\\b\"\"c\",Bob,\"<b>U</b>\"\n\"x --> <!-- onclick=1\",Cy,V\n"
        let ties = "source,target,relation\nAnn,Bob,advice\nBob,Cy,advice\nCy,Ann,sharing\n"
        #expect(try cli.run(["import", cli.write("roster.csv", roster), cli.write("ties.csv", ties), "--term", "t"]).status == 0)
        let report = cli.path("hostile.html")
        #expect(try cli.run(["report", "-o", report]).status == 0)
        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(html.components(separatedBy: "<script").count - 1 == 3)
        let url = URL(fileURLWithPath: report).absoluteString
        let common = ["--headless", "--disable-gpu", "--no-sandbox", "--user-data-dir=\(cli.path("chromium-profile"))"]
        for (id, ties) in [("<script>alert(1)</script>", 1), ("a\\\\b\"c", 2), ("x --> <!-- onclick=1", 1)] {
            let encoded = id.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let dump = try Self.run(browser, common + ["--dump-dom", "\(url)#selftest=\(encoded)"], timeout: 180)
            #expect(Self.bodyAttribute("data-errors", in: dump.output) == "")
            #expect(Self.bodyAttribute("data-selftest", in: dump.output) == "ok:\(ties):0:advice", "\(id)")
        }
    }
}

extension ReportBrowserTests {
    /// The width of the viewBox of the visible diagram.
    static func shownWidth(_ browser: WebDriver) throws -> Double {
        let box = try browser.attribute("viewBox", of: "figure.diagram.visible svg") ?? ""
        return Double(box.split(separator: " ")[2]) ?? 0
    }

    /// The report at desktop and phone width, driven through WebDriver with real clicks, key
    /// presses and wheel turns (a phone's 390 px emulated: headless windows are at least 500 px
    /// wide): no sideways scrolling of the page, the zoom buttons, the wheel and a two-finger pinch zoom the diagram, the tie-weight slider hides weak ties and the legend says so, typing a name finds and highlights the person, and on a phone
    /// the header takes at most 15 % of the screen.
    @Test(arguments: [1280, 390]) func zoomSearchAndWidth(width: Int) throws {
        let chromium = try Self.chromium()
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try SampleDistrictTests.importSample(cli)
        let report = cli.path("report.html")
        #expect(try cli.run(["report", "-o", report]).status == 0)
        let height = width == 390 ? 844 : 1000
        let browser = try WebDriver(chromium: chromium, width: width, height: height, profile: cli.path("profile"))
        try browser.open(URL(fileURLWithPath: report).absoluteString)

        #expect(try browser.attribute("data-errors", of: "body") == "")
        let inner = try browser.number("window.innerWidth")
        #expect(inner == Double(width))
        // The width beside a vertical scrollbar (a desktop's classic scrollbar takes 15 px).
        let visible = try browser.number("document.documentElement.clientWidth")
        let scrollWidth = try browser.number("document.documentElement.scrollWidth")
        #expect(scrollWidth <= visible, "the page scrolls sideways: \(scrollWidth) px wide in a \(visible) px wide page")
        if width == 390 {
            let header = try browser.rect(of: "header.page-header")
            #expect(header.height <= 0.15 * Double(height), "header \(header.height) px high")
        }

        let full = try Self.shownWidth(browser)
        try browser.click("#zoom-in")
        let closer = try Self.shownWidth(browser)
        #expect(closer < full * 0.75, "zoom in: \(full) → \(closer)")
        if width > 500 {
            // A phone has no wheel.
            try browser.wheel(over: "figure.diagram.visible svg", deltaY: -200)
            let wheeled = try Self.shownWidth(browser)
            #expect(wheeled < closer * 0.9, "wheel: \(closer) → \(wheeled)")
        }
        try browser.click("#zoom-fit")
        #expect(abs(try Self.shownWidth(browser) - full) < 0.01)
        // Two fingers moving apart zoom in; moving together zoom out again.
        try browser.pinch(over: "figure.diagram.visible svg", apart: 120)
        let pinched = try Self.shownWidth(browser)
        #expect(pinched < full * 0.8, "pinch out: \(full) → \(pinched)")
        try browser.pinch(over: "figure.diagram.visible svg", apart: -60)
        #expect(try Self.shownWidth(browser) > pinched * 1.1, "pinch in after \(pinched)")
        try browser.click("#zoom-fit")

        // The weight slider (the sample's ties weigh 1–5): three presses of → hide the ties below 4.
        let weakBefore = try browser.number("document.querySelectorAll('figure.diagram.visible g.edge.weak').length")
        #expect(weakBefore == 0)
        try browser.click("#min-weight")
        let start = try browser.text(of: "#min-weight-value")
        try browser.type(String(repeating: "\u{E012}", count: 5) + String(repeating: "\u{E014}", count: 3), into: "#min-weight")
        #expect(try browser.text(of: "#min-weight-value") == "4", "slider started at \(start)")
        let weak = try browser.number("document.querySelectorAll('figure.diagram.visible g.edge.weak').length")
        let edges = try browser.number("document.querySelectorAll('figure.diagram.visible g.edge').length")
        #expect(weak > 0 && weak < edges, "\(weak) of \(edges) ties hidden")
        // The legend under the diagram states the threshold.
        #expect(try browser.text(of: "figure.diagram.visible figcaption.weight-note").contains("weight 4 or more"))

        // S0022, the sample's most sought-out teacher, found by typing part of the name.
        let roster = try String(contentsOfFile: SampleDistrictTests.file("roster-2026-fall.csv"), encoding: .utf8)
        let name = try #require(roster.split(separator: "\n").first { $0.hasPrefix("S0022,") }?.split(separator: ",")[1])
        try browser.click("#person-search")
        try browser.type(String(name.lowercased().prefix(name.count - 1)) + "\u{E007}", into: "#person-search")
        #expect(try browser.text(of: "#panel-name") == String(name))
        #expect(try browser.text(of: "figure.diagram.visible g.node.node-sel:not(.name) title") == "S0022")
        #expect(try Self.shownWidth(browser) < full / 2)
        #expect(try browser.text(of: "#search-result").hasPrefix(String(name)))
        try browser.click("#person-search")
        try browser.type(String(repeating: "\u{E003}", count: 40) + "Nobody Atall\u{E007}", into: "#person-search")
        #expect(try browser.text(of: "#search-result").contains("Nobody in 2026-fall is called"))
        #expect(try browser.attribute("data-errors", of: "body") == "")
    }
}
