import TrustNet
import TrustNetIO
import TrustNetStore

extension Workspace {
    /// The CLI's import from end to end (Sources/trustnet/Workspace+ImportFiles.swift): the
    /// workspace's snapshot, the files planned against it, the plan written.
    static func importFiles(_ request: ImportRequest, into path: String) throws -> ImportSummary {
        let snapshot = try Workspace.importSnapshot(at: path, rosterOf: request.term)
        let prepared = try request.plan(against: snapshot)
        if !request.dryRun && !request.checkOnly { try Workspace.write(prepared.plan, to: path) }
        return prepared.summary
    }
}
