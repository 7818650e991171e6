import Foundation
import Testing
import TrustNet
import TrustNetIO
@testable import TrustNetStore
import GRDB

/// A scratch folder with a roster and tie lists, removed at the end of each test.
final class Scratch {
    let folder: URL

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("trustnet-store-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func write(_ name: String, _ text: String) -> String {
        let path = folder.appendingPathComponent(name).path
        try! Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    var workspace: String { folder.appendingPathComponent("trustnet.sqlite").path }

    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
}

@Suite struct WorkspaceImportTests {
    static let roster = "id,name,email,department,title\nS1,Ann Lee,ann@x.org,Maths,Head of Maths\nS2,Bo Diaz,bo@x.org,Maths,\nS3,Cy Ng,,Science,Teacher\n"
    static let ties = "source,target,relation,weight\nS2,S1,advice,3\nS3,S1,advice,1\nS1,S3,trust,2\nann@x.org,Bo Diaz,sharing,\n"

    func importSample(_ s: Scratch, term: String = "2025-fall") throws -> ImportSummary {
        try Workspace.importFiles(
            ImportRequest(files: [s.write("roster.csv", Self.roster), s.write("ties.csv", Self.ties)], term: term), into: s.workspace)
    }

    @Test func importThenLoadTheTermsNetwork() throws {
        let s = Scratch()
        let summary = try importSample(s)
        #expect(summary.terms == ["2025-fall"])
        #expect(summary.tiesByRelation == [.advice: 2, .trust: 1, .sharing: 1])
        let ws = try Workspace.open(at: s.workspace)
        let network = try ws.network()
        #expect(network.term.name == "2025-fall")
        #expect(network.people.map(\.id) == ["S1", "S2", "S3"])
        #expect(network.people.map(\.unit) == ["Maths", "Maths", "Science"])
        #expect(network.unitName == "department")
        #expect(network.people[0].isFormalLeader && !network.people[2].isFormalLeader)
        let advice = network.graph(relations: [.advice])
        #expect(advice.weight(from: 1, to: 0) == 3)
        #expect(advice.tieCount == 2)
        #expect(network.graph().tieCount == 4)
        let terms = try ws.terms()
        #expect(terms.map(\.people) == [3])
        #expect(terms.map(\.ties) == [4])
        #expect(terms[0].relations == [.advice, .sharing, .trust])
    }

    @Test func importLogKeepsFileDigestsAndCounts() throws {
        let s = Scratch()
        _ = try importSample(s)
        let ws = try Workspace.open(at: s.workspace)
        let rows = try ws.database.read { db in
            try Row.fetchAll(db, sql: "SELECT file_name, sha256, kind, rows, people, ties FROM import ORDER BY id")
        }
        #expect(rows.count == 2)
        #expect(rows[0]["kind"] as String == "roster")
        #expect(rows[0]["people"] as Int == 3)
        #expect(rows[1]["ties"] as Int == 4)
        #expect(rows[1]["sha256"] as String == "ae4e2abba23117849a3dde8e2a511b312dc13403d6f6febe0cf115fdfb29427c")  // sha256sum of the file
    }

    @Test func secondTermKeepsPeopleAndOrder() throws {
        let s = Scratch()
        _ = try importSample(s, term: "2025-fall")
        let roster2 = s.write("roster2.csv", "id,name,department\nS1,Ann Lee,Maths\nS4,Di Roy,Arts\n")
        let ties2 = s.write("ties2.csv", "source,target,relation\nS4,S1,advice\n")
        _ = try Workspace.importFiles(ImportRequest(files: [roster2, ties2], term: "2026-spring"), into: s.workspace)
        let ws = try Workspace.open(at: s.workspace)
        #expect(try ws.terms().map(\.term.name) == ["2025-fall", "2026-spring"])
        #expect(try ws.network().people.map(\.id) == ["S1", "S4"])
        #expect(try ws.network(term: "2025-fall").people.count == 3)
        #expect(throws: WorkspaceError.unknownTerm("2024", known: ["2025-fall", "2026-spring"])) { try ws.network(term: "2024") }
    }

    @Test func tiesAloneMatchAgainstTheStoredRoster() throws {
        let s = Scratch()
        _ = try importSample(s)
        let more = s.write("more.csv", "source,target\nCy Ng,Bo Diaz\n")
        let summary = try Workspace.importFiles(ImportRequest(files: [more], term: "2025-fall", relation: .trust), into: s.workspace)
        #expect(summary.tiesByRelation == [.trust: 1])
        #expect(try Workspace.open(at: s.workspace).network().graph(relations: [.trust]).weight(from: 2, to: 1) == 1)
    }

    @Test func sameFileTwiceIsRefusedUnlessReplace() throws {
        let s = Scratch()
        _ = try importSample(s)
        let before = s.bytes(s.workspace)
        let error = #expect(throws: InputError.self) { try importSample(s) }
        #expect(error?.description.contains("already imported into 2025-fall") == true)
        #expect(s.bytes(s.workspace) == before)
        var request = ImportRequest(files: [s.write("roster.csv", Self.roster), s.write("ties.csv", Self.ties)], term: "2025-fall")
        request.replace = true
        _ = try Workspace.importFiles(request, into: s.workspace)
        let ws = try Workspace.open(at: s.workspace)
        #expect(try ws.terms().first?.ties == 4)
        let imports = try ws.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM import") }
        #expect(imports == 2)
    }

    /// A plan made before the workspace changed (another import, a term renamed) is refused
    /// and nothing is written; a plan made against a fresh snapshot is written.
    @Test func planMadeBeforeTheWorkspaceChangedIsRefused() throws {
        let s = Scratch()
        _ = try importSample(s)
        let more = s.write("more.csv", "source,target\nCy Ng,Bo Diaz\n")
        let request = ImportRequest(files: [more], term: "2025-fall", relation: .trust)
        let stale = try request.plan(against: Workspace.importSnapshot(at: s.workspace, rosterOf: "2025-fall")).plan
        _ = try Workspace.importFiles(
            ImportRequest(files: [s.write("other.csv", "source,target\nBo Diaz,Cy Ng\n")], term: "2025-fall", relation: .trust), into: s.workspace)
        let before = s.bytes(s.workspace)
        #expect(throws: WorkspaceError.changedDuringImport(path: s.workspace)) { try Workspace.write(stale, to: s.workspace) }
        #expect(s.bytes(s.workspace) == before)

        let fresh = try request.plan(against: Workspace.importSnapshot(at: s.workspace, rosterOf: "2025-fall")).plan
        try Workspace.open(at: s.workspace).renameTerm("2025-fall", to: "year-1")
        #expect(throws: WorkspaceError.changedDuringImport(path: s.workspace)) { try Workspace.write(fresh, to: s.workspace) }
        let renamed = ImportRequest(files: [more], term: "year-1", relation: .trust)
        try Workspace.write(renamed.plan(against: Workspace.importSnapshot(at: s.workspace, rosterOf: "year-1")).plan, to: s.workspace)
        #expect(try Workspace.open(at: s.workspace).terms().map(\.ties) == [6])
    }

    /// Real rosters, item 3: the same files imported again after their term was renamed say
    /// where they already are instead of making a second term.
    @Test func reimportAfterARenameIsPointedOut() throws {
        let s = Scratch()
        _ = try importSample(s, term: "2025-fall")
        try Workspace.open(at: s.workspace).renameTerm("2025-fall", to: "year-1")
        let before = s.bytes(s.workspace)
        let error = #expect(throws: InputError.self) { try importSample(s, term: "2025-fall") }
        #expect(error?.description.contains("ties.csv: error: this file was already imported as year-1") == true, "\(error?.description ?? "")")
        #expect(s.bytes(s.workspace) == before)
        #expect(try Workspace.open(at: s.workspace).terms().map(\.term.name) == ["year-1"])
    }

    /// A term (or wave) column that puts every tie in other terms wins over --term, and no
    /// empty term of the --term name is made; the import says so. Rows with no term still go
    /// to --term, which is then kept.
    @Test func termColumnThatPutsEveryTieElsewhereMakesNoEmptyTerm() throws {
        let s = Scratch()
        let roster = s.write("roster.csv", Self.roster)
        let oneWave = s.write("ties.csv", "source,target,relation,wave\nS2,S1,advice,1\nS3,S1,advice,1\n")
        let summary = try Workspace.importFiles(ImportRequest(files: [roster, oneWave], term: "1990"), into: s.workspace)
        #expect(summary.terms == ["1"])
        #expect(summary.diagnostics.contains { $0.severity == .note && $0.message.contains("trustnet terms rename 1 1990") })
        let ws = try Workspace.open(at: s.workspace)
        #expect(try ws.terms().map(\.term.name) == ["1"])
        #expect(try ws.network(term: "1").people.count == 3)
        #expect(try ws.network(term: "1").graph().tieCount == 2)

        let t = Scratch()
        let twoWaves = t.write("ties.csv", "source,target,relation,wave\nS2,S1,advice,1\nS3,S1,advice,2\n")
        let both = try Workspace.importFiles(
            ImportRequest(files: [t.write("roster.csv", Self.roster), twoWaves], term: "1990"), into: t.workspace)
        #expect(both.terms == ["1", "2"])
        #expect(both.diagnostics.contains { $0.severity == .note && $0.message.contains("none in 1990") && !$0.message.contains("rename") })

        let u = Scratch()
        let someEmpty = u.write("ties.csv", "source,target,relation,wave\nS2,S1,advice,1\nS3,S1,advice,\n")
        let kept = try Workspace.importFiles(
            ImportRequest(files: [u.write("roster.csv", Self.roster), someEmpty], term: "1990"), into: u.workspace)
        #expect(kept.terms == ["1990", "1"])
        #expect(!kept.diagnostics.contains { $0.message.contains("none in 1990") })
    }

    /// A tie list with a wave column is one survey per wave: each wave's respondents are the
    /// people whose rows are in that wave (a row of weight 0 is an answer naming nobody), not
    /// everyone who answered in any wave.
    @Test func eachWaveHasItsOwnRespondents() throws {
        let s = Scratch()
        let waves = s.write(
            "ties.csv", "source,target,relation,weight,wave\nS2,S1,advice,1,1\nS2,S3,advice,2,1\nS3,S1,advice,1,2\nS1,S2,advice,0,3\n")
        let summary = try Workspace.importFiles(ImportRequest(files: [s.write("roster.csv", Self.roster), waves]), into: s.workspace)
        #expect(summary.terms == ["1", "2", "3"])
        let ws = try Workspace.open(at: s.workspace)
        let terms = try ws.terms()
        #expect(terms.map(\.term.name) == ["1", "2", "3"])
        #expect(terms.map(\.respondents) == [1, 1, 1])
        #expect(terms.map(\.ties) == [2, 1, 0])
        let quality = try #require(summary.quality.first { $0.report.term == "3" }).report
        #expect(quality.respondents == [0] && quality.namedNobody == [0])
    }

    /// Real rosters, item 11: a one-on-one log is not a survey response. Imported with a
    /// survey, only the survey's respondents count; imported alone, response is unknown.
    @Test func oneOnOneLogIsNotASurveyResponse() throws {
        let s = Scratch()
        let log = s.write("log.csv", "date,person,with\n2025-10-01,S3,S1\n2025-10-08,S3,S2\n")
        let survey = s.write("survey.csv", "source,target,relation\nS2,S1,advice\n")
        let both = try Workspace.importFiles(ImportRequest(files: [s.write("roster.csv", Self.roster), survey, log], term: "fall"), into: s.workspace)
        let quality = try #require(both.quality.first).report
        #expect(quality.respondents == [1])
        #expect(quality.namedNobody.isEmpty)
        #expect(try Workspace.open(at: s.workspace).terms().map(\.respondents) == [1])

        let t = Scratch()
        let alone = try Workspace.importFiles(ImportRequest(files: [t.write("roster.csv", Self.roster), t.write("log.csv", "date,person,with\n2025-10-01,S3,S1\n")], term: "fall"), into: t.workspace)
        #expect(alone.quality.first?.report.respondents == nil)
        #expect(alone.quality.first?.report.lines(people: alone.quality[0].people).contains { $0.contains("response: not known") } == true)
        #expect(try Workspace.open(at: t.workspace).terms().map(\.respondents) == [0])
    }

    /// Bad input: exit-2 class errors with file, line and column, and the workspace unchanged.
    @Test(arguments: [
        ("source,target,relation,weight\nS2,S1,advice,3\nS3,Zed,advice,1\n", "ties.csv:3:4: error: \"Zed\" is not on the roster"),
        ("source,target,relation,weight\nS2,S1,advice,lots\n", "ties.csv:2:14: error: weight \"lots\""),
        ("source,relation,weight\nS2,advice,1\n", "ties.csv:1:1: error: no target column"),
        ("", "ties.csv:1:1: error: the file is empty"),
    ])
    func badTieListLeavesWorkspaceUnchanged(text: String, message: String) throws {
        let s = Scratch()
        _ = try importSample(s)
        let before = s.bytes(s.workspace)
        let bad = s.write("ties.csv", text)
        let error = #expect(throws: InputError.self) {
            try Workspace.importFiles(ImportRequest(files: [s.write("roster.csv", Self.roster), bad], term: "2026-spring"), into: s.workspace)
        }
        #expect(error?.description.contains(message) == true, "\(error?.description ?? "")")
        #expect(s.bytes(s.workspace) == before)
        #expect(try Workspace.open(at: s.workspace).terms().map(\.term.name) == ["2025-fall"])
    }

    @Test func failedFirstImportCreatesNoWorkspace() throws {
        let s = Scratch()
        let bad = s.write("ties.csv", "source,target,relation\nS1,Nobody,advice\n")
        #expect(throws: InputError.self) {
            try Workspace.importFiles(ImportRequest(files: [s.write("roster.csv", Self.roster), bad], term: "t"), into: s.workspace)
        }
        #expect(!FileManager.default.fileExists(atPath: s.workspace))
    }

    @Test func dryRunWritesNothing() throws {
        let s = Scratch()
        var request = ImportRequest(files: [s.write("roster.csv", Self.roster), s.write("ties.csv", Self.ties)], term: "t")
        request.dryRun = true
        let summary = try Workspace.importFiles(request, into: s.workspace)
        #expect(summary.dryRun)
        #expect(summary.tiesByRelation[.advice] == 2)
        #expect(!FileManager.default.fileExists(atPath: s.workspace))
    }

    @Test func tiesWithoutAnyRosterAreRefused() throws {
        let s = Scratch()
        let error = #expect(throws: InputError.self) {
            try Workspace.importFiles(ImportRequest(files: [s.write("ties.csv", Self.ties)], term: "t"), into: s.workspace)
        }
        #expect(error?.description.contains("no roster") == true)
    }

    @Test func unknownFileKindIsRefused() throws {
        let s = Scratch()
        let error = #expect(throws: InputError.self) {
            try Workspace.importFiles(ImportRequest(files: [s.write("x.csv", "colour,size\nred,2\n")], term: "t"), into: s.workspace)
        }
        #expect(error?.description.hasPrefix(s.folder.appendingPathComponent("x.csv").path + ":1:1: error: cannot tell") == true)
    }

    @Test func notAWorkspaceFile() throws {
        let s = Scratch()
        let path = s.write("junk.sqlite", String(repeating: "not sqlite ", count: 100))
        #expect(throws: WorkspaceError.self) { try Workspace.open(at: path) }
        #expect(throws: WorkspaceError.notFound(path: "/nonexistent/x.sqlite")) { try Workspace.open(at: "/nonexistent/x.sqlite") }
    }

    /// A check (or import) that brings its own roster takes the snapshot without the stored
    /// rosters: the plan, the summary and every message are those made against the whole
    /// snapshot.
    @Test func filesWithARosterPlanAlikeWithoutTheStoredRosters() throws {
        let s = Scratch()
        _ = try importSample(s)
        var request = ImportRequest(
            files: [
                s.write("roster2.csv", Self.roster + "S4,Di Roy,di@x.org,Arts,\n"), s.write("ties.csv", Self.ties),
                s.write("ties2.csv", "source,target,relation,weight\nS4,Ann Lee,trust,5\n"),
            ], term: "2025-fall")
        request.checkOnly = true
        request.dryRun = true
        let input = ImportInput(reading: request)
        #expect(input.bringsRoster)
        let whole = try Workspace.importSnapshot(at: s.workspace, rosterOf: "2025-fall")
        let lean = try Workspace.importSnapshot(at: s.workspace, rosterOf: "2025-fall", rosters: false)
        #expect(whole.people.count == 3 && whole.members["2025-fall"]?.count == 3)
        #expect(lean.people.isEmpty && lean.members.isEmpty && lean.rosterTerm == nil)
        #expect(lean.revision == whole.revision && lean.terms == whole.terms && lean.imports == whole.imports)

        let before = try request.plan(input, against: whole)
        let after = try request.plan(input, against: lean)
        #expect(after.summary.diagnostics.contains { $0.message.hasPrefix("this file was already imported into 2025-fall") })
        #expect(after.plan == before.plan)
        #expect(after.summary.diagnostics == before.summary.diagnostics)
        #expect(after.summary.files == before.summary.files)
        #expect(after.summary.terms == before.summary.terms)
        #expect(after.summary.tiesByRelation == [.advice: 2, .trust: 2, .sharing: 1])
        #expect(after.summary.tiesByRelation == before.summary.tiesByRelation)
        #expect(after.summary.quality.map { $0.report.lines(people: $0.people) } == before.summary.quality.map { $0.report.lines(people: $0.people) })
        // The check as the command runs it: the same summary.
        let checked = try Workspace.importFiles(request, into: s.workspace)
        #expect(checked.diagnostics == before.summary.diagnostics && checked.tiesByRelation == before.summary.tiesByRelation)
    }

    /// Someone on the stored roster but not on the roster the files bring is not on the
    /// term's roster: a tie to them is refused, with the same errors whether or not the stored
    /// rosters were read.
    @Test func tieToSomeoneOnlyOnTheStoredRosterIsRefusedAsBefore() throws {
        let s = Scratch()
        _ = try importSample(s)
        var request = ImportRequest(
            files: [s.write("roster2.csv", "id,name\nS1,Ann Lee\nS2,Bo Diaz\n"), s.write("ties2.csv", "source,target,relation\nS2,S1,advice\nS3,S1,advice\nBo Diaz,Cy Ng,trust\n")],
            term: "2025-fall")
        request.checkOnly = true
        let input = ImportInput(reading: request)
        let refusal = { (snapshot: ImportSnapshot) in
            #expect(throws: InputError.self) { try request.plan(input, against: snapshot) }?.diagnostics
        }
        let before = refusal(try Workspace.importSnapshot(at: s.workspace, rosterOf: "2025-fall"))
        let after = refusal(try Workspace.importSnapshot(at: s.workspace, rosterOf: "2025-fall", rosters: false))
        #expect(before != nil && after == before)
        #expect(after?.filter { $0.severity == .error }.map(\.line) == [3, 4])
        #expect(after?.first { $0.line == 3 }?.message.hasPrefix("\"S3\" is not on the roster") == true)
        let checked = #expect(throws: InputError.self) { try Workspace.importFiles(request, into: s.workspace) }
        #expect(checked?.diagnostics == before)
    }

    /// Without a roster file the stored roster is still read: names are matched against it, and
    /// a tie to someone not on it is refused.
    @Test func checkWithoutARosterFileReadsTheStoredRoster() throws {
        let s = Scratch()
        _ = try importSample(s)
        var request = ImportRequest(files: [s.write("more.csv", "source,target\nCy Ng,Bo Diaz\nann@x.org,Cy Ng\n")], term: "2025-fall", relation: .trust)
        request.checkOnly = true
        #expect(!ImportInput(reading: request).bringsRoster)
        let summary = try Workspace.importFiles(request, into: s.workspace)
        #expect(summary.tiesByRelation == [.trust: 2])
        #expect(summary.quality.first?.report.people == 3)

        request.files = [s.write("stranger.csv", "source,target\nCy Ng,Di Roy\n")]
        let error = #expect(throws: InputError.self) { try Workspace.importFiles(request, into: s.workspace) }
        #expect(error?.diagnostics.first?.message.hasPrefix("\"Di Roy\" is not on the roster") == true)
    }
}
