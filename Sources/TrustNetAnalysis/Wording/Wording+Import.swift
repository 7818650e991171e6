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

    /// A problem or note of an import in the import page's voice: where, what was found, and
    /// what to fill in, click or choose on the page (the command line says the same with its
    /// options). "ties.csv, line 4: empty term; fill in the Term field of the upload form."
    ///
    /// - Parameters:
    ///   - file, line: where (`line` nil for the whole file).
    ///   - finding: what was found, without any command-line option.
    ///   - remedy: what the user can do, if anything.
    public static func importNote(file: String, line: Int?, finding: String, remedy: InputRemedy?) -> String {
        let place = file + (line.map { ", line \($0)" } ?? "")
        return "\(place): \(finding)" + (remedy.map { "; " + importRemedy($0) } ?? "")
    }

    /// What the user can do about a problem with an import, said as what to fill in, click or
    /// choose on the import page.
    public static func importRemedy(_ remedy: InputRemedy) -> String {
        switch remedy {
        case .nameTheTerm:
            "fill in the Term field of the upload form"
        case .nameTheRelation:
            "add a relation column (advice, trust, sharing or one-on-one) to the file, or save it as a tie list source,target,relation, and upload it again"
        case .bringTheRoster:
            "upload the term's roster together with these files"
        case .alreadyImported:
            "it is in the workspace already: leave it out of the upload, or choose another term"
        case .nameTheFormat:
            "correct its first row (the column headers) and upload it again"
        case .mapAQuestion:
            "choose below the relation each question asks about"
        case .sayWhoAnswered(let email):
            "add \(email) to the roster, or the respondent's name to the response, and upload the files again"
        case .nameTheUnitColumn:
            "head the roster column of each person's unit “unit”, “department”, “school” or “team”, and upload the roster again"
        case .useTheTermOfTheFile(let file, let asked):
            "upload the files for the term \(file), or correct the file's term column to say \(asked)"
        }
    }

    /// The user's choices so far on the import page.
    public static func importChoice(alias written: String, person: String) -> String { "“\(written)” is \(person)" }
    public static func importChoice(newPerson written: String) -> String { "“\(written)” is added as a new person" }
    public static func importChoice(question header: String, relation: String) -> String { "the question “\(header)” is read as \(relation)" }
    public static func importChoice(relation from: String, as to: String) -> String { "the relation \(from) is read as \(to)" }
}
