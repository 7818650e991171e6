/// A member of staff on the roster, identified by a stable `id` across terms.
///
/// `unit` is the group the person belongs to in the network being analysed (department, grade
/// team, school), chosen from a roster column. `title` is the formal position, when the roster
/// has one; ``isFormalLeader`` decides from it whether the person holds a formal leadership
/// position. Every other roster column is kept in ``attributes``.
public struct Person: Hashable, Sendable, Identifiable {
    /// Staff id or e-mail: stable across terms.
    public var id: String
    /// Display name, as on the roster.
    public var name: String
    public var email: String?
    /// The person's unit (department, team, school), if the roster has one.
    public var unit: String?
    /// The formal title or role, if the roster has one.
    public var title: String?
    /// Every other roster column, by column name.
    public var attributes: [String: String]

    public init(
        id: String, name: String, email: String? = nil, unit: String? = nil, title: String? = nil,
        attributes: [String: String] = [:]
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.unit = unit
        self.title = title
        self.attributes = attributes
    }

    /// Whether the person's title marks a formal leadership position.
    ///
    /// A title marks a position when it contains one of ``Person/leadershipTitleWords`` as a
    /// word (case-insensitive): "Head of Science", "Assistant Principal" and "Instructional
    /// Coach" do; "Teacher", "Teaching Assistant" and an empty title do not.
    ///
    /// A roster column `formal` (yes/no, true/false, 1/0, x) decides instead when it holds a
    /// value for the person: the leader's own definition of formal leadership wins over the
    /// title words.
    public var isFormalLeader: Bool {
        if let marked = formalMark { return marked }
        return Person.isLeadershipTitle(title)
    }

    /// The roster's `formal` column read as yes or no; `nil` when absent or blank.
    public var formalMark: Bool? {
        guard let value = attributes.first(where: { $0.key.lowercased() == "formal" })?.value else { return nil }
        switch value.lowercased().filter({ !$0.isWhitespace }) {
        case "yes", "y", "true", "1", "x", "formal": return true
        case "no", "n", "false", "0", "informal": return false
        default: return nil
        }
    }

    /// The same person marked a formal leader (roster column `formal` = yes) when their title
    /// contains one of `words` (as a word, case-insensitive: the leader's own, such as
    /// "partner"), unless the roster's own `formal` column already decides.
    public func markingFormal(titleWords words: Set<String>) -> Person {
        guard !words.isEmpty, formalMark == nil, let title,
            !words.isDisjoint(with: title.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        else { return self }
        var marked = self
        marked.attributes[attributes.keys.first { $0.lowercased() == "formal" } ?? "formal"] = "yes"
        return marked
    }

    /// Words that mark a title as a formal leadership position.
    public static let leadershipTitleWords: Set<String> = [
        "principal", "head", "headteacher", "director", "coach", "lead", "leader", "chair",
        "coordinator", "dean", "superintendent", "manager", "deputy", "vice", "chief", "president",
        "administrator", "supervisor",
    ]

    /// Whether `title` contains a word of ``leadershipTitleWords``.
    public static func isLeadershipTitle(_ title: String?) -> Bool {
        guard let title, !title.isEmpty else { return false }
        var word = ""
        for character in title.lowercased() + " " {
            if character.isLetter {
                word.append(character)
            } else {
                if leadershipTitleWords.contains(word) { return true }
                word = ""
            }
        }
        return false
    }
}
