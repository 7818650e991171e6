import Foundation
import Synchronization

/// The import drafts of this server run, each in a temporary folder of its own, by a random id
/// (at most ``limit``; the oldest goes first).
final class ImportDrafts: Sendable {
    static let limit = 20
    private let drafts = Mutex<[ImportDraft]>([])
    let folder: URL

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("trustnet-uploads-\(AccessToken().value.prefix(16))")
    }

    /// A new draft's id and its empty folder.
    func newFolder() throws -> (id: String, folder: URL) {
        let id = String(AccessToken().value.prefix(32))
        let url = folder.appendingPathComponent(id)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return (id, url)
    }

    func add(_ draft: ImportDraft) {
        let evicted = drafts.withLock { list -> [ImportDraft] in
            list.append(draft)
            let over = max(0, list.count - Self.limit)
            defer { list.removeFirst(over) }
            return Array(list.prefix(over))
        }
        for d in evicted { try? FileManager.default.removeItem(at: d.folder) }
    }

    subscript(id: String) -> ImportDraft? { drafts.withLock { list in list.first { $0.id == id } } }

    /// Changes draft `id`; false when there is no such draft.
    func update(_ id: String, _ change: (inout ImportDraft) throws -> Void) throws -> Bool {
        try drafts.withLock { list in
            guard let k = list.firstIndex(where: { $0.id == id }) else { return false }
            try change(&list[k])
            return true
        }
    }

    /// Forgets draft `id` and removes its files.
    func remove(_ id: String) {
        let removed = drafts.withLock { list -> ImportDraft? in
            guard let k = list.firstIndex(where: { $0.id == id }) else { return nil }
            return list.remove(at: k)
        }
        if let removed { try? FileManager.default.removeItem(at: removed.folder) }
    }
}
