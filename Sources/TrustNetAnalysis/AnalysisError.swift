/// A question that cannot be answered as asked: the user's mistake, said so they can fix it.
public enum AnalysisError: Error, Equatable, CustomStringConvertible {
    /// `--relation NAME` names no relation of the term(s).
    case unknownRelation(String, known: [String])
    /// A roster column that does not exist.
    case unknownColumn(String, known: [String])
    /// A person named (by id, e-mail or name) who is not on the roster.
    case unknownPerson(String)
    /// The question needs a recorded coalition and none was recorded.
    case noCoalitionRecorded(term: String)
    /// More people to keep than the coalition's size.
    case sizeBelowKept(size: Int, kept: Int)

    public var description: String {
        switch self {
        case .unknownRelation(let name, let known):
            "no relation \"\(name)\" in the data (relations: \(known.isEmpty ? "none" : known.joined(separator: ", ")))"
        case .unknownColumn(let name, let known):
            "no roster column \"\(name)\" (columns: \(known.isEmpty ? "none" : known.joined(separator: ", ")))"
        case .unknownPerson(let name):
            "\"\(name)\" is not on the roster (give an id, an e-mail or a name as the roster spells it)"
        case .noCoalitionRecorded(let term):
            "no coalition recorded in \(term) or before: record one with trustnet coalition record --term \(term) NAMES"
        case .sizeBelowKept(let size, let kept):
            "a coalition of \(size) is smaller than the \(kept) people to keep"
        }
    }
}
