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
        guard let term else { return ["Import a roster and a survey export: trustnet import ROSTER.csv SURVEY.csv --term NAME."] }
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
}
