import Foundation
import TrustNet
import TrustNetStore

/// What the answering page (`/s/TOKEN`) shows; `survey.mustache` writes it, escaping every
/// text. The respondent sees the roster's names and units and their own answers, nothing else.
struct SurveyPageModel {
    struct Option {
        var value: String
        var label: String
        var selected: Bool
    }
    struct Dimension {
        var label: String
        var field: String
        var options: [Option]
    }
    struct Colleague {
        var id: String
        var name: String
        var unit: String
        var chosen: Bool
        var weightField: String?
        var weights: [Option]
        var dimensions: [Dimension]
    }
    struct Question {
        var index: Int
        var relation: String
        var wording: String
        var limit: Int?
        var colleagues: [Colleague]
    }

    var found: Bool
    var title = "Survey link"
    var intro: [String] = []
    var respondent = ""
    var action = ""
    var answersURL = ""
    var notice: String?
    var questions: [Question] = []

    /// The 404 page: the same for a made-up, replaced or closed link.
    static var notFound: SurveyPageModel { SurveyPageModel(found: false) }

    init(found: Bool) { self.found = found }

    init(visit: SurveyVisit, token: String, notice: String?) {
        found = true
        title = visit.design.title
        intro = visit.design.intro.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        respondent = visit.respondent.name
        action = "/s/\(token)"
        answersURL = "/s/\(token)/answers"
        self.notice = notice
        let colleagues = visit.colleagues.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
        questions = visit.design.questions.enumerated().map { (index, question) in
            let saved = Dictionary((visit.response?.answers[question.relation] ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            return Question(
                index: index, relation: question.relation.name, wording: question.wording, limit: question.limit,
                colleagues: colleagues.map { p in
                    let choice = saved[p.id]
                    // With the trust dimensions, their mean is the trust tie's weight: no frequency there.
                    let asksFrequency = visit.design.asksFrequency(question.relation)
                    return Colleague(
                        id: p.id, name: p.name, unit: p.unit ?? "", chosen: choice != nil,
                        weightField: asksFrequency ? "w.\(index).\(p.id)" : nil,
                        weights: asksFrequency
                            ? [Option(value: "", label: "How often?", selected: choice?.weight == nil)]
                                + SurveyDesign.frequencyScale.map { Option(value: String($0.value), label: $0.label, selected: choice?.weight == $0.value) }
                            : [],
                        dimensions: visit.design.trustDimensions && question.relation == .trust
                            ? SurveyDesign.trustDimensionNames.map { d in
                                Dimension(
                                    label: d.label + " (1–4)", field: "d.\(index).\(p.id).\(d.key)",
                                    options: [Option(value: "", label: "–", selected: choice?.dimensions?[d.key] == nil)]
                                        + (1...4).map { Option(value: String($0), label: String($0), selected: choice?.dimensions?[d.key] == $0) })
                            } : [])
                })
        }
    }
}
