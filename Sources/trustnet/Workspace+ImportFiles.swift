import TrustNet
import TrustNetIO
import TrustNetStore

extension Workspace {
    /// An import from end to end: the files read (TrustNetIO), what the workspace at `path`
    /// holds (nothing when there is no file; its rosters only when the files bring none), the
    /// files planned against it (TrustNetIO), and the plan written in one transaction
    /// (TrustNetStore) unless it is a dry run or a check.
    ///
    /// - Throws: ``InputError`` for bad input (nothing is written), ``WorkspaceError``.
    static func importFiles(_ request: ImportRequest, into path: String) throws -> ImportSummary {
        // The files first: when they bring a roster, the workspace's rosters are not read.
        let input = ImportInput(reading: request)
        // Another import that lands between reading and writing makes the plan stale (two
        // imports started together into a new workspace): plan again against what it wrote.
        for attempt in 1... {
            let snapshot = try Workspace.importSnapshot(at: path, rosterOf: request.term, rosters: !input.bringsRoster)
            let prepared = try request.plan(input, against: snapshot)
            if request.dryRun || request.checkOnly { return prepared.summary }
            do {
                try Workspace.write(prepared.plan, to: path)
                return prepared.summary
            } catch WorkspaceError.changedDuringImport where attempt < 3 {
                continue
            }
        }
        fatalError("unreachable")
    }
}
