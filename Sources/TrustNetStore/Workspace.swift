import Foundation
import GRDB
import TrustNet

/// The workspace: one SQLite file holding the terms, the people, their roster attributes per
/// term, the ties of every relation per term, and a log of every import.
///
/// The workspace stores what was read, never computed results: measures are recomputed from it.
/// Every import is written in one transaction (see ``Workspace/write(_:)``).
public final class Workspace: Sendable {
    /// The file, as given.
    public let path: String
    let database: DatabaseQueue

    /// The workspace file used when none is named: `trustnet.sqlite` in the current folder, or
    /// `$TRUSTNET_WORKSPACE`.
    public static var defaultPath: String {
        ProcessInfo.processInfo.environment["TRUSTNET_WORKSPACE"].flatMap { $0.isEmpty ? nil : $0 } ?? "trustnet.sqlite"
    }

    /// Opens an existing workspace; throws ``WorkspaceError/notFound(path:)`` when there is none.
    public static func open(at path: String) throws -> Workspace {
        guard FileManager.default.fileExists(atPath: path) else { throw WorkspaceError.notFound(path: path) }
        return try Workspace(path: path)
    }

    /// Opens the workspace at `path`, creating it when missing.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.label = "TrustNet workspace"
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            try Workspace.migrator.migrate(database)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw WorkspaceError.notAWorkspace(path: path, reason: "the file is not an SQLite database")
        }
    }

    /// A workspace in memory, for dry runs and tests.
    public init() throws {
        path = ":memory:"
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        database = try DatabaseQueue(configuration: configuration)
        try Workspace.migrator.migrate(database)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE term (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE,
                        position INTEGER NOT NULL,
                        starts TEXT,
                        ends TEXT,
                        attribute_columns TEXT NOT NULL DEFAULT '[]', -- JSON array, roster column order
                        unit_column TEXT                              -- the roster's unit column, if any
                    );
                    CREATE TABLE person (
                        id TEXT PRIMARY KEY,      -- staff id or e-mail: stable across terms
                        name TEXT NOT NULL,
                        email TEXT
                    );
                    CREATE TABLE membership (     -- a person on a term's roster
                        term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,
                        person_id TEXT NOT NULL REFERENCES person(id),
                        roster_order INTEGER NOT NULL,
                        title TEXT,
                        attributes TEXT NOT NULL, -- JSON object, column -> value
                        PRIMARY KEY (term_id, person_id)
                    );
                    CREATE TABLE import (
                        id INTEGER PRIMARY KEY,
                        term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,
                        file_name TEXT NOT NULL,
                        sha256 TEXT NOT NULL,
                        kind TEXT NOT NULL,       -- roster | ties
                        rows INTEGER NOT NULL,
                        people INTEGER NOT NULL,
                        ties INTEGER NOT NULL,
                        imported_at TEXT NOT NULL
                    );
                    CREATE INDEX import_by_digest ON import(term_id, sha256);
                    CREATE TABLE tie (
                        term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,
                        source TEXT NOT NULL REFERENCES person(id),
                        target TEXT NOT NULL REFERENCES person(id),
                        relation TEXT NOT NULL,
                        weight REAL NOT NULL CHECK (weight > 0),
                        import_id INTEGER NOT NULL REFERENCES import(id) ON DELETE CASCADE,
                        PRIMARY KEY (term_id, source, target, relation)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v2: respondents") { db in
            // Who answered each term's survey: non-respondents stay distinct from people
            // who answered and named nobody.
            try db.execute(
                sql: """
                    CREATE TABLE respondent (
                        term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,
                        person_id TEXT NOT NULL REFERENCES person(id),
                        PRIMARY KEY (term_id, person_id)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v3: coalition") { db in
            // The coalition a leader actually enlisted, per term, in the order recorded.
            try db.execute(
                sql: """
                    CREATE TABLE coalition_member (
                        term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,
                        person_id TEXT NOT NULL REFERENCES person(id),
                        position INTEGER NOT NULL,
                        recorded_at TEXT NOT NULL,
                        PRIMARY KEY (term_id, person_id)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v4: secrets") { db in
            // The pseudonym key (--anonymize): random, created on first use, never exported.
            try db.execute(sql: "CREATE TABLE secret (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;")
        }
        return migrator
    }
}

// MARK: - Reading

/// A term as the workspace lists it, with counts.
public struct TermSummary: Sendable, Hashable {
    public var term: Term
    public var people: Int
    /// People recorded as having answered the term's survey (0 when only tie lists or logs
    /// were imported… a tie list counts everyone who named someone).
    public var respondents: Int
    public var ties: Int
    public var relations: [Relation]
    public var unitColumn: String?
}

extension Workspace {
    /// The terms in order, with how many people and ties each has.
    public func terms() throws -> [TermSummary] {
        try database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT t.id, t.name, t.position, t.starts, t.ends, t.unit_column,
                        (SELECT COUNT(*) FROM membership m WHERE m.term_id = t.id) AS people,
                        (SELECT COUNT(*) FROM respondent r WHERE r.term_id = t.id) AS respondents,
                        (SELECT COUNT(*) FROM tie x WHERE x.term_id = t.id) AS ties,
                        (SELECT group_concat(DISTINCT relation) FROM tie x WHERE x.term_id = t.id) AS relations
                    FROM term t ORDER BY t.position, t.name
                    """)
            return rows.map { row in
                let relations = (row["relations"] as String?)?.split(separator: ",").compactMap { Relation(String($0)) }.sorted() ?? []
                return TermSummary(
                    term: Term(
                        name: row["name"], order: row["position"], starts: (row["starts"] as String?).flatMap(CalendarDay.init),
                        ends: (row["ends"] as String?).flatMap(CalendarDay.init)),
                    people: row["people"], respondents: row["respondents"], ties: row["ties"], relations: relations, unitColumn: row["unit_column"])
            }
        }
    }

    /// The name of `term`, or of the latest term when `nil`; throws when there is no such term.
    public func resolveTerm(_ term: String?) throws -> String {
        let known = try terms().map(\.term.name)
        guard let last = known.last else { throw WorkspaceError.noTerms(path: path) }
        guard let term else { return last }
        guard known.contains(term) else { throw WorkspaceError.unknownTerm(term, known: known) }
        return term
    }

    /// The roster of a term, in roster order, with `unit` read from `unitColumn` (the term's
    /// own unit column when `nil`). Empty when the term does not exist.
    public func people(term: String, unitColumn: String? = nil) throws -> [Person] {
        try database.read { db in try Workspace.people(db, term: term, unitColumn: unitColumn).people }
    }

    static func people(_ db: Database, term: String, unitColumn: String?) throws -> (people: [Person], unitColumn: String?) {
        guard let termRow = try Row.fetchOne(db, sql: "SELECT id, attribute_columns, unit_column FROM term WHERE name = ?", arguments: [term])
        else { return ([], nil) }
        let columns = decodeJSON([String].self, termRow["attribute_columns"]) ?? []
        var unit: String? = termRow["unit_column"]
        if let unitColumn {
            guard let match = columns.first(where: { $0.lowercased() == unitColumn.lowercased() }) else {
                throw WorkspaceError.unknownUnitColumn(unitColumn, term: term, columns: columns)
            }
            unit = match
        }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT p.id, p.name, p.email, m.title, m.attributes FROM membership m JOIN person p ON p.id = m.person_id
                WHERE m.term_id = ? ORDER BY m.roster_order
                """, arguments: [termRow["id"] as Int64])
        let people = rows.map { row in
            let attributes = decodeJSON([String: String].self, row["attributes"]) ?? [:]
            return Person(
                id: row["id"], name: row["name"], email: row["email"], unit: unit.flatMap { attributes[$0] }, title: row["title"],
                attributes: attributes)
        }
        return (people, unit)
    }

    /// The network of one term: its roster and its ties of every relation.
    ///
    /// - Parameters:
    ///   - term: the term's name; the latest term when `nil`.
    ///   - unitColumn: the roster column to use as unit; the one found at import when `nil`.
    public func network(term: String? = nil, unitColumn: String? = nil) throws -> Network {
        let name = try resolveTerm(term)
        let summary = try terms().first { $0.term.name == name }!
        return try database.read { db in
            let (people, unit) = try Workspace.people(db, term: name, unitColumn: unitColumn)
            var index: [String: Int] = [:]
            for (i, p) in people.enumerated() { index[p.id] = i }
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT x.source, x.target, x.relation, x.weight FROM tie x JOIN term t ON t.id = x.term_id
                    WHERE t.name = ? ORDER BY x.source, x.target, x.relation
                    """, arguments: [name])
            var ties: [Tie] = []
            while let row = try rows.next() {
                // Ties to people no longer on the term's roster (a roster replaced later) are left out.
                guard let s = index[row["source"] as String], let t = index[row["target"] as String],
                    let relation = Relation(row["relation"] as String)
                else { continue }
                ties.append(Tie(source: s, target: t, relation: relation, weight: row["weight"]))
            }
            return Network(term: summary.term, people: people, ties: ties, unitName: unit ?? "unit")
        }
    }
}

func decodeJSON<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
    guard let text else { return nil }
    return try? JSONDecoder().decode(type, from: Data(text.utf8))
}

func encodeJSON<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try! encoder.encode(value), as: UTF8.self)
}
