import TrustNet

extension Wording {
    /// Survey counts below this are not given as numbers, overall or by unit: in a small team a
    /// count tells who answered. `trustnet survey status` shows them as "<5", pages as "fewer
    /// than 5".
    public static let smallestSurveyCountShown = 5

    /// A survey count as a page says it: the number, or "fewer than 5".
    public static func surveyCount(_ n: Int) -> String { n < smallestSurveyCountShown ? "fewer than \(smallestSurveyCountShown)" : String(n) }

    /// How far a term's own survey has come, for the workspace page — never who answered:
    /// "The survey of 2026-fall is open until 2026-10-15: 42 of 80 people have answered, 30
    /// submitted."
    ///
    /// - Parameters:
    ///   - isOpen: whether the survey takes answers; a closed one's answers are the term's ties.
    ///   - closes: the day it closes, if set.
    ///   - responded, submitted: people with answers saved, and those who pressed Submit.
    ///   - people: the people asked (the term's roster).
    public static func surveyProgress(term: String, isOpen: Bool, closes: CalendarDay?, responded: Int, submitted: Int, people: Int) -> String {
        let state = isOpen ? "open" + (closes.map { " until \($0)" } ?? "") : "closed (its answers are the term's ties)"
        return "The survey of \(term) is \(state): \(surveyCount(responded)) of \(people) people have answered, \(surveyCount(submitted)) submitted."
    }
}
