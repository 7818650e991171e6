import Foundation
import GRDB
import Testing
import TrustNet
import TrustNetIO
@testable import TrustNetStore

/// The graph cache (migration v6): written at import for a term whose ties all come from it,
/// dropped by triggers whenever its rows change (`import --replace`, `terms delete`, a survey
/// closed, any tie or roster row), rebuilt on the next load, and always equal to the network
/// and graphs built from the rows.
@Suite struct GraphCacheTests {
    /// Ids whose byte order differs from roster order, case and accents included, so the order
    /// the import computes for the rows is tested against SQLite's own.
    static func ids(_ count: Int) -> [String] {
        (0..<count).map { i in ["S\(i)", "s\(i * 7 % 13)x\(i)", "É\(i)", "a\(count - i)", "Zoë-\(i)", "10\(i)"][i % 6] }
    }

    static func roster(_ ids: [String]) -> String {
        "id,name,school\n" + ids.enumerated().map { "\($1),Person \($0),School \($0 % 4)" }.joined(separator: "\n") + "\n"
    }

    /// A tie list of `count` random ties among `ids` over three relations, seeded.
    static func ties(_ ids: [String], count: Int, seed: UInt64, relations: [String] = ["advice", "trust", "sharing"]) -> String {
        var random = SeededGenerator(seed: seed)
        var lines = ["source,target,relation,weight"]
        var seen = Set<String>()
        while lines.count <= count {
            let s = ids.randomElement(using: &random)!, t = ids.randomElement(using: &random)!
            let r = relations.randomElement(using: &random)!
            guard s != t, seen.insert("\(s)|\(t)|\(r)").inserted else { continue }
            lines.append("\(s),\(t),\(r),\(Int.random(in: 1...5, using: &random))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func importFiles(_ s: Scratch, _ files: [String], term: String, replace: Bool = false) throws {
        var request = ImportRequest(files: files, term: term)
        request.replace = replace
        _ = try Workspace.importFiles(request, into: s.workspace)
    }

    /// Whether the next load of `term` reads the cache (not the rows).
    func loadsFromCache(_ ws: Workspace, _ term: String) throws -> Bool {
        try ws.database.read { db in try !Workspace.loadNetwork(db, term: term, unitColumn: nil).fromRows }
    }

    /// The network as loaded (from the cache when there is one) equals the one built from the
    /// rows: people, ties in order, each relation's graph and every relation's.
    func expectSameAsRows(_ ws: Workspace, _ term: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let loaded = try ws.network(term: term)
        let rows = try ws.networkFromRows(term: term)
        #expect(loaded.people == rows.people, sourceLocation: sourceLocation)
        #expect(loaded.ties == rows.ties, "ties differ: \(loaded.ties.count) loaded, \(rows.ties.count) from rows", sourceLocation: sourceLocation)
        for relation in rows.relations {
            #expect(loaded.graph(relations: [relation]) == rows.graph(relations: [relation]), "\(relation)", sourceLocation: sourceLocation)
        }
        #expect(loaded.graph() == rows.graph(), sourceLocation: sourceLocation)
        #expect(loaded.graph(relations: Set(rows.relations.prefix(2))) == rows.graph(relations: Set(rows.relations.prefix(2))), sourceLocation: sourceLocation)
        // After a load the cache is there, and the next load reads it and gives the same.
        #expect(try ws.hasGraphCache(term: term), sourceLocation: sourceLocation)
        #expect(try loadsFromCache(ws, term), sourceLocation: sourceLocation)
        let again = try ws.network(term: term)
        #expect(again.ties == rows.ties && again.graph() == rows.graph(), sourceLocation: sourceLocation)
    }

    @Test func anImportWritesTheCacheEqualToTheRows() throws {
        let s = Scratch()
        let ids = Self.ids(90)
        // Two files of the same term: a tie in both keeps the larger weight in the rows.
        let first = Self.ties(ids, count: 600, seed: 1)
        let second = Self.ties(ids, count: 300, seed: 2)
        try importFiles(s, [s.write("roster.csv", Self.roster(ids)), s.write("a.csv", first), s.write("b.csv", second)], term: "t")
        let ws = try Workspace.open(at: s.workspace)
        #expect(try ws.hasGraphCache(term: "t"), "written by the import itself")
        #expect(try loadsFromCache(ws, "t"))
        try expectSameAsRows(ws, "t")
        #expect(try ws.network(term: "t").ties.count > 600)
    }

    /// A first import writes its ties into the new file without foreign-key lookups and with
    /// the tie trigger set aside: the file must end with every reference whole, the trigger as
    /// the schema makes it, foreign keys enforced again, and the trigger working.
    @Test func aNewWorkspaceEndsWithItsGuardsInPlace() throws {
        let s = Scratch()
        let ids = Self.ids(50)
        var request = ImportRequest(files: [s.write("roster.csv", Self.roster(ids)), s.write("a.csv", Self.ties(ids + ["Newcomer"], count: 200, seed: 11))], term: "t")
        request.policy = MatchPolicy(addUnknown: true)
        _ = try Workspace.importFiles(request, into: s.workspace)
        let ws = try Workspace.open(at: s.workspace)
        let fresh = try Workspace()
        let triggerSQL = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        let made = try ws.database.read { try Row.fetchAll($0, sql: triggerSQL).map { "\($0[0] as String): \($0[1] as String)" } }
        let schema = try fresh.database.read { try Row.fetchAll($0, sql: triggerSQL).map { "\($0[0] as String): \($0[1] as String)" } }
        #expect(made == schema)
        #expect(made.contains { $0.hasPrefix(Workspace.tieInsertTrigger + ":") })
        #expect(try ws.database.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check") }.isEmpty)
        #expect(try ws.database.read { try Int.fetchOne($0, sql: "PRAGMA foreign_keys") } == 1)
        #expect(try ws.database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM membership WHERE person_id = 'Newcomer'") } == 1)
        // The trigger drops the cache when a tie is inserted, as in any workspace.
        #expect(try ws.hasGraphCache(term: "t"))
        try ws.database.write { db in
            try db.execute(
                sql: "INSERT INTO tie (term_id, source, target, relation, weight, import_id) SELECT term_id, ?, ?, 'mentoring', 1, MAX(id) FROM import",
                arguments: [ids[0], ids[1]])
        }
        #expect(try !ws.hasGraphCache(term: "t"))
        try expectSameAsRows(ws, "t")
        // And a tie to nobody on file is refused again.
        #expect(throws: DatabaseError.self) {
            try ws.database.write { db in
                try db.execute(sql: "INSERT INTO tie (term_id, source, target, relation, weight, import_id) SELECT term_id, 'nobody', ?, 'trust', 1, MAX(id) FROM import", arguments: [ids[1]])
            }
        }
    }

    @Test func aCorruptCacheIsReadFromTheRows() throws {
        let s = Scratch()
        let ids = Self.ids(30)
        try importFiles(s, [s.write("roster.csv", Self.roster(ids)), s.write("a.csv", Self.ties(ids, count: 100, seed: 3))], term: "t")
        let ws = try Workspace.open(at: s.workspace)
        try ws.database.write { try $0.execute(sql: "UPDATE graph_cache SET data = substr(data, 1, length(data) - 3) WHERE kind = 'ties'") }
        #expect(try !loadsFromCache(ws, "t"))
        try expectSameAsRows(ws, "t")
    }

    @Test func replaceAndAnotherFileDropTheCacheAndTheLoadRebuildsIt() throws {
        let s = Scratch()
        let ids = Self.ids(60)
        let roster = s.write("roster.csv", Self.roster(ids))
        let a = s.write("a.csv", Self.ties(ids, count: 200, seed: 4))
        let b = s.write("b.csv", Self.ties(ids, count: 150, seed: 5))
        try importFiles(s, [roster, a], term: "t")
        let ws = try Workspace.open(at: s.workspace)
        try expectSameAsRows(ws, "t")
        // A second file into a term with ties: the triggers drop the cache; the load rebuilds it.
        try importFiles(s, [b], term: "t")
        #expect(try !ws.hasGraphCache(term: "t"))
        try expectSameAsRows(ws, "t")
        #expect(try ws.networkFromRows(term: "t").ties.count > 200)
        // --replace of the first file: its ties go, b's stay.
        try importFiles(s, [a], term: "t", replace: true)
        #expect(try !ws.hasGraphCache(term: "t"))
        try expectSameAsRows(ws, "t")
        // --replace of both with the roster: every tie is the plan's again, so the import writes the cache.
        try importFiles(s, [roster, a, b], term: "t", replace: true)
        #expect(try ws.hasGraphCache(term: "t"))
        try expectSameAsRows(ws, "t")
    }

    @Test func deletingATermTakesItsCacheAndLeavesTheOthers() throws {
        let s = Scratch()
        let ids = Self.ids(40)
        let roster = s.write("roster.csv", Self.roster(ids))
        try importFiles(s, [roster, s.write("a.csv", Self.ties(ids, count: 120, seed: 6))], term: "t1")
        try importFiles(s, [roster, s.write("b.csv", Self.ties(ids, count: 120, seed: 7))], term: "t2")
        let ws = try Workspace.open(at: s.workspace)
        try expectSameAsRows(ws, "t1")
        try expectSameAsRows(ws, "t2")
        _ = try ws.deleteTerm("t1")
        #expect(try ws.database.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM graph_cache WHERE term_id NOT IN (SELECT id FROM term)") } == 0)
        #expect(try ws.hasGraphCache(term: "t2"))
        try expectSameAsRows(ws, "t2")
        // A new term of the same name reads its own ties, never the deleted one's.
        try importFiles(s, [roster, s.write("c.csv", Self.ties(ids, count: 50, seed: 8))], term: "t1")
        try expectSameAsRows(ws, "t1")
        #expect(try ws.network(term: "t1").ties.count == 50)
    }

    @Test func aSurveyCloseWritesTheCacheAndAClosedAgainRebuildsIt() throws {
        let s = Scratch()
        let ids = ["S1", "S2", "S3", "S4"]
        try importFiles(s, [s.write("roster.csv", Self.roster(ids))], term: "t")
        let ws = try Workspace.open(at: s.workspace)
        try ws.createSurvey(term: "t", design: SurveyDesign(title: "T", intro: "I", questions: [.init(relation: .advice), .init(relation: .trust)], frequency: true))
        let links = try ws.issueSurveyLinks(term: "t")
        let day = CalendarDay(year: 2026, month: 10, day: 1)
        #expect(try ws.saveSurveyResponse(token: links[0].token.value, answers: [.advice: [.init(id: "S2", weight: 4), .init(id: "S3")]], submitted: true, today: day) == nil)
        #expect(try ws.saveSurveyResponse(token: links[1].token.value, answers: [.trust: [.init(id: "S1", weight: 5)]], submitted: true, today: day) == nil)
        try expectSameAsRows(ws, "t")  // no ties yet
        func close() throws {
            _ = try ws.closeSurvey(term: "t") { answers, snapshot in
                let p = answers.plan(against: snapshot)
                return (p.plan, p.summary)
            }
        }
        try close()
        #expect(try ws.hasGraphCache(term: "t"), "the close wrote every tie of the term")
        try expectSameAsRows(ws, "t")
        #expect(try ws.network(term: "t").ties.count == 3)
        try ws.reopenSurvey(term: "t")
        #expect(try ws.saveSurveyResponse(token: links[0].token.value, answers: [.advice: [.init(id: "S4", weight: 2)]], submitted: true, today: day) == nil)
        try close()
        try expectSameAsRows(ws, "t")
        let after = try ws.network(term: "t")
        #expect(Set(after.ties.map { "\(after.people[$0.source].id)>\(after.people[$0.target].id) \($0.relation.name) \($0.weight)" }) == ["S1>S4 advice 2.0", "S2>S1 trust 5.0"])
    }

    @Test func anyChangeToTheRowsDropsTheCache() throws {
        let s = Scratch()
        let ids = Self.ids(30)
        try importFiles(s, [s.write("roster.csv", Self.roster(ids)), s.write("a.csv", Self.ties(ids, count: 80, seed: 9))], term: "t")
        let ws = try Workspace.open(at: s.workspace)
        let changes = [
            "UPDATE tie SET weight = 7 WHERE source = (SELECT MIN(source) FROM tie)",
            "DELETE FROM tie WHERE target = (SELECT MAX(target) FROM tie)",
            "INSERT OR IGNORE INTO tie (term_id, source, target, relation, weight, import_id) SELECT term_id, target, source, 'advice', 2, import_id FROM tie LIMIT 5",
            "UPDATE membership SET roster_order = -roster_order",
            "DELETE FROM membership WHERE roster_order = (SELECT MIN(roster_order) FROM membership)",
        ]
        for sql in changes {
            try expectSameAsRows(ws, "t")
            #expect(try ws.hasGraphCache(term: "t"))
            // Another connection, as another program would change the file.
            let other = try DatabaseQueue(path: s.workspace)
            try other.write { try $0.execute(sql: sql) }
            try other.close()
            #expect(try !ws.hasGraphCache(term: "t"), "\(sql)")
            try expectSameAsRows(ws, "t")
        }
    }

    @Test func aVersion5WorkspaceIsUpgraded() throws {
        let s = Scratch()
        // A workspace as TrustNet wrote it before the graph cache: migrations v1–v5 only.
        let old = try DatabaseQueue(path: s.workspace)
        try Workspace.migrator.migrate(old, upTo: "v5: survey")
        try old.write { db in
            try db.execute(sql: "PRAGMA application_id = \(Workspace.applicationID)")
            try db.execute(sql: "PRAGMA user_version = 5")
            try db.execute(sql: "INSERT INTO term (id, name, position) VALUES (1, 'old', 0)")
            for (i, id) in ["b", "a", "C"].enumerated() {
                try db.execute(sql: "INSERT INTO person (id, name) VALUES (?, ?)", arguments: [id, "P \(id)"])
                try db.execute(sql: "INSERT INTO membership (term_id, person_id, roster_order, attributes) VALUES (1, ?, ?, '{}')", arguments: [id, i])
            }
            try db.execute(sql: "INSERT INTO import (id, term_id, file_name, sha256, kind, rows, people, ties, imported_at) VALUES (1, 1, 'x.csv', 'ab', 'ties', 3, 0, 3, '2026-01-01')")
            for (s, t, r, w) in [("a", "b", "advice", 2.0), ("b", "a", "trust", 1.0), ("C", "a", "advice", 3.0), ("a", "b", "trust", 4.0)] {
                try db.execute(sql: "INSERT INTO tie VALUES (1, ?, ?, ?, ?, 1)", arguments: [s, t, r, w])
            }
        }
        #expect(try old.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE name = 'graph_cache'") }.isEmpty)
        try old.close()

        let ws = try Workspace.open(at: s.workspace)
        #expect(try ws.database.read { try Int.fetchOne($0, sql: "PRAGMA user_version") } == 6)
        let triggers = try ws.database.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name") }
        #expect(triggers.filter { $0.hasPrefix("graph_cache_") }.count == 9)
        #expect(try !ws.hasGraphCache(term: "old"))
        try expectSameAsRows(ws, "old")
        let network = try ws.network(term: "old")
        #expect(network.people.map(\.id) == ["b", "a", "C"])
        #expect(network.graph().weight(from: 1, to: 0) == 6 && network.graph(relations: [.trust]).weight(from: 0, to: 1) == 1)
    }
}
