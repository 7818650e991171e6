import Foundation
import GRDB
import Synchronization
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
        try checkPlainPath(path)
        guard FileManager.default.fileExists(atPath: path) else { throw WorkspaceError.notFound(path: path) }
        return try Workspace(path: path)
    }

    /// TrustNet's SQLite `application_id` ("TrNt"), set in every workspace it creates or
    /// migrates, so another application's database is never taken for one.
    static let applicationID: Int32 = 0x5472_4E74

    /// The schema version this TrustNet writes (`user_version`): the number of migrations.
    static var schemaVersion: Int { migrator.migrations.count }

    /// What the workspace layer remembers for the whole process, behind one lock: workspaces are
    /// opened from many threads at once (the server's requests, the tests running in parallel),
    /// and an unguarded `String` written from two threads is freed twice.
    private struct ProcessState {
        var waitingNotice: (@Sendable (String) -> Void)?
        var lastPath: String?
        var busyWait: Double = 60
        var noticeShown = false
    }

    private static let process = Mutex(ProcessState())

    /// Called once when the workspace is busy (another trustnet writing it) and this one waits;
    /// the command line prints it.
    public static var waitingNotice: (@Sendable (String) -> Void)? {
        get { process.withLock { $0.waitingNotice } }
        set { process.withLock { $0.waitingNotice = newValue } }
    }

    /// The workspace opened last, for ``explain(_:)``.
    static var lastPath: String? {
        get { process.withLock { $0.lastPath } }
        set { process.withLock { $0.lastPath = newValue } }
    }

    /// A database error from anywhere in a command, as a sentence about the workspace opened
    /// last; `nil` for any other error.
    public static func explain(_ error: any Error) -> WorkspaceError? {
        guard let error = error as? DatabaseError else { return nil }
        return explain(error, path: lastPath ?? defaultPath)
    }

    /// How long a command waits for another trustnet to finish with the workspace.
    public static var busyWait: Double {
        get { process.withLock { $0.busyWait } }
        set { process.withLock { $0.busyWait = newValue } }
    }

    /// Opens the workspace at `path`, creating it when missing.
    ///
    /// An existing file must be a TrustNet workspace (its `application_id`, or, for one written
    /// before TrustNet set it, its tables and migrations) of a schema this TrustNet knows;
    /// anything else is refused with ``WorkspaceError/notAWorkspace(path:reason:)`` or
    /// ``WorkspaceError/newerWorkspace(path:version:supported:)`` and left untouched.
    public init(path: String) throws {
        try Workspace.checkPlainPath(path)
        self.path = path
        Workspace.lastPath = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.label = "TrustNet workspace"
        configuration.busyMode = .callback(Workspace.busyCallback(path: path))
        // SQLite takes a file shorter than its header for an empty database and writes over it.
        if let header = Workspace.firstBytes(of: path, count: 16), !header.isEmpty, header != Array("SQLite format 3\0".utf8) {
            throw WorkspaceError.notAWorkspace(path: path, reason: "the file is not an SQLite database")
        }
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            try Workspace.recognize(database, path: path)
            try Workspace.migrate(database)
        } catch let error as DatabaseError {
            throw Workspace.explain(error, path: path)
        }
    }

    /// A workspace in memory, for dry runs and tests.
    public init() throws {
        path = ":memory:"
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        database = try DatabaseQueue(configuration: configuration)
        try Workspace.migrate(database)
    }

    /// Up to `count` bytes from the start of the file at `path`; `nil` when there is none.
    static func firstBytes(of path: String, count: Int) -> [UInt8]? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: count)).map { [UInt8]($0 ?? Data()) }
    }

    /// Only plain file paths: SQLite would read `file:…?mode=memory` as a URI and import into nothing.
    static func checkPlainPath(_ path: String) throws {
        if path.isEmpty || path == ":memory:" || path.lowercased().hasPrefix("file:") || path.contains("\0") {
            throw WorkspaceError.notAPlainPath(path: path)
        }
    }

    /// Waits while another connection holds the workspace, saying so once, up to ``busyWait`` seconds.
    static func busyCallback(path: String) -> Database.BusyCallback {
        // `tries` counts the retries of one wait, 20 ms apart: the limit holds for each wait,
        // however long the command ran before it.
        let limit = Int(busyWait * 50)
        return { tries in
            if tries == 0, let notice = firstWaitingNotice() {
                notice("waiting for another trustnet to finish with \(path)…")
            }
            guard tries < limit else { return false }
            usleep(20_000)
            return true
        }
    }

    /// The waiting notice the first time this process waits, `nil` after (once is enough).
    static func firstWaitingNotice() -> (@Sendable (String) -> Void)? {
        process.withLock { state in
            guard !state.noticeShown else { return nil }
            state.noticeShown = true
            return state.waitingNotice
        }
    }

    /// Refuses a file that is not a TrustNet workspace, or one from a newer TrustNet, reading
    /// only (so another application's database is left as it was).
    static func recognize(_ database: DatabaseQueue, path: String) throws {
        try database.read { db in
            let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            if application == 0 {
                // A new (empty) file, or a workspace from before TrustNet set its application id.
                guard tables.isEmpty || Set(tables).isSuperset(of: ["grdb_migrations", "term", "person", "tie"]) else {
                    throw WorkspaceError.notAWorkspace(
                        path: path, reason: "it is another application's SQLite database (tables: \(tables.prefix(5).joined(separator: ", "))\(tables.count > 5 ? ", …" : ""))")
                }
            } else if application != applicationID {
                throw WorkspaceError.notAWorkspace(path: path, reason: "it is another application's SQLite database (application id \(application))")
            }
            let known = Set(migrator.migrations)
            let applied = tables.contains("grdb_migrations") ? Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")) : []
            if version > schemaVersion || !applied.isSubset(of: known) {
                throw WorkspaceError.newerWorkspace(path: path, version: max(version, applied.count), supported: schemaVersion)
            }
        }
    }

    /// Brings the schema up to date and marks the file as TrustNet's, writing only when needed
    /// (a read-only workspace of the current schema opens without a write).
    static func migrate(_ database: DatabaseQueue) throws {
        let current = try database.read { db in
            try migrator.hasCompletedMigrations(db) && Int32.fetchOne(db, sql: "PRAGMA application_id") == applicationID
                && Int.fetchOne(db, sql: "PRAGMA user_version") == schemaVersion
        }
        guard !current else { return }
        try migrator.migrate(database)
        try database.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: "PRAGMA user_version = \(schemaVersion)")
        }
    }

    /// A database error at `path` as a sentence a leader can act on.
    public static func explain(_ error: DatabaseError, path: String) -> WorkspaceError {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        let parent = (path as NSString).deletingLastPathComponent
        var parentIsFolder: ObjCBool = false
        let parentExists = parent.isEmpty || FileManager.default.fileExists(atPath: parent, isDirectory: &parentIsFolder)
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return .notAWorkspace(path: path, reason: "the file is not an SQLite database")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .busy(path: path)
        case .SQLITE_READONLY:
            return .cannotWrite(path: path, reason: "the file (or its folder) cannot be written: check its permissions, or copy it somewhere you can write")
        case .SQLITE_FULL:
            return .cannotWrite(path: path, reason: "the disk is full: free some space and run the command again")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_IOERR, .SQLITE_AUTH:
            if exists && isFolder.boolValue {
                return .cannotWrite(path: path, reason: "it is a folder: name a file, such as \((path as NSString).appendingPathComponent("trustnet.sqlite"))")
            }
            if !parent.isEmpty && parentExists && !parentIsFolder.boolValue {
                return .cannotWrite(path: path, reason: "\(parent) is a file, not a folder")
            }
            if !parentExists { return .cannotWrite(path: path, reason: "the folder \(parent) does not exist") }
            return .cannotWrite(path: path, reason: "it cannot be opened (\(error.message ?? "\(error.resultCode)")): check that you may read and write it and its folder")
        default:
            let said = (error.message ?? "\(error.resultCode)").split(whereSeparator: \.isNewline).joined(separator: " ")
            return .cannotWrite(path: path, reason: "SQLite said: \(said)")
        }
    }

    /// Creates the workspace file at `path` whole or not at all: `body` fills a new file beside
    /// it, which then takes the name only if nobody else created a workspace there meanwhile.
    ///
    /// - Returns: what `body` returned, or `nil` when another process created the workspace
    ///   first (this one's file is removed; nothing of the other's is touched).
    /// - Throws: what `body` throws, after removing the new file.
    static func createNew<T>(at path: String, _ body: (Workspace) throws -> T) throws -> T? {
        try checkPlainPath(path)
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var template = Array((folder + "/.\(url.lastPathComponent).XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw cannotCreate(path: path, folder: folder)
        }
        close(descriptor)
        let temporary = String(cString: template)
        defer {
            unlink(temporary)
            unlink(temporary + "-journal")
        }
        let result: T
        do {
            let workspace = try Workspace(path: temporary)
            // Nobody else sees this file before it is whole: no rollback journal and no syncs
            // while it is written (a failure removes the file), one fsync before it takes the
            // name.
            try workspace.database.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF")
                try db.execute(sql: "PRAGMA synchronous = OFF")
            }
            result = try body(workspace)
            try workspace.database.close()
            let descriptor = Glibc.open(temporary, O_RDWR | O_CLOEXEC)
            guard descriptor >= 0, fsync(descriptor) == 0 else {
                if descriptor >= 0 { close(descriptor) }
                throw WorkspaceError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
            }
            close(descriptor)
        }
        // link(2) fails when the name exists: a workspace another process made is never replaced.
        if link(temporary, path) == 0 { return result }
        if errno == EEXIST { return nil }
        // A file system without hard links: rename, after one last look.
        if FileManager.default.fileExists(atPath: path) { return nil }
        guard rename(temporary, path) == 0 else {
            throw WorkspaceError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        return result
    }

    static func cannotCreate(path: String, folder: String) -> WorkspaceError {
        let code = errno
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            return .cannotWrite(path: path, reason: "the folder \(folder) does not exist")
        }
        if !isFolder.boolValue { return .cannotWrite(path: path, reason: "\(folder) is a file, not a folder") }
        if code == ENOSPC { return .cannotWrite(path: path, reason: "the disk is full: free some space and run the command again") }
        return .cannotWrite(path: path, reason: "a file cannot be created in \(folder) (\(String(cString: strerror(code))))")
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
        migrator.registerMigration("v5: survey") { db in
            // A term's own survey (trustnet survey create), its personal links (only their
            // SHA-256 is kept) and each respondent's last saved answers (JSON, one row each).
            try db.execute(
                sql: """
                    CREATE TABLE survey (
                        term_id INTEGER PRIMARY KEY REFERENCES term(id) ON DELETE CASCADE,
                        design TEXT NOT NULL,          -- JSON SurveyDesign
                        state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
                        created_at TEXT NOT NULL,
                        closed_at TEXT
                    );
                    CREATE TABLE survey_link (
                        token_sha256 TEXT PRIMARY KEY, -- hex SHA-256 of the link's token
                        term_id INTEGER NOT NULL REFERENCES survey(term_id) ON DELETE CASCADE,
                        person_id TEXT NOT NULL REFERENCES person(id),
                        issued_at TEXT NOT NULL
                    ) WITHOUT ROWID;
                    CREATE INDEX survey_link_by_person ON survey_link(term_id, person_id);
                    CREATE TABLE survey_answer (
                        term_id INTEGER NOT NULL REFERENCES survey(term_id) ON DELETE CASCADE,
                        person_id TEXT NOT NULL REFERENCES person(id),
                        answers TEXT NOT NULL,         -- JSON {relation: [{id, weight, dimensions}]}
                        submitted INTEGER NOT NULL,
                        saved_at TEXT NOT NULL,
                        PRIMARY KEY (term_id, person_id)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v6: graph cache") { db in
            // Each term's ties and graphs in binary, beside the rows they derive from (see
            // Workspace+GraphCache.swift); triggers drop them when those rows change.
            try Workspace.createGraphCache(db)
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
        let known = try database.read { db in try Workspace.termNames(db) }
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
        // A cursor's rows are views on the statement: no row is copied (50,000 rows fetched as
        // an array cost a third of loading a state for a measure).
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT p.id, p.name, p.email, m.title, m.attributes FROM membership m JOIN person p ON p.id = m.person_id
                WHERE m.term_id = ? ORDER BY m.roster_order
                """, arguments: [termRow["id"] as Int64])
        var people: [Person] = []
        while let row = try rows.next() {
            let text: String = row[4]
            let attributes = FlatJSONObject.decode(text) ?? decodeJSON([String: String].self, text) ?? [:]
            people.append(Person(id: row[0], name: row[1], email: row[2], unit: unit.flatMap { attributes[$0] }, title: row[3], attributes: attributes))
        }
        return (people, unit)
    }

    /// The network of one term: its roster and its ties of every relation.
    ///
    /// Read from the term's graph cache when it has one (see `Workspace+GraphCache.swift`),
    /// else from the rows, whose graphs are then kept for the next load (unless the workspace
    /// changed meanwhile, or cannot be written).
    ///
    /// - Parameters:
    ///   - term: the term's name; the latest term when `nil`.
    ///   - unitColumn: the roster column to use as unit; the one found at import when `nil`.
    public func network(term: String? = nil, unitColumn: String? = nil) throws -> Network {
        let name = try resolveTerm(term)
        let (loaded, stamp) = try database.read { db in
            (try Workspace.loadNetwork(db, term: name, unitColumn: unitColumn), try Workspace.changeStamp(db))
        }
        guard loaded.fromRows else { return loaded.network }
        let kept: Network? = try? database.write { db in
            guard try Workspace.changeStamp(db) == stamp else { return nil }
            return loaded.network.keeping(try Workspace.writeGraphCache(db, termID: loaded.termID, network: loaded.network))
        }
        return kept ?? loaded.network
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
