import Foundation
import Synchronization
import TrustNet
import TrustNetAnalysis
import TrustNetReport
import TrustNetStore

/// The workspace file the server serves, read the way the command line reads it.
///
/// The file need not exist yet: `trustnet serve` on a new path starts with no workspace, and
/// the import page's first confirmed import creates it whole (``Workspace/write(_:to:)``).
/// Until then ``store`` throws ``WorkspaceError/notFound(path:)`` and ``terms()`` is empty.
public struct ServedWorkspace: Sendable {
    /// The workspace file, as given.
    public let path: String
    /// The workspace once the file exists (opened on first use after it appears).
    private let opened: OpenedWorkspace
    /// Answers kept while the workspace stays the same.
    let cache = AnswerCache()

    /// An open workspace.
    public init(store: Workspace) {
        path = store.path
        opened = OpenedWorkspace(store)
    }

    /// The workspace at `path`, opened now when the file exists (so a file that is not a
    /// workspace is refused at once), else when an import creates it. Creates nothing.
    public init(path: String) throws {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw WorkspaceError.cannotWrite(path: path, reason: "the folder \(folder) does not exist")
            }
            opened = OpenedWorkspace(nil)
            return
        }
        opened = OpenedWorkspace(try Workspace.open(at: path))
    }

    /// The open workspace; ``WorkspaceError/notFound(path:)`` while nothing is imported.
    public var store: Workspace {
        get throws {
            if let store = opened.store.withLock({ $0 }) { return store }
            let store = try Workspace.open(at: path)
            return opened.store.withLock { kept in
                if let kept { return kept }
                kept = store
                return store
            }
        }
    }

    /// Whether the workspace file exists (something was imported).
    public var exists: Bool { opened.store.withLock { $0 != nil } || FileManager.default.fileExists(atPath: path) }

    /// The workspace's terms, oldest first; none while there is no workspace file.
    func terms() throws -> [TermSummary] { exists ? try store.terms() : [] }

    /// What the workspace holds, as an import needs to know it; empty while there is no file.
    /// Without the terms' rosters unless `rosters` (see `Workspace.importSnapshot(at:rosterOf:rosters:)`).
    func importSnapshot(rosterOf term: String?, rosters: Bool) throws -> ImportSnapshot {
        exists
            ? try store.importSnapshot(rosterOf: term, rosters: rosters)
            : try Workspace.importSnapshot(at: path, rosterOf: term, rosters: rosters)
    }

    /// Writes a finished import plan: into the open workspace, or into a new workspace file
    /// created whole (nothing is left behind when it fails).
    func write(_ plan: ImportPlan) throws {
        if exists { try store.write(plan) } else { try Workspace.write(plan, to: path) }
    }

    /// The answer for `key`, kept while the workspace's data stays the same.
    func cached<T: Sendable>(_ key: String, _ compute: () throws -> T) throws -> T {
        try cache.value(key, stamp: exists ? try store.stateStamp() : "", compute)
    }

    /// One term as the analysis layer reads it: the network, who answered, the coalition in
    /// force (the same lines as the command line's `Workspace.analysisTerm`).
    func analysisTerm(_ term: String?) throws -> AnalysisTerm {
        let network = try store.network(term: term)
        let name = network.term.name
        let recorded = try store.latestCoalition(upTo: name).map { RecordedCoalition(term: $0.term, personIDs: $0.personIDs) }
        let respondents = try store.respondentIDs(term: name)
        return AnalysisTerm(network: network, respondents: respondents.isEmpty ? nil : respondents, recordedCoalition: recorded)
    }

    /// The coalition a page examines — recorded, or suggested with `size` members — kept while
    /// the workspace stays the same, so the builder, pre-mortem, on-ramps and spread share one
    /// suggestion instead of each computing it again (the commands compute it as each does).
    func coalition(_ term: TermAnalysis, _ source: CoalitionSource, size: Int, _ query: Query) throws -> CoalitionInUse {
        try cached("coalition-in-use?\(term.network.term.name)&\(source.rawValue)&\(size)&\(query.analysisKey)") {
            try term.coalition(source, suggestion: CoalitionOptions(size: size))
        }
    }

    /// The report's input for `term` and every term before it, as `trustnet report` builds it.
    func reportInput(term: String?, options: BriefingOptions) throws -> ReportInput {
        let chosen = try store.resolveTerm(term)
        let summaries = try terms()
        let last = summaries.firstIndex { $0.term.name == chosen } ?? summaries.count - 1
        let terms = try summaries.prefix(through: last).map { try analysisTerm($0.term.name) }
        return ReportInput(terms: terms, anonymized: false, options: options)
    }
}

/// The lazily opened workspace behind a ``ServedWorkspace`` (shared by its copies).
final class OpenedWorkspace: Sendable {
    let store: Mutex<Workspace?>
    init(_ store: Workspace?) { self.store = Mutex(store) }
}
