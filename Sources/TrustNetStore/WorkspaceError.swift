/// Something the user asked of the workspace that it cannot do. Each case reads as a sentence.
public enum WorkspaceError: Error, Sendable, CustomStringConvertible, Equatable {
    case notFound(path: String)
    case notAWorkspace(path: String, reason: String)
    case noTerms(path: String)
    case unknownTerm(String, known: [String])
    case unknownUnitColumn(String, term: String, columns: [String])
    case duplicateTerm(String)
    case invalidTermName(String)
    case termsOutOfOrder(from: String, to: String)
    case termOrderIncomplete(missing: [String], repeated: [String])
    case readOnlyWithoutKey(path: String)
    case notAPlainPath(path: String)
    case newerWorkspace(path: String, version: Int, supported: Int)
    case busy(path: String)
    case cannotWrite(path: String, reason: String)
    case badKeyFile(path: String, reason: String)
    case changedDuringImport(path: String)
    case noSurvey(term: String)
    case surveyExists(term: String)
    case surveyClosed(term: String)
    case surveyAlreadyOpen(term: String)
    case surveyLinkClosed
    case noRoster(term: String)
    case notOnRoster(String, term: String)
    case rosterLeavesOut(term: String, ids: [String], count: Int)

    public var description: String {
        switch self {
        case .rosterLeavesOut(let term, let ids, let count):
            "this roster leaves out \(count) \(count == 1 ? "person" : "people") whom \(term)'s ties or answers are about (\(ids.joined(separator: ", "))\(count > ids.count ? ", …" : "")): nothing was imported; bring a roster that lists everyone, import into a new term (--term NAME), or delete \(term) first (trustnet terms delete \(term))"
        case .notFound(let path):
            "no workspace at \(path): import a roster first (trustnet import ROSTER.csv TIES.csv --term NAME), or name one with --workspace"
        case .notAWorkspace(let path, let reason):
            "\(path) is not a TrustNet workspace: \(reason)"
        case .noTerms(let path):
            "the workspace \(path) has no terms yet: import a roster and ties with --term NAME"
        case .unknownTerm(let name, let known):
            "no term \"\(name)\" in the workspace (terms: \(known.isEmpty ? "none" : known.joined(separator: ", ")))"
        case .unknownUnitColumn(let column, let term, let columns):
            "the roster of \(term) has no column \"\(column)\" (columns: \(columns.joined(separator: ", ")))"
        case .duplicateTerm(let name):
            "the workspace already has a term \"\(name)\": choose another name, or delete that term first"
        case .invalidTermName(let name):
            "\"\(name)\" cannot be a term name: give a non-empty name on one line"
        case .termsOutOfOrder(let from, let to):
            "--from \(from) comes after --to \(to) in the order of terms (see trustnet terms)"
        case .notAPlainPath(let path):
            "\"\(path)\" is not a plain file path: name the workspace file itself (write ./\(path) if that really is its name)"
        case .newerWorkspace(let path, let version, let supported):
            "\(path) was written by a newer TrustNet (workspace schema version \(version); this one knows up to \(supported)): update trustnet to use it; nothing was changed"
        case .busy(let path):
            "\(path) is busy: another trustnet is still writing it; run the command again when it has finished"
        case .cannotWrite(let path, let reason):
            "cannot use \(path) as the workspace: \(reason)"
        case .readOnlyWithoutKey(let path):
            "\(path) cannot be written and holds no pseudonym key yet: run --anonymize once where it can be written, or keep the key elsewhere with --key-file FILE"
        case .badKeyFile(let path, let reason):
            "cannot use \(path) as the pseudonym key file: \(reason)"
        case .termOrderIncomplete(let missing, let repeated):
            "name every term once: "
                + [missing.isEmpty ? nil : "missing \(missing.joined(separator: ", "))", repeated.isEmpty ? nil : "named twice \(repeated.joined(separator: ", "))"]
                .compactMap { $0 }.joined(separator: "; ")
        case .noSurvey(let term):
            "the term \(term) has no survey yet: trustnet survey create --term \(term)"
        case .surveyExists(let term):
            "the term \(term) already has a survey: see it with trustnet survey status --term \(term), or remove it with trustnet survey delete --term \(term)"
        case .surveyClosed(let term):
            "the survey of \(term) is closed: trustnet survey reopen --term \(term) opens it again"
        case .surveyAlreadyOpen(let term):
            "the survey of \(term) is already open"
        case .surveyLinkClosed:
            "this survey link does not open a survey"
        case .noRoster(let term):
            "the term \(term) has no roster of two or more people to survey: import one first (trustnet import roster.csv --term \(term))"
        case .notOnRoster(let id, let term):
            "\(id) is not on the roster of \(term)"
        case .changedDuringImport(let path):
            "the workspace \(path) changed while the files were read (another import, or a term renamed or deleted): nothing was written; run the import again"
        }
    }
}
