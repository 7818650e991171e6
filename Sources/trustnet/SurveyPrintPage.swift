import Foundation
import TrustNet
import TrustNetIO

/// The survey on paper (`trustnet survey export --format html|pdf`): the intro, a line for the
/// respondent's name, and each question with the roster as boxes to tick (and a frequency
/// column when asked). Every text is escaped (``XMLText/content(_:)``); the page has no script.
enum SurveyPrintPage {
    static func html(_ design: SurveyDesign, term: String, people: [Person]) -> String {
        let e = XMLText.content
        var out = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>\(e(design.title))</title><style>
            body{font:11pt/1.4 system-ui,sans-serif;margin:1.5cm}h1{font-size:16pt}h2{font-size:12pt;margin-top:1.2em;break-after:avoid}
            table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:2px 6px;text-align:left}
            .box{width:1.2em}section{break-inside:auto}p.intro{white-space:pre-wrap}
            </style></head><body><h1>\(e(design.title))</h1><p class="intro">\(e(design.introOffline))</p>
            <p>Your name: ______________________________________</p>
            """
        let scale = SurveyDesign.frequencyScale.map { "\($0.value) \($0.label)" }.joined(separator: " · ")
        for q in design.questions {
            out += "<section><h2>\(e(q.wording))</h2>"
            if let limit = q.limit { out += "<p>Tick at most \(limit).</p>" }
            let often = design.asksFrequency(q.relation)
            if often { out += "<p>How often: \(e(scale)).</p>" }
            out += "<table><thead><tr><th class=\"box\">✓</th><th>Colleague</th><th>Unit</th>"
            if often { out += "<th>How often (1–5)</th>" }
            if design.trustDimensions && q.relation == .trust {
                for d in SurveyDesign.trustDimensionNames { out += "<th>\(e(d.label)) (1–4)</th>" }
            }
            out += "</tr></thead><tbody>"
            for p in people.sorted(by: { $0.name.localizedCaseInsensitiveCompare($1.name) == .orderedAscending }) {
                out += "<tr><td class=\"box\">☐</td><td>\(e(p.name))</td><td>\(e(p.unit ?? ""))</td>"
                if often { out += "<td></td>" }
                if design.trustDimensions && q.relation == .trust { out += String(repeating: "<td></td>", count: SurveyDesign.trustDimensionNames.count) }
                out += "</tr>"
            }
            out += "</tbody></table></section>"
        }
        return out + "<p>Term: \(e(term)).</p></body></html>\n"
    }

    /// The page printed to PDF by headless Chromium.
    static func pdf(_ html: String) throws -> [UInt8] {
        guard let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first(where: FileManager.default.isExecutableFile)
        else { throw UsageError("--format pdf prints through Chromium, which is not installed: use --format html and print it from a browser") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trustnet-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("survey.html"), pdf = folder.appendingPathComponent("survey.pdf")
        try Data(html.utf8).write(to: page)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-pdf-header-footer",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard let data = FileManager.default.contents(atPath: pdf.path), data.starts(with: Array("%PDF".utf8)) else {
            throw UsageError("Chromium did not print the survey (exit \(process.terminationStatus)): use --format html and print it from a browser")
        }
        return [UInt8](data)
    }
}
