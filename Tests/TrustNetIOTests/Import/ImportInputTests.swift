import Foundation
import Testing
import TrustNet
@testable import TrustNetIO

/// The files of an import read before the workspace is asked anything: whether they bring a
/// roster, and the errors met reading them, reported when the plan is made as they were when
/// reading and planning were one step.
@Suite struct ImportInputTests {
    static let roster = "id,name,department\nS1,Ann Lee,Maths\nS2,Bo Diaz,Maths\n"
    static let ties = "source,target,relation\nS2,S1,advice\n"

    @Test func aRosterAmongTheFilesOrNamedBringsIt() {
        let f = ImportFolder()
        let roster = f.write("roster.csv", Self.roster)
        let ties = f.write("ties.csv", Self.ties)
        #expect(ImportInput(reading: ImportRequest(files: [roster, ties], term: "t")).bringsRoster)
        #expect(ImportInput(reading: ImportRequest(files: [ties], roster: roster, term: "t")).bringsRoster)
        #expect(!ImportInput(reading: ImportRequest(files: [ties], term: "t")).bringsRoster)
        // --roster names a file that is not there: no roster is brought, and the plan says why.
        let missing = ImportInput(reading: ImportRequest(files: [ties], roster: f.folder.appendingPathComponent("gone.csv").path, term: "t"))
        #expect(!missing.bringsRoster)
        #expect(missing.diagnostics.map(\.message) == ["no such file"])
    }

    /// Reading errors are thrown by the plan, before anything is matched, whatever the snapshot.
    @Test func readingErrorsAreThrownWhenPlanning() {
        let f = ImportFolder()
        let request = ImportRequest(files: [f.write("ties.csv", Self.ties), f.folder.appendingPathComponent("gone.csv").path], term: "t")
        let snapshot = ImportSnapshot(revision: "r1", terms: [Term(name: "t")], members: ["t": ["S1", "S2"]], rosterTerm: "t", people: [])
        let error = #expect(throws: InputError.self) { try request.plan(ImportInput(reading: request), against: snapshot) }
        #expect(error?.diagnostics.map(\.message) == ["no such file"])
        #expect(error?.diagnostics.first?.file == f.folder.appendingPathComponent("gone.csv").path)
        let none = #expect(throws: InputError.self) { try ImportRequest(files: [], term: "t").plan(against: .empty) }
        #expect(none?.diagnostics.map(\.message) == ["name at least one file to import"])
    }
}
