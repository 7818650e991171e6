import GRDB
import GRDBSQLite
import TrustNet

/// The prepared statement an import writes its ties with, bound straight through SQLite's C
/// interface: half a million ties are half a million executions, and GRDB's arguments (an
/// array of boxed values per row) cost as much as SQLite's insert itself.
///
/// The only file of the workspace that calls SQLite's C functions.
struct TieInsertion {
    private let statement: Statement
    private let termID: Int64

    init(_ db: Database, termID: Int64) throws {
        statement = try db.makeStatement(
            sql: """
                INSERT INTO tie (term_id, source, target, relation, weight, import_id) VALUES (?,?,?,?,?,?)
                ON CONFLICT (term_id, source, target, relation) DO UPDATE SET weight = max(weight, excluded.weight)
                """)
        self.termID = termID
    }

    /// Inserts `tie` from the import `importID` (a tie already there keeps the larger weight).
    func insert(_ tie: ImportPlan.TieWrite, importID: Int64) throws {
        try insert(source: tie.source, target: tie.target, relation: tie.relation, weight: tie.weight, importID: importID)
    }

    /// Inserts the tie from `source` to `target` (ids) from the import `importID`.
    func insert(source: String, target: String, relation: Relation, weight: Double, importID: Int64) throws {
        let s = statement.sqliteStatement
        sqlite3_reset(s)
        sqlite3_bind_int64(s, 1, termID)
        try bind(source, at: 2)
        try bind(target, at: 3)
        try bind(relation.name, at: 4)
        sqlite3_bind_double(s, 5, weight)
        sqlite3_bind_int64(s, 6, importID)
        let code = sqlite3_step(s)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(s))), sql: statement.sql)
        }
    }

    private func bind(_ text: String, at index: Int32) throws {
        var text = text
        // SQLITE_TRANSIENT: SQLite copies the bytes before the buffer goes away.
        let code = text.withUTF8 { bytes in
            sqlite3_bind_text(statement.sqliteStatement, index, UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self), Int32(bytes.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot bind a tie's text", sql: statement.sql) }
    }
}
