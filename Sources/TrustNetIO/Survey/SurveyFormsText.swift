import TrustNet

/// The survey as text to paste into Google Forms or Microsoft Forms, when it is collected there
/// instead of through TrustNet's own links (`trustnet survey export --format forms`).
///
/// Every colleague is a checkbox choice labelled so that the forms export imports with no name
/// to guess: their roster name when no one else's name reads the same (``PersonMatcher``'s
/// normalized name), it holds no `,` or `;` (the separators of a forms cell) and does not end
/// in `)` (read as a frequency, "Ann Lee (weekly)"); otherwise
/// their e-mail, else their id. The first question, "Your name", is a drop-down of the same
/// labels. The question wordings are the survey's, which ``QuestionMapping`` reads back as
/// their relations (the text ends with the import command that maps them explicitly).
public enum SurveyFormsText {
    /// The label of each person, in roster order.
    public static func labels(_ people: [Person]) -> [String] {
        var count: [String: Int] = [:]
        for p in people { count[PersonMatcher.normalizedName(p.name), default: 0] += 1 }
        return people.map { p in
            let name = p.name.trimmed
            if count[PersonMatcher.normalizedName(p.name)] == 1 && !name.isEmpty && !name.contains(where: { ",;\n\r".contains($0) }) && !name.hasSuffix(")") {
                return TextEscaping.singleLine(name)
            }
            return TextEscaping.singleLine(p.email ?? p.id)
        }
    }

    /// The whole text: title, intro, then each question with its type and choices.
    public static func text(_ design: SurveyDesign, term: String, people: [Person]) -> String {
        let labels = labels(people)
        var out = "FORM TITLE: \(TextEscaping.singleLine(design.title))\n"
        out += "FORM DESCRIPTION:\n\(design.introOffline)\n\n"
        out += "QUESTION 1 (Dropdown, required): Your name\n"
        for label in labels { out += "\(label)\n" }
        for (i, q) in design.questions.enumerated() {
            out += "\nQUESTION \(i + 2) (Checkboxes\(q.limit.map { ", at most \($0)" } ?? "")): \(TextEscaping.singleLine(q.wording))\n"
            for label in labels { out += "\(label)\n" }
        }
        out += "\nHOW TO USE: create a form with these questions (paste each list of choices into the first choice box: "
        out += "one line per choice), collect the answers, download them as CSV, then import them:\n"
        out += "  trustnet import ANSWERS.csv --term \(TextEscaping.singleLine(term))"
        for q in design.questions {
            out += " \\\n    --column \"\(TextEscaping.singleLine(q.wording).replacingOccurrences(of: "\"", with: "\\\""))=\(q.relation.name)\""
        }
        out += "\n"
        if design.frequency || design.trustDimensions {
            out += "(This text asks no frequencies or trust dimensions: checkbox answers import with weight 1.)\n"
        }
        return out
    }
}
