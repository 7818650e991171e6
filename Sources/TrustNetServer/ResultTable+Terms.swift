import TrustNetIO
import TrustNetStore

extension ResultTable {
    /// The workspace's terms: `term,starts,ends,people,respondents,ties,relations,unit_column`
    /// (`trustnet terms`, and the web app's workspace page and `/api/terms`). Here rather than in
    /// the workspace, which imports no reader.
    public static func terms(_ summaries: [TermSummary]) -> ResultTable {
        var table = ResultTable(columns: ["term", "starts", "ends", "people", "respondents", "ties", "relations", "unit_column"])
        for t in summaries {
            table.append([
                .text(t.term.name), t.term.starts.map { .text($0.description) } ?? .empty, t.term.ends.map { .text($0.description) } ?? .empty,
                .integer(t.people), .integer(t.respondents), .integer(t.ties), .text(t.relations.map(\.name).joined(separator: " ")),
                t.unitColumn.map(ResultTable.Cell.text) ?? .empty,
            ])
        }
        return table
    }
}
