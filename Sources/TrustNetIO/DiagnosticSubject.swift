import TrustNet

/// What a diagnostic is about, as data, when the user can settle it by a choice rather than by
/// editing the file: a name to match to a roster person, a question or a relation to map. The
/// command line says the choice in the message (`--alias`, `--column`, `--map-relation`); the
/// web app's import page offers it as buttons and lists (``ImportRequest`` takes the answers).
public enum DiagnosticSubject: Sendable, Hashable {
    /// A roster person for a name as a file writes it.
    public struct Candidate: Sendable, Hashable {
        public var id: String
        public var name: String
        public var unit: String?

        public init(_ person: Person) {
            id = person.id
            name = person.name
            unit = person.unit
        }
    }

    /// How a name was (or was not) matched to the roster.
    public enum NameMatch: String, Sendable, Hashable {
        /// Read as its one candidate by initials or a close spelling (a warning).
        case guessed
        /// On nobody's roster line; the candidates are the closest names (an error).
        case unknown
        /// Several roster people have it; the candidates are they (an error).
        case ambiguous
    }

    /// A name as written (`written`), with the roster people it may stand for.
    case name(written: String, match: NameMatch, candidates: [Candidate])
    /// Forms-export questions whose wording names no relation: their headers, not read.
    case unreadQuestions(headers: [String])
    /// Tie-list relations TrustNet does not know, with the standard relation they most likely
    /// mean (nil when none is close): imported as relations of their own unless mapped.
    case unknownRelations([Relation], closest: Relation?)
}
