import GRDB

extension Workspace {
    /// The ids of the people recorded as having answered the term's survey (the latest term
    /// when `nil`); empty when only tie lists without respondents, matrices of nobody or logs
    /// were imported.
    public func respondentIDs(term: String? = nil) throws -> Set<String> {
        let name = try resolveTerm(term)
        return try database.read { db in
            Set(
                try String.fetchAll(
                    db, sql: "SELECT r.person_id FROM respondent r JOIN term t ON t.id = r.term_id WHERE t.name = ?", arguments: [name]))
        }
    }
}
