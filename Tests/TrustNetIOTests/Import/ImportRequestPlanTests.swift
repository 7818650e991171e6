import Foundation
import Testing
import TrustNet
@testable import TrustNetIO

/// Files in a temporary folder, removed at the end of each test.
final class ImportFolder {
    let folder: URL

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("trustnet-io-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func write(_ name: String, _ text: String) -> String {
        let path = folder.appendingPathComponent(name).path
        try! Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}

/// Planning an import against a snapshot of the workspace, without any workspace: the plan is
/// plain data (people by id, ties, fingerprints), every check made before anything is written.
@Suite struct ImportRequestPlanTests {
    static let roster = "id,name,department,title\nS1,Ann Lee,Maths,Head of Maths\nS2,Bo Diaz,Maths,\nS3,Cy Ng,Science,Teacher\n"
    static let ties = "source,target,relation,weight\nS2,S1,advice,3\nCy Ng,S1,advice,1\nS1,S3,trust,2\n"
    static let tiesSHA256 = "e47ac25ad5922ae460d5932157ebd95300243c30044c822ae933c147a2dddf2a"

    /// A workspace that holds the term `year-1` (once imported as 2025-fall) with the same ties.
    static func renamedWorkspace() -> ImportSnapshot {
        ImportSnapshot(
            revision: "r1", terms: [Term(name: "year-1", order: 0)], members: ["year-1": ["S1", "S2", "S3"]], rosterTerm: "2025-fall",
            people: [],
            imports: [
                .init(term: "year-1", fileName: "roster.csv", sha256: "…", kind: "roster", importedAt: "2026-09-01T10:00:00Z"),
                .init(term: "year-1", fileName: "ties.csv", sha256: tiesSHA256, kind: "ties", importedAt: "2026-09-01T10:00:00Z"),
            ])
    }

    @Test func planHoldsPeopleTiesAndFingerprintsByID() throws {
        let f = ImportFolder()
        let request = ImportRequest(files: [f.write("roster.csv", Self.roster), f.write("ties.csv", Self.ties)], term: "2025-fall")
        let prepared = try request.plan(against: .empty)
        #expect(prepared.plan.revision == "")
        let term = try #require(prepared.plan.terms.first)
        #expect(prepared.plan.terms.count == 1 && term.name == "2025-fall")
        #expect(term.roster?.people.map(\.id) == ["S1", "S2", "S3"])
        #expect(term.roster?.unitColumn == "department")
        #expect(term.files.map(\.kind) == ["roster", "ties"])
        #expect(term.files[1].sha256 == Self.tiesSHA256)
        #expect(term.files[0].people == 3 && term.files[1].people == 0)
        #expect(
            term.files[1].ties == [
                .init(source: "S2", target: "S1", relation: .advice, weight: 3), .init(source: "S3", target: "S1", relation: .advice, weight: 1),
                .init(source: "S1", target: "S3", relation: .trust, weight: 2),
            ])
        #expect(term.files[1].respondents == ["S1", "S2", "S3"])
        #expect(prepared.summary.tiesByRelation == [.advice: 2, .trust: 1])
    }

    /// Ties alone are matched against the snapshot's roster of the term, and checked against
    /// who is on it.
    @Test func tiesAloneUseTheStoredRoster() throws {
        let f = ImportFolder()
        let snapshot = ImportSnapshot(
            revision: "r7", terms: [Term(name: "t")], members: ["t": ["S1", "S2"]], rosterTerm: "t",
            people: [Person(id: "S1", name: "Ann Lee"), Person(id: "S2", name: "Bo Diaz")])
        let prepared = try ImportRequest(files: [f.write("more.csv", "source,target\nAnn Lee,Bo Diaz\n")], term: "t", relation: .trust)
            .plan(against: snapshot)
        #expect(prepared.plan.revision == "r7")
        #expect(prepared.plan.terms.first?.roster == nil)
        #expect(prepared.plan.terms.first?.files.first?.ties == [.init(source: "S1", target: "S2", relation: .trust, weight: 1)])

        // A term column naming a term whose stored roster lacks someone.
        var other = snapshot
        other.members["u"] = ["S1"]
        other.terms.append(Term(name: "u", order: 1))
        let error = #expect(throws: InputError.self) {
            try ImportRequest(files: [f.write("u.csv", "source,target,term\nAnn Lee,Bo Diaz,u\n")], term: "t", relation: .trust)
                .plan(against: other)
        }
        #expect(error?.description.contains("u.csv:2: error: S2 is not on the roster of u") == true, "\(error?.description ?? "")")
    }

    /// Real rosters, item 3: the same answers imported again after their term was renamed
    /// (2025-fall → year-1) are refused instead of making a second term; check notes it;
    /// --replace imports them as asked.
    @Test func fileAlreadyImportedUnderARenamedTermIsPointedOut() throws {
        let f = ImportFolder()
        let files = [f.write("roster.csv", Self.roster), f.write("ties.csv", Self.ties)]
        let error = #expect(throws: InputError.self) {
            try ImportRequest(files: files, term: "2025-fall").plan(against: Self.renamedWorkspace())
        }
        #expect(
            error?.description.contains(
                "ties.csv: error: this file was already imported as year-1 (as ties.csv on 2026-09-01T10:00:00Z); importing it into 2025-fall would make a second term of the same answers; use --replace to import it again"
            ) == true, "\(error?.description ?? "")")
        // The roster is not refused: one roster file may serve several terms.
        #expect(error?.diagnostics.count == 1)

        var check = ImportRequest(files: files, term: "2025-fall")
        check.checkOnly = true
        let checked = try check.plan(against: Self.renamedWorkspace())
        #expect(checked.summary.diagnostics.contains { $0.severity == .note && $0.message.contains("already imported as year-1") })

        var replace = ImportRequest(files: files, term: "2025-fall")
        replace.replace = true
        let replaced = try replace.plan(against: Self.renamedWorkspace())
        #expect(replaced.plan.terms.map(\.name) == ["2025-fall"])
        #expect(replaced.plan.terms[0].replacing.isEmpty)  // year-1 keeps its ties
    }

    /// The same file into the same term is refused, or with --replace planned as a
    /// replacement of what the earlier import brought.
    @Test func sameFileIntoTheSameTerm() throws {
        let f = ImportFolder()
        var snapshot = Self.renamedWorkspace()
        snapshot.terms = [Term(name: "year-1")]
        snapshot.rosterTerm = "year-1"
        let ties = f.write("ties.csv", Self.ties)
        let error = #expect(throws: InputError.self) {
            try ImportRequest(files: [f.write("roster.csv", Self.roster), ties], term: "year-1").plan(against: snapshot)
        }
        #expect(error?.description.contains("this file was already imported into year-1 (as ties.csv on 2026-09-01T10:00:00Z); use --replace") == true)
        var request = ImportRequest(files: [f.write("roster.csv", Self.roster), ties], term: "year-1")
        request.replace = true
        #expect(try request.plan(against: snapshot).plan.terms[0].replacing == [Self.tiesSHA256])
    }

    /// Aliases from --alias and --aliases FILE reach every reader; one no file used is noted
    /// where it was given (an alias used for a respondent's e-mail counts as used).
    @Test func aliasesFromOptionsAndFile() throws {
        let f = ImportFolder()
        let roster = f.write("roster.csv", "id,name,email\nS1,James Smith,jsmith@x.org\nS2,Ann Lee,alee@x.org\n")
        let form = f.write("form.csv", "Email Address,Your name,Whom do you go to for advice?\njim@gmail.com,,Annie\nalee@x.org,Ann,Jim\n")
        var request = ImportRequest(files: [roster, form], term: "t")
        request.policy.aliases = [NameAlias(parsing: "jim@gmail.com=S1")!, NameAlias(parsing: "Bobby=S2")!]
        request.aliasFiles = [f.write("aliases.csv", "alias,name\nAnnie,Ann Lee\nJim,James Smith\n")]
        let prepared = try request.plan(against: .empty)
        #expect(prepared.plan.terms[0].files[1].ties.map { "\($0.source)→\($0.target)" } == ["S1→S2", "S2→S1"])
        #expect(prepared.summary.diagnostics.filter { $0.message.contains("was not used") }.map(\.description) == [
            "--alias: note: the alias \"Bobby\" was not used: no file names Bobby"
        ])
    }
}
