import Foundation
import TrustNet
import TrustNetIO

/// Files uploaded on the import page and the user's answers to the check so far, kept until the
/// import is confirmed or discarded. Nothing of it is in the workspace: confirming plans the
/// import again and writes that plan, all or nothing.
struct ImportDraft: Sendable {
    struct File: Sendable {
        /// The temporary copy the planner reads.
        var path: String
        /// The upload's own name, shown in the check and kept in the workspace's import log.
        var name: String
    }

    let id: String
    /// The draft's temporary folder (removed with the draft).
    let folder: URL
    var files: [File]
    var term: String
    /// "It is this roster person": the name as written, the person's id, and how the page
    /// names them ("Kofi Thompson (S0004)").
    var aliases: [(written: String, id: String, label: String)] = []
    /// "Add as new": names as written.
    var newPeople: [String] = []
    /// Questions read as relations (`--column "HEADER=relation"`).
    var columns: [(header: String, relation: Relation)] = []
    /// Relations read as others (`--map-relation FROM=TO`).
    var renamedRelations: [Relation: Relation] = [:]

    /// The import this draft stands for, as `trustnet import FILE… --term T` with the draft's
    /// answers as `--alias`, `--column` and `--map-relation`.
    var request: ImportRequest {
        var request = ImportRequest(files: files.map(\.path), term: term.isEmpty ? nil : term)
        request.fileNames = Dictionary(files.map { ($0.path, $0.name) }, uniquingKeysWith: { a, _ in a })
        request.columns = columns
        request.renamedRelations = renamedRelations
        request.policy = MatchPolicy(
            aliases: aliases.map { NameAlias(alias: $0.written, name: $0.id, file: "the import page") },
            newPeople: Set(newPeople.map(PersonMatcher.normalizedName)))
        return request
    }
}
