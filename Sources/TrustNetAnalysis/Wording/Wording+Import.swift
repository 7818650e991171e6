import TrustNet

extension Wording {
    /// The import page's opening lines.
    public static let importIntroduction = [
        "Upload a roster with the term's survey files: tie lists, forms exports (Google Forms, Microsoft Forms, Qualtrics), matrices or one-on-one logs.",
        "TrustNet checks them first and shows what it would import; nothing is written to the workspace until you confirm.",
    ]

    /// An upload that is gone (imported, discarded, or the server restarted).
    public static let importGone = "This upload is no longer here (it was imported, discarded, or the server restarted): upload the files again."

    /// How a name a file writes stands against the roster, for the import page (the command line
    /// says the same with its options): `match` is `unknown` or `ambiguous`; `candidates`, how
    /// many roster people the page offers.
    public static func nameToSettle(unknown: Bool, candidates: Int) -> String {
        if !unknown { return "several people on the roster have this name: choose the one it means." }
        return candidates > 0
            ? "not on the roster: choose the person it means, or add a new person."
            : "not on the roster, and no roster name is close: add a new person, or correct the file and upload it again."
    }

    /// A button that settles a name as a roster person: "It is Kofi Thompson (S0004, Leadership)".
    public static func itIs(name: String, id: String, unit: String?) -> String { "It is \(name) (\(id)\(unit.map { ", " + $0 } ?? ""))" }

    /// A button that adds a name as a new person (`guessed`: instead of the person it was read as).
    public static func addAsNew(_ written: String, guessed: Bool) -> String {
        guessed ? "Not them: add “\(written)” as a new person" : "Add “\(written)” as a new person"
    }

    /// A forms-export question no relation could be read from.
    public static func unreadQuestion(_ header: String, file: String) -> String {
        "\(file): the question “\(header)” is not read (its wording names no relation). Choose the relation it asks about."
    }

    /// A tie-list relation TrustNet does not know.
    public static func unknownRelation(_ relation: String, file: String) -> String {
        "\(file): the relation “\(relation)” is not one TrustNet knows; it is kept as a relation of its own unless you read it as another."
    }

    /// The user's choices so far on the import page.
    public static func importChoice(alias written: String, person: String) -> String { "“\(written)” is \(person)" }
    public static func importChoice(newPerson written: String) -> String { "“\(written)” is added as a new person" }
    public static func importChoice(question header: String, relation: String) -> String { "the question “\(header)” is read as \(relation)" }
    public static func importChoice(relation from: String, as to: String) -> String { "the relation \(from) is read as \(to)" }
}
