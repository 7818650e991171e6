import Foundation
import GRDB

extension Workspace {
    /// Records the coalition enlisted in `term` (person ids, in order), replacing what was
    /// recorded for that term. One transaction: on any error nothing changes.
    ///
    /// - Throws: ``WorkspaceError/unknownTerm(_:known:)``; the ids must be on the term's roster
    ///   (the caller resolves names first).
    public func recordCoalition(term: String, personIDs: [String]) throws {
        let name = try resolveTerm(term)
        let now = ISO8601DateFormatter().string(from: Date())
        try database.write { db in
            let termID = try Int64.fetchOne(db, sql: "SELECT id FROM term WHERE name = ?", arguments: [name])!
            try db.execute(sql: "DELETE FROM coalition_member WHERE term_id = ?", arguments: [termID])
            for (position, id) in personIDs.enumerated() {
                try db.execute(
                    sql: "INSERT INTO coalition_member (term_id, person_id, position, recorded_at) VALUES (?, ?, ?, ?)",
                    arguments: [termID, id, position, now])
            }
        }
    }

    /// The coalition recorded for `term` (the latest term when `nil`), as person ids in the
    /// order recorded; empty when none was recorded.
    public func coalition(term: String?) throws -> [String] {
        let name = try resolveTerm(term)
        return try database.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT c.person_id FROM coalition_member c JOIN term t ON t.id = c.term_id
                    WHERE t.name = ? ORDER BY c.position
                    """, arguments: [name])
        }
    }

    /// The most recent coalition recorded in `term` or an earlier one, with the term it was
    /// recorded in; `nil` when none was.
    public func latestCoalition(upTo term: String?) throws -> (term: String, personIDs: [String])? {
        let name = try resolveTerm(term)
        let order = try terms().map(\.term.name)
        for candidate in order.prefix(through: order.firstIndex(of: name)!).reversed() {
            let ids = try coalition(term: candidate)
            if !ids.isEmpty { return (candidate, ids) }
        }
        return nil
    }
}
