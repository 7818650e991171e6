import Foundation
import GRDB
import TrustNet

extension Workspace {
    /// What the workspace file at `path` holds, as an import needs to know it (see
    /// ``ImportSnapshot``); an empty snapshot when there is no file yet, which is not created.
    ///
    /// - Parameters:
    ///   - term: the term whose roster names are matched against when the import brings no
    ///     roster; the latest term when `nil`.
    ///   - rosters: whether to read the terms' rosters (``ImportSnapshot/members``,
    ///     ``ImportSnapshot/rosterTerm`` and its ``ImportSnapshot/people``). An import that
    ///     brings its own roster (``ImportInput/bringsRoster``) matches and checks its ties
    ///     against that roster alone: it makes the same plan without them, and a state's
    ///     50,000 members need not be read twice over (a sixth of checking its files).
    public static func importSnapshot(at path: String, rosterOf term: String?, rosters: Bool = true) throws -> ImportSnapshot {
        guard FileManager.default.fileExists(atPath: path) else { return .empty }
        return try Workspace.open(at: path).importSnapshot(rosterOf: term, rosters: rosters)
    }

    /// What this workspace holds, as an import needs to know it (see ``ImportSnapshot``);
    /// without the terms' rosters unless `rosters` (see
    /// ``importSnapshot(at:rosterOf:rosters:)``).
    public func importSnapshot(rosterOf term: String?, rosters: Bool = true) throws -> ImportSnapshot {
        try database.read { db in try Workspace.importSnapshot(db, rosterOf: term, rosters: rosters) }
    }

    static func importSnapshot(_ db: Database, rosterOf term: String?, rosters: Bool = true) throws -> ImportSnapshot {
        do {
            let terms = try Row.fetchAll(db, sql: "SELECT name, position, starts, ends FROM term ORDER BY position, name").map { row in
                Term(
                    name: row["name"], order: row["position"], starts: (row["starts"] as String?).flatMap(CalendarDay.init),
                    ends: (row["ends"] as String?).flatMap(CalendarDay.init))
            }
            let imports = try Row.fetchAll(
                db,
                sql: "SELECT t.name, i.file_name, i.sha256, i.kind, i.imported_at FROM import i JOIN term t ON t.id = i.term_id ORDER BY i.id"
            ).map { row in
                ImportSnapshot.ImportedFile(term: row[0], fileName: row[1], sha256: row[2], kind: row[3], importedAt: row[4])
            }
            let revision = try Workspace.importRevision(db)
            guard rosters else { return ImportSnapshot(revision: revision, terms: terms, imports: imports) }
            var members: [String: Set<String>] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT t.name, m.person_id FROM membership m JOIN term t ON t.id = m.term_id")
            while let row = try rows.next() { members[row[0] as String, default: []].insert(row[1]) }
            let rosterTerm = term ?? terms.last?.name
            let people = try rosterTerm.map { try Workspace.people(db, term: $0, unitColumn: nil).people } ?? []
            return ImportSnapshot(revision: revision, terms: terms, members: members, rosterTerm: rosterTerm, people: people, imports: imports)
        }
    }

    /// Writes `plan` into the workspace file at `path`, creating it when missing. A new
    /// workspace appears whole or not at all (``createNew(at:_:)``), so a failed first import
    /// leaves no file behind and never removes one another process wrote; when another import
    /// created the workspace meanwhile, the plan (made against none) is stale:
    /// ``WorkspaceError/changedDuringImport(path:)``.
    public static func write(_ plan: ImportPlan, to path: String) throws {
        if FileManager.default.fileExists(atPath: path) { return try Workspace(path: path).write(plan) }
        guard try Workspace.createNew(at: path, { try $0.write(plan, intoNewFile: true) }) != nil else {
            throw WorkspaceError.changedDuringImport(path: path)
        }
    }

    /// Writes a finished import plan in one transaction: all of it, or nothing.
    ///
    /// The plan was checked when it was made; the workspace writes it as it is. It is refused
    /// (``WorkspaceError/changedDuringImport(path:)``) when the workspace changed since the
    /// snapshot it was made against — another import in between, a term renamed or deleted.
    public func write(_ plan: ImportPlan) throws { try write(plan, intoNewFile: false) }

    /// ``write(_:)``; `intoNewFile` when the workspace is the file ``createNew(at:_:)`` is making,
    /// which nobody else sees and which holds no rows yet.
    ///
    /// Into a new file the ties are written without SQLite's per-row guards, which can find
    /// nothing there: foreign keys are not looked up (every tie of a plan is between people it
    /// puts on the term's roster — ``ImportRequest/plan(against:)`` refused any other — in a
    /// term and an import written just before; and there is nothing to cascade to), and the
    /// trigger that drops a term's graph cache when a tie is inserted is dropped while the ties
    /// go in and made again, as it was, before the commit (there is no cache yet). Each was a
    /// lookup per tie: together a third of a state's import.
    func write(_ plan: ImportPlan, intoNewFile: Bool) throws {
        // A page cache that holds a state's ties (SQLite's default is 2 MB): the tie table's
        // B-tree is then written out once at commit, not page by page as it grows.
        try database.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA cache_size = -262144")
            if intoNewFile { try db.execute(sql: "PRAGMA foreign_keys = OFF") }
        }
        defer {
            if intoNewFile { try? database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA foreign_keys = ON") } }
        }
        try database.inTransaction(.immediate) { db in
            try Workspace.write(plan, db, path: path, intoNewFile: intoNewFile)
            return .commit
        }
    }

    /// The trigger that drops a term's graph cache when one of its ties is inserted.
    static let tieInsertTrigger = "graph_cache_tie_insert"

    /// Writes `plan` inside the caller's transaction (an import's own, or `survey close`'s).
    static func write(_ plan: ImportPlan, _ db: Database, path: String, intoNewFile: Bool = false) throws {
        let now = ISO8601DateFormatter().string(from: Date())
        do {
            guard try Workspace.importRevision(db) == plan.revision else { throw WorkspaceError.changedDuringImport(path: path) }
            // A new file has no graph cache for the trigger to drop: it is made again, from the
            // schema's own text, once the ties are in (see ``write(_:intoNewFile:)``).
            let trigger =
                intoNewFile
                ? try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", arguments: [tieInsertTrigger]) : nil
            if trigger != nil { try db.execute(sql: "DROP TRIGGER \(tieInsertTrigger)") }
            for term in plan.terms {
                let termID = try Workspace.upsertTerm(db, name: term.name, starts: term.starts, ends: term.ends)
                for sha256 in term.replacing {
                    try db.execute(sql: "DELETE FROM import WHERE term_id = ? AND sha256 = ?", arguments: [termID, sha256])
                }
                // A new roster for a term that holds ties or answers must still list their people.
                let rosterReplaced = try term.roster != nil && Workspace.holdsTiesOrAnswers(db, termID: termID)
                if let roster = term.roster { try Workspace.writeRoster(db, roster: roster, termID: termID) }
                try Workspace.addMembers(db, term.addedPeople, termID: termID)
                let tie = try TieInsertion(db, termID: termID)
                let respondent = try db.makeStatement(sql: "INSERT OR IGNORE INTO respondent (term_id, person_id) VALUES (?, ?)")
                // A term whose ties all come from this plan gets its graph cache made from the
                // plan (its rows' order computed in memory); any other is left to be rebuilt
                // from its rows when next loaded.
                let hadTies = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM tie WHERE term_id = ?)", arguments: [termID]) ?? true
                var members: [String] = []
                var order: TieRowOrder?
                if !hadTies {
                    members = try String.fetchAll(db, sql: "SELECT person_id FROM membership WHERE term_id = ? ORDER BY roster_order", arguments: [termID])
                    var relations = Set<Relation>()
                    for file in term.files {
                        var last: Relation?  // a run of one relation inserted once, not hashed for each tie
                        for t in file.ties where t.relation != last {
                            relations.insert(t.relation)
                            last = t.relation
                        }
                    }
                    order = TieRowOrder(members: members, relations: relations)
                }
                var placedFiles: [[TieRowOrder.Placed]] = []
                for file in term.files {
                    try db.execute(
                        sql: "INSERT INTO import (term_id, file_name, sha256, kind, rows, people, ties, imported_at) VALUES (?,?,?,?,?,?,?,?)",
                        arguments: [termID, file.name, file.sha256, file.kind, file.rows, file.people, file.ties.count, now])
                    let importID = db.lastInsertedRowID
                    let placed = order?.placed(file.ties)
                    if let placed { placedFiles.append(placed) } else { order = nil }
                    // In row order when known: the table's B-tree then fills front to back. The
                    // placed ties carry their people and relation (the roster's ids are few and
                    // near in memory; the file's ties in row order would be read all over it).
                    if let placed, let order {
                        for p in placed {
                            try tie.insert(
                                source: members[Int(p.source)], target: members[Int(p.target)], relation: order.relations[Int(p.relation)], weight: p.weight,
                                importID: importID)
                        }
                    } else {
                        for t in file.ties { try tie.insert(t, importID: importID) }
                    }
                    for id in file.respondents ?? [] { try respondent.execute(arguments: [termID, id]) }
                }
                if let order {
                    try Workspace.writeGraphCache(db, termID: termID, ties: order.rows(placedFiles), people: members.count)
                }
                if rosterReplaced { try Workspace.refuseUnlisted(db, termID: termID, term: term.name) }
            }
            if let trigger { try db.execute(sql: trigger) }
        }
    }

    /// What an import plan depends on, as one string: the terms (names, order, dates), the
    /// import log and the rosters' sizes. Empty for an empty workspace, as
    /// ``ImportSnapshot/empty`` is.
    static func importRevision(_ db: Database) throws -> String {
        let terms = try Row.fetchAll(db, sql: "SELECT id, name, position, starts, ends FROM term ORDER BY id").map { row in
            "\(row["id"] as Int64):\(row["name"] as String):\(row["position"] as Int):\(row["starts"] as String? ?? ""):\(row["ends"] as String? ?? "")"
        }
        let imports = try Row.fetchOne(db, sql: "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM import")!
        let members = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM membership") ?? 0
        if terms.isEmpty && imports[0] as Int == 0 { return "" }
        return "terms \(terms.joined(separator: "|")); imports \(imports[0] as Int)/\(imports[1] as Int64); members \(members)"
    }

    private static func upsertTerm(_ db: Database, name: String, starts: CalendarDay?, ends: CalendarDay?) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM term WHERE name = ?", arguments: [name]) {
            if let starts { try db.execute(sql: "UPDATE term SET starts = ? WHERE id = ?", arguments: [starts.description, id]) }
            if let ends { try db.execute(sql: "UPDATE term SET ends = ? WHERE id = ?", arguments: [ends.description, id]) }
            return id
        }
        let position = (try Int.fetchOne(db, sql: "SELECT MAX(position) FROM term") ?? -1) + 1
        try db.execute(
            sql: "INSERT INTO term (name, position, starts, ends) VALUES (?,?,?,?)",
            arguments: [name, position, starts?.description, ends?.description])
        return db.lastInsertedRowID
    }

    /// Whether the term has ties or answers already (before this import writes its own).
    private static func holdsTiesOrAnswers(_ db: Database, termID: Int64) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM tie WHERE term_id = ?1) OR EXISTS (SELECT 1 FROM respondent WHERE term_id = ?1)", arguments: [termID]) ?? false
    }

    /// Refuses a roster that leaves out people the term's ties or answers are about (a smaller
    /// roster imported into a term that already holds a whole network): the term would count
    /// ties and respondents that its roster no longer has.
    private static func refuseUnlisted(_ db: Database, termID: Int64, term: String) throws {
        let unlisted = """
            SELECT person FROM (
                SELECT source AS person FROM tie WHERE term_id = ?1 UNION SELECT target FROM tie WHERE term_id = ?1
                UNION SELECT person_id FROM respondent WHERE term_id = ?1)
            WHERE person NOT IN (SELECT person_id FROM membership WHERE term_id = ?1)
            """
        let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(unlisted))", arguments: [termID]) ?? 0
        guard count > 0 else { return }
        let ids = try String.fetchAll(db, sql: "\(unlisted) ORDER BY person LIMIT 5", arguments: [termID])
        throw WorkspaceError.rosterLeavesOut(term: term, ids: ids, count: count)
    }

    /// Puts people added by `--add-unknown` on the term's roster (and in the person table).
    private static func addMembers(_ db: Database, _ people: [Person], termID: Int64) throws {
        guard !people.isEmpty else { return }
        var order = (try Int.fetchOne(db, sql: "SELECT MAX(roster_order) FROM membership WHERE term_id = ?", arguments: [termID]) ?? -1) + 1
        for p in people {
            try db.execute(sql: "INSERT OR IGNORE INTO person (id, name) VALUES (?, ?)", arguments: [p.id, p.name])
            try db.execute(
                sql: "INSERT OR IGNORE INTO membership (term_id, person_id, roster_order, attributes) VALUES (?,?,?,'{}')",
                arguments: [termID, p.id, order])
            order += 1
        }
    }

    private static func writeRoster(_ db: Database, roster: ImportPlan.RosterWrite, termID: Int64) throws {
        try db.execute(
            sql: "UPDATE term SET attribute_columns = ?, unit_column = ? WHERE id = ?",
            arguments: [encodeJSON(roster.attributeColumns), roster.unitColumn, termID])
        try db.execute(sql: "DELETE FROM membership WHERE term_id = ?", arguments: [termID])
        let person = try db.makeStatement(
            sql: "INSERT INTO person (id, name, email) VALUES (?,?,?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email")
        let member = try db.makeStatement(
            sql: "INSERT INTO membership (term_id, person_id, roster_order, title, attributes) VALUES (?,?,?,?,?)")
        for (order, p) in roster.people.enumerated() {
            try person.execute(arguments: [p.id, p.name, p.email])
            try member.execute(arguments: [termID, p.id, order, p.title, FlatJSONObject.encode(p.attributes) ?? encodeJSON(p.attributes)])
        }
    }
}
