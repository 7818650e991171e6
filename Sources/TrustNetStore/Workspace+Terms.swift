import Foundation
import GRDB

extension Workspace {
    /// Renames a term. Its people, ties, respondents, imports and coalition stay with it; person
    /// ids do not change. One transaction: on any error nothing changes.
    ///
    /// - Throws: ``WorkspaceError/unknownTerm(_:known:)`` when there is no term `name`,
    ///   ``WorkspaceError/invalidTermName(_:)`` when `newName` is empty, and
    ///   ``WorkspaceError/duplicateTerm(_:)`` when another term already has that name.
    public func renameTerm(_ name: String, to newName: String) throws {
        let trimmed = newName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !trimmed.contains(where: \.isNewline) else { throw WorkspaceError.invalidTermName(newName) }
        try database.write { db in
            let known = try String.fetchAll(db, sql: "SELECT name FROM term ORDER BY position, name")
            guard known.contains(name) else { throw WorkspaceError.unknownTerm(name, known: known) }
            guard trimmed != name else { return }
            guard !known.contains(trimmed) else { throw WorkspaceError.duplicateTerm(trimmed) }
            try db.execute(sql: "UPDATE term SET name = ? WHERE name = ?", arguments: [trimmed, name])
        }
    }

    /// Deletes a term with everything that belongs to it: its roster memberships, ties,
    /// respondents, import log and coalition record. People stay in the workspace (their ids
    /// are stable: they may be on other terms' rosters, or come back); the other terms keep
    /// their order. One transaction: on any error nothing changes.
    ///
    /// - Returns: the term's counts as they were, to tell the user what went.
    /// - Throws: ``WorkspaceError/unknownTerm(_:known:)`` when there is no term `name`.
    @discardableResult
    public func deleteTerm(_ name: String) throws -> TermSummary {
        guard let summary = try terms().first(where: { $0.term.name == name }) else {
            throw WorkspaceError.unknownTerm(name, known: try terms().map(\.term.name))
        }
        try database.write { db in
            // Rows cascade from the term (membership, tie, import, respondent, coalition_member).
            try db.execute(sql: "DELETE FROM term WHERE name = ?", arguments: [name])
            guard db.changesCount == 1 else {
                throw WorkspaceError.unknownTerm(name, known: try String.fetchAll(db, sql: "SELECT name FROM term ORDER BY position, name"))
            }
        }
        return summary
    }

    /// Puts the terms in the order given: every term of the workspace, each once. Growth and
    /// every "latest term" default follow this order. One transaction.
    ///
    /// - Throws: ``WorkspaceError/unknownTerm(_:known:)`` for a name the workspace does not
    ///   have, ``WorkspaceError/termOrderIncomplete(missing:repeated:)`` when a term is left out
    ///   or named twice.
    public func reorderTerms(_ names: [String]) throws {
        try database.write { db in
            let known = try String.fetchAll(db, sql: "SELECT name FROM term ORDER BY position, name")
            if let unknown = names.first(where: { !known.contains($0) }) { throw WorkspaceError.unknownTerm(unknown, known: known) }
            var seen = Set<String>()
            let repeated = names.filter { !seen.insert($0).inserted }
            let missing = known.filter { !names.contains($0) }
            guard missing.isEmpty && repeated.isEmpty else {
                throw WorkspaceError.termOrderIncomplete(missing: missing, repeated: Array(Set(repeated)).sorted())
            }
            for (position, name) in names.enumerated() {
                try db.execute(sql: "UPDATE term SET position = ? WHERE name = ?", arguments: [position, name])
            }
        }
    }

    /// Orders the terms by their first day (terms without dates keep their place after the
    /// dated ones, in their current order), and returns the new order.
    @discardableResult
    public func orderTermsByDate() throws -> [String] {
        let current = try terms()
        let dated = current.filter { $0.term.starts != nil }.sorted { ($0.term.starts!, $0.term.order) < ($1.term.starts!, $1.term.order) }
        let order = (dated + current.filter { $0.term.starts == nil }).map(\.term.name)
        try reorderTerms(order)
        return order
    }
}
