import Foundation
import TrustNet

/// Which relation a survey question asks about, read from its wording.
///
/// Keywords, checked in this order (the first that occurs in the lower-cased question wins):
/// - `one-on-one`: "one-on-one", "one on one", "1:1", "1-on-1", "meet with", "met with"
/// - `trust`: "trust", "confide", "rely on"
/// - `advice`: "advice", "go to for help", "turn to", "ask for help", "go to when", "seek help"
/// - `sharing`: "share", "sharing", "exchange", "materials", "collaborate", "across"
///
/// `--column "HEADER=relation"` overrides the wording for one column.
public enum QuestionMapping {
    static let keywords: [(Relation, [String])] = [
        (.oneOnOne, ["one-on-one", "one on one", "1:1", "1-on-1", "meet with", "met with"]),
        (.trust, ["trust", "confide", "rely on"]),
        (.advice, ["advice", "go to for help", "turn to", "ask for help", "go to when", "seek help"]),
        (.sharing, ["share", "sharing", "exchange", "materials", "collaborate", "across"]),
    ]

    /// The relation a question's wording names, or `nil`.
    public static func relation(forQuestion question: String) -> Relation? { keyword(inQuestion: question)?.relation }

    /// The relation a question's wording names, with the keyword that decided it, or `nil`.
    public static func keyword(inQuestion question: String) -> (relation: Relation, keyword: String)? {
        // By bytes (the keywords are ASCII): a forms export may have 100,000 columns.
        let text = Array(question.lowercased().utf8)
        for (relation, words) in keywordBytes {
            if let word = words.first(where: { contains(text, $0.bytes) }) { return (relation, word.word) }
        }
        return nil
    }

    /// ``keywords`` with each word's bytes.
    static let keywordBytes: [(Relation, [(word: String, bytes: [UInt8])])] = keywords.map { relation, words in
        (relation, words.map { ($0, Array($0.utf8)) })
    }

    /// Whether `word` occurs in `text`, byte for byte.
    static func contains(_ text: [UInt8], _ word: [UInt8]) -> Bool {
        guard let first = word.first else { return true }
        guard word.count <= text.count else { return false }
        var i = 0
        while i <= text.count - word.count {
            if text[i] == first {
                var j = 1
                while j < word.count && text[i + j] == word[j] { j += 1 }
                if j == word.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Parses `--column "HEADER=relation"`; `nil` when there is no `=` or either side is empty.
    public static func parseOverride(_ text: String) -> (header: String, relation: Relation)? {
        guard let equals = text.lastIndex(of: "=") else { return nil }
        let header = text[..<equals].trimmed
        guard !header.isEmpty, let relation = Relation(String(text[text.index(after: equals)...])) else { return nil }
        return (header, relation)
    }
}

/// How often, as a tie weight on TrustNet's 1–5 scale.
///
/// | weight | words |
/// |---|---|
/// | 0 (no tie) | never, not at all, none, n/a |
/// | 5 | daily, every day, several / a few times a week, almost daily |
/// | 4 | weekly, once a week, every week |
/// | 3 | a few times a month, every two weeks, fortnightly, biweekly, twice a month |
/// | 2 | monthly, once a month, a few times a term / semester |
/// | 1 | a few times a year, once a year, yearly, rarely, seldom, once or twice |
///
/// A number 0–5 is taken as it is. Checked in the table's order, so "a few times a week" is 5,
/// not 3.
public enum FrequencyScale {
    static let words: [(Double, [String])] = [
        (0, ["never", "not at all", "none", "n/a"]),
        (5, ["daily", "every day", "times a week", "times per week", "almost daily"]),
        (4, ["weekly", "once a week", "every week", "once per week"]),
        (3, ["times a month", "every two weeks", "fortnight", "biweekly", "twice a month", "times per month"]),
        (2, ["monthly", "once a month", "a term", "per term", "a semester", "per semester"]),
        (1, ["a year", "yearly", "annually", "rarely", "seldom", "once or twice", "per year"]),
    ]

    /// The weight for a frequency answer, or `nil` when the words are not on the scale.
    public static func weight(_ answer: String) -> Double? {
        let text = answer.trimmed.lowercased()
        if let number = DecimalNumber.parse(text), (0...5).contains(number) { return number }
        // Whole words only: "whenever" is not "never".
        let padded = " " + String(text.map { $0.isLetter || $0.isNumber || $0 == "/" ? $0 : " " }) + " "
        for (weight, phrases) in words where phrases.contains(where: { padded.contains(" \($0) ") }) { return weight }
        return nil
    }
}
