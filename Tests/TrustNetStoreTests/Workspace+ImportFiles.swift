import TrustNet
import TrustNetIO
import TrustNetStore

extension Workspace {
    /// The CLI's import from end to end (Sources/trustnet/Workspace+ImportFiles.swift): the
    /// files read, the workspace's snapshot (without its rosters when the files bring one),
    /// the files planned against it, the plan written.
    static func importFiles(_ request: ImportRequest, into path: String) throws -> ImportSummary {
        let input = ImportInput(reading: request)
        let snapshot = try Workspace.importSnapshot(at: path, rosterOf: request.term, rosters: !input.bringsRoster)
        let prepared = try request.plan(input, against: snapshot)
        if !request.dryRun && !request.checkOnly { try Workspace.write(prepared.plan, to: path) }
        return prepared.summary
    }
}
