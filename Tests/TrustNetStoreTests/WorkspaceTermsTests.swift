import Foundation
import GRDB
import Testing
import TrustNet
import TrustNetIO
@testable import TrustNetStore

/// Renaming and deleting terms: everything that belongs to a term follows it, people stay.
@Suite struct WorkspaceTermsTests {
    /// Two terms: 2025-fall {S1, S2, S3} with four ties, 2026-spring {S1, S4} with one; a
    /// coalition {S1} recorded in 2025-fall.
    func twoTerms(_ s: Scratch) throws -> Workspace {
        let roster = s.write("roster.csv", WorkspaceImportTests.roster)
        let ties = s.write("ties.csv", WorkspaceImportTests.ties)
        _ = try Workspace.importFiles(ImportRequest(files: [roster, ties], term: "2025-fall"), into: s.workspace)
        let roster2 = s.write("roster2.csv", "id,name,department\nS1,Ann Lee,Maths\nS4,Di Roy,Arts\n")
        let ties2 = s.write("ties2.csv", "source,target,relation\nS4,S1,advice\n")
        _ = try Workspace.importFiles(ImportRequest(files: [roster2, ties2], term: "2026-spring"), into: s.workspace)
        let ws = try Workspace.open(at: s.workspace)
        try ws.recordCoalition(term: "2025-fall", personIDs: ["S1"])
        return ws
    }

    @Test func renameKeepsEverythingOfTheTerm() throws {
        let s = Scratch()
        let ws = try twoTerms(s)
        try ws.renameTerm("2025-fall", to: "  autumn 2025 ")
        let terms = try ws.terms()
        #expect(terms.map(\.term.name) == ["autumn 2025", "2026-spring"])
        #expect(terms[0].people == 3 && terms[0].ties == 4 && terms[0].respondents == 3)
        let network = try ws.network(term: "autumn 2025")
        #expect(network.people.map(\.id) == ["S1", "S2", "S3"])
        #expect(network.ties.count == 4)
        #expect(try ws.coalition(term: "autumn 2025") == ["S1"])
        #expect(throws: WorkspaceError.unknownTerm("2025-fall", known: ["autumn 2025", "2026-spring"])) { try ws.network(term: "2025-fall") }
        // Renaming to its own name changes nothing.
        try ws.renameTerm("2026-spring", to: "2026-spring")
        #expect(try ws.terms().map(\.term.name) == ["autumn 2025", "2026-spring"])
    }

    @Test func renameRefusesUnknownDuplicateAndEmptyNames() throws {
        let s = Scratch()
        let ws = try twoTerms(s)
        #expect(throws: WorkspaceError.unknownTerm("2024-fall", known: ["2025-fall", "2026-spring"])) { try ws.renameTerm("2024-fall", to: "x") }
        #expect(throws: WorkspaceError.duplicateTerm("2026-spring")) { try ws.renameTerm("2025-fall", to: "2026-spring") }
        #expect(throws: WorkspaceError.invalidTermName(" ")) { try ws.renameTerm("2025-fall", to: " ") }
        #expect(WorkspaceError.duplicateTerm("2026-spring").description.contains("already has a term \"2026-spring\""))
        #expect(try ws.terms().map(\.term.name) == ["2025-fall", "2026-spring"])
    }

    @Test func deleteRemovesTheTermButNotThePeople() throws {
        let s = Scratch()
        let ws = try twoTerms(s)
        let peopleBefore = try ws.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person") }
        let deleted = try ws.deleteTerm("2025-fall")
        #expect(deleted.people == 3 && deleted.ties == 4)
        #expect(try ws.terms().map(\.term.name) == ["2026-spring"])
        // Nothing of the term is left behind.
        let leftovers = try ws.database.read { db in
            try ["membership", "tie", "import", "respondent", "coalition_member"].map { table in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table) t WHERE NOT EXISTS (SELECT 1 FROM term WHERE term.id = t.term_id)")!
            }
        }
        #expect(leftovers == [0, 0, 0, 0, 0])
        // People stay, with their ids: S1 is still on 2026-spring, and S2 could come back.
        #expect(try ws.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person") } == peopleBefore)
        #expect(try ws.network(term: "2026-spring").people.map(\.id) == ["S1", "S4"])
        #expect(try ws.network().ties.count == 1)
        #expect(throws: WorkspaceError.unknownTerm("2025-fall", known: ["2026-spring"])) { try ws.deleteTerm("2025-fall") }
        // A new term with the deleted one's name goes after the remaining terms.
        _ = try Workspace.importFiles(
            ImportRequest(files: [s.write("roster.csv", WorkspaceImportTests.roster)], term: "2025-fall"), into: s.workspace)
        #expect(try ws.terms().map(\.term.name) == ["2026-spring", "2025-fall"])
    }

    @Test func reorderByNameOrByDate() throws {
        let s = Scratch()
        // Imported out of order: the spring survey first.
        var spring = ImportRequest(files: [s.write("roster2.csv", "id,name\nS1,Ann Lee\nS4,Di Roy\n")], term: "2026-spring")
        spring.starts = CalendarDay("2026-02-01")
        _ = try Workspace.importFiles(spring, into: s.workspace)
        var fall = ImportRequest(files: [s.write("roster.csv", WorkspaceImportTests.roster)], term: "2025-fall")
        fall.starts = CalendarDay("2025-09-01")
        _ = try Workspace.importFiles(fall, into: s.workspace)
        _ = try Workspace.importFiles(ImportRequest(files: [s.write("roster3.csv", "id,name\nS1,Ann Lee\n")], term: "pilot"), into: s.workspace)
        let ws = try Workspace.open(at: s.workspace)
        #expect(try ws.terms().map(\.term.name) == ["2026-spring", "2025-fall", "pilot"])
        #expect(try ws.network().term.name == "pilot")

        #expect(try ws.orderTermsByDate() == ["2025-fall", "2026-spring", "pilot"])
        #expect(try ws.terms().map(\.term.name) == ["2025-fall", "2026-spring", "pilot"])

        try ws.reorderTerms(["pilot", "2025-fall", "2026-spring"])
        #expect(try ws.terms().map(\.term.name) == ["pilot", "2025-fall", "2026-spring"])
        #expect(try ws.network().term.name == "2026-spring")
        #expect(try ws.network().people.map(\.id) == ["S1", "S4"])

        #expect(throws: WorkspaceError.termOrderIncomplete(missing: ["pilot"], repeated: ["2025-fall"])) {
            try ws.reorderTerms(["2025-fall", "2025-fall", "2026-spring"])
        }
        #expect(throws: WorkspaceError.unknownTerm("2030", known: ["pilot", "2025-fall", "2026-spring"])) { try ws.reorderTerms(["2030"]) }
        #expect(try ws.terms().map(\.term.name) == ["pilot", "2025-fall", "2026-spring"])
    }
}
