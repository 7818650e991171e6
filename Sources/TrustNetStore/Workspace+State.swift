import GRDB

extension Workspace {
    /// A value that changes whenever the workspace's data may have changed: SQLite's
    /// `data_version` (it moves when another connection — the command line beside the server —
    /// commits) and `total_changes()` (rows this connection has written: imports and coalitions
    /// recorded through this ``Workspace``). Answers computed from the workspace can be kept
    /// while it stays the same.
    ///
    /// - Complexity: two pragma reads, O(1).
    public func stateStamp() throws -> String {
        try database.read { db in
            let version = try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
            let changes = try Int.fetchOne(db, sql: "SELECT total_changes()") ?? 0
            return "\(version).\(changes)"
        }
    }
}
