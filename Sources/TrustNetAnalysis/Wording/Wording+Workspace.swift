import TrustNet

extension Wording {
    /// What a leader could do next with a workspace, for the web app's first page: import
    /// when there is nothing, raise the response rate when it is low, record a coalition when
    /// none is recorded, else look at the pre-mortem.
    ///
    /// - Parameters:
    ///   - term: the latest term's name, `nil` when the workspace has no term.
    ///   - people, respondents: the latest term's roster size and survey respondents.
    ///   - coalitionRecorded: whether a coalition is recorded for it or an earlier term.
    public static func nextSteps(term: String?, people: Int, respondents: Int, coalitionRecorded: Bool) -> [String] {
        guard let term else { return nothingImported }
        var steps: [String] = []
        if people > 0 && respondents == 0 {
            steps.append("The files of \(term) hold no survey answers: response is unknown.")
        } else if people > 0 && Double(respondents) / Double(people) < 0.7 {
            steps.append(
                "Only \(percent(respondents, of: people)) of \(term)'s staff answered (\(respondents) of \(people)): answers from more colleagues make every finding firmer.")
        }
        if coalitionRecorded {
            steps.append("Read the pre-mortem of \(term): who or what the coalition hangs on.")
        } else {
            steps.append("No coalition is recorded yet: start from the suggestion in the coalition builder and record the people you enlisted.")
        }
        steps.append("Look at the Sarahs of \(term): the people colleagues already go to, whatever their title.")
        return steps
    }

    /// What the web app says while the workspace holds no term (or there is no workspace file
    /// yet): the import page is where to start, and it creates the workspace.
    public static let nothingImported = [
        "Nothing is imported yet. Start on the Import page: upload the term's roster with its survey files (tie lists, forms exports, matrices or one-on-one logs).",
        "TrustNet checks the files and shows what it would import; the workspace is written only when you confirm, all of it or nothing.",
    ]

    /// What `trustnet serve` says on a workspace file that does not exist yet.
    public static func servingNewWorkspace(path: String) -> String {
        "no workspace at \(path) yet: open the address below and import a roster and survey files on the Import page; the first import creates it"
    }

    /// What `trustnet serve` says once the latest term's answers are computed: "the answers of
    /// 2026-spring are ready (0.8 s): every page of it opens at once".
    public static func answersReady(term: String, seconds: Double) -> String {
        "the answers of \(term) are ready (\(fixed(seconds, 1)) s): every page of it opens at once"
    }

    /// The import page's refusal of a roster that leaves out people the term's ties or answers
    /// are about.
    public static func rosterLeavesOut(term: String, ids: [String], count: Int) -> String {
        "This roster leaves out \(people(count)) whom \(term)'s ties or answers are about (\(ids.joined(separator: ", "))\(count > ids.count ? ", …" : "")). Nothing was imported: upload a roster that lists everyone, or import these files into a new term."
    }

    /// The link to the import page from an empty workspace.
    public static let importLink = "Import a roster and survey files"

    /// What confirming a checked import writes, for the import page: "Ready to import into
    /// 2027-spring: 1,268 advice ties and 640 trust ties. Nothing is written until you confirm."
    ///
    /// - Parameters:
    ///   - terms: the terms written to, in order.
    ///   - ties: ties by relation name, in the order to name them.
    ///   - people: people on the roster brought by the import (0 when it brings none).
    public static func importReady(terms: [String], ties: [(relation: String, count: Int)], people: Int) -> String {
        var parts = ties.map { count($0.count, "\($0.relation) tie") }
        if people > 0 { parts.insert("a roster of \(Wording.people(people))", at: 0) }
        let what = parts.isEmpty ? "" : ": " + (parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + parts.last!)
        return "Ready to import into \(terms.joined(separator: ", "))\(what). Nothing is written until you confirm."
    }

    /// After an import from the page: "Imported into 2027-spring."
    public static func imported(terms: [String]) -> String { "Imported into \(terms.joined(separator: ", "))." }
}
