import Foundation
import Testing
import TrustNet
import TrustNetIO
@testable import TrustNetStore

/// One small one-on-one network written six ways — a tie list, a Google Forms export, a
/// Microsoft Forms export (Excel CSV: BOM, CRLF, trailing `;`), a Qualtrics export (three
/// header rows, one column per colleague), a matrix and a leader's one-on-one log — imports to
/// the same ties. The files are in Fixtures/same-network/.
@Suite struct SameNetworkTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/same-network")
    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    struct Key: Hashable, CustomStringConvertible {
        var source: String, target: String, relation: String, weight: Double
        var description: String { "\(source)→\(target) \(relation) \(weight)" }
    }

    static func importTies(_ file: String, relation: Relation? = nil) throws -> (ties: Set<Key>, summary: ImportSummary) {
        let scratch = Scratch()
        var request = ImportRequest(files: [path("roster.csv"), path(file)], term: "2025-fall", relation: relation)
        request.starts = CalendarDay("2025-09-01")
        request.ends = CalendarDay("2026-01-31")
        let summary = try Workspace.importFiles(request, into: scratch.workspace)
        let network = try Workspace.open(at: scratch.workspace).network()
        let ties = Set(network.ties.map { Key(source: network.people[$0.source].id, target: network.people[$0.target].id, relation: $0.relation.name, weight: $0.weight) })
        return (ties, summary)
    }

    static let expected: Set<Key> = [
        Key(source: "S1", target: "S2", relation: "one-on-one", weight: 2), Key(source: "S1", target: "S3", relation: "one-on-one", weight: 1),
        Key(source: "S2", target: "S1", relation: "one-on-one", weight: 1), Key(source: "S3", target: "S1", relation: "one-on-one", weight: 3),
        Key(source: "S3", target: "S4", relation: "one-on-one", weight: 1), Key(source: "S4", target: "S3", relation: "one-on-one", weight: 2),
    ]

    @Test(arguments: ["ties.csv", "google-forms.csv", "microsoft-forms.csv", "qualtrics.csv", "matrix.csv", "one-on-one-log.csv"])
    func importsToTheSameTies(file: String) throws {
        let (ties, summary) = try Self.importTies(file, relation: file == "matrix.csv" ? .oneOnOne : nil)
        #expect(ties == Self.expected, "\(file): \(ties.subtracting(Self.expected)) extra, \(Self.expected.subtracting(ties)) missing")
        #expect(!summary.diagnostics.contains { $0.severity == .error })
        // How the file's questions or relations were read is said (real rosters, item 2).
        let said = [
            "ties.csv": "relations read: one-on-one (6 rows)", "matrix.csv": "every cell read as one-on-one (--relation)",
            "google-forms.csv": "questions read as relations: column", "microsoft-forms.csv": "questions read as relations: column",
            "qualtrics.csv": "one column per colleague",
        ]
        if let expected = said[file] {
            #expect(summary.diagnostics.contains { $0.severity == .note && $0.message.contains(expected) }, "\(file): \(summary.diagnostics)")
        }
    }

    @Test func formatsAreToldFromTheHeaders() throws {
        let expected: [String: InputFormat] = [
            "roster.csv": .roster, "ties.csv": .tieList, "google-forms.csv": .forms, "microsoft-forms.csv": .forms, "qualtrics.csv": .forms,
            "matrix.csv": .matrix, "one-on-one-log.csv": .oneOnOneLog,
        ]
        for (file, format) in expected {
            #expect(try InputFormat.detect(CSVReader(contentsOf: Self.path(file))) == format, "\(file)")
        }
    }

    /// Forms exports know who answered: Lee Chan answered and named nobody, which is not the
    /// same as not answering.
    @Test(arguments: ["google-forms.csv", "microsoft-forms.csv", "qualtrics.csv", "matrix.csv"])
    func respondentsAndNamedNobody(file: String) throws {
        let (_, summary) = try Self.importTies(file, relation: file == "matrix.csv" ? .oneOnOne : nil)
        let (report, people) = try #require(summary.quality.first)
        #expect(report.respondents?.count == 5)
        #expect(report.responseRate == 1)
        #expect(report.namedNobody.map { people[$0].id } == ["S5"])
        #expect(report.nobodyNamed.map { people[$0].id } == ["S5"])
        #expect(report.lines(people: people).contains("  answered but named nobody: 1 (Lee Chan)"))
    }

    @Test func unmappedQuestionsAreListedNotGuessed() throws {
        let (_, summary) = try Self.importTies("google-forms.csv")
        let notes = summary.diagnostics.filter { $0.severity == .note }.map(\.message)
        #expect(notes.contains { $0.contains("columns not read") && $0.contains("5 \"What grade do you teach?\"") })
    }

    /// A tie list of one-on-ones only reads like a leader's log (real rosters, item 11): it
    /// says nothing about who answered a survey, as the log itself does not.
    @Test func tieListOfOneOnOnesIsNotASurvey() throws {
        for file in ["ties.csv", "one-on-one-log.csv"] {
            let (_, summary) = try Self.importTies(file)
            let report = try #require(summary.quality.first).report
            #expect(report.respondents == nil, "\(file)")
            #expect(report.namedNobody.isEmpty)
            #expect(report.lines(people: summary.quality[0].people).contains { $0.hasPrefix("  response: not known") })
        }
    }

    @Test func logMeetingsOutsideEveryTermAreErrors() throws {
        let s = Scratch()
        let log = s.write("log.csv", "date,person,with\n2025-09-10,Ann Lee,Bo Diaz\n2024-05-01,Ann Lee,Bo Diaz\n13/45/2025,Ann Lee,Bo Diaz\n")
        var request = ImportRequest(files: [Self.path("roster.csv"), log], term: "2025-fall")
        request.starts = CalendarDay("2025-09-01")
        request.ends = CalendarDay("2026-01-31")
        let error = #expect(throws: InputError.self) { try Workspace.importFiles(request, into: s.workspace) }
        let messages = error?.diagnostics.map(\.description) ?? []
        #expect(messages.contains { $0.hasSuffix("log.csv:3:1: error: 2024-05-01 falls in no term (2025-fall 2025-09-01–2026-01-31)") })
        #expect(messages.contains { $0.contains("log.csv:4:1: error: \"13/45/2025\" is not a date") })
    }
}
