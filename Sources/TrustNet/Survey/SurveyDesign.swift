/// A term's own survey as the leader designed it (`trustnet survey create`): the questions,
/// one per relation, whether each colleague named gets a frequency (1–5) and, for trust, the
/// PARTNER-style dimensions (openness, reliability, shared purpose, 1–4 each), the title, the
/// consent text shown first, and the day it closes.
///
/// Plain data: the workspace stores it, the server shows it, the forms export writes it.
public struct SurveyDesign: Sendable, Hashable, Codable {
    public var title: String
    /// Who sees the answers and how they are used: shown before the questions.
    public var intro: String
    public var questions: [SurveyQuestion]
    /// Whether each colleague named is given a frequency, 1 (rarely) to 5 (daily).
    public var frequency: Bool
    /// Whether the trust question asks openness, reliability and shared purpose, 1–4 each.
    public var trustDimensions: Bool
    /// The last day answers are taken (inclusive); `nil` until `survey close`.
    public var closes: CalendarDay?

    public init(
        title: String, intro: String, questions: [SurveyQuestion], frequency: Bool = false, trustDimensions: Bool = false,
        closes: CalendarDay? = nil
    ) {
        self.title = title
        self.intro = intro
        self.questions = questions
        self.frequency = frequency
        self.trustDimensions = trustDimensions
        self.closes = closes
    }

    /// The question of `relation`, if the survey asks it.
    public func question(_ relation: Relation) -> SurveyQuestion? { questions.first { $0.relation == relation } }

    /// The consent text used when the leader gives none.
    public static let standardIntro = standardIntroOffline
        + " You can come back with the same link and change your answers until the survey closes."

    static let standardIntroOffline = """
        This survey asks whom you work with. Your answers are used only to draw the school's \
        network of advice, trust and sharing, so that leaders can see how ideas travel and whom \
        colleagues already turn to. No one else sees your answers: leaders see the network as a \
        whole.
        """

    /// The intro for a form or paper: the standard one without its last sentence (about coming
    /// back with the same link), any other as written.
    public var introOffline: String {
        intro == SurveyDesign.standardIntro ? SurveyDesign.standardIntroOffline : intro
    }

    /// Whether `relation`'s question asks how often: the frequency is asked, and the question
    /// is not trust with its dimensions (whose mean is then the weight).
    public func asksFrequency(_ relation: Relation) -> Bool { frequency && !(trustDimensions && relation == .trust) }

    /// The frequency scale shown beside each colleague named (the tie weight, 1…5).
    public static let frequencyScale: [(value: Int, label: String)] = [
        (1, "a few times a year"), (2, "monthly"), (3, "every other week"), (4, "weekly"), (5, "daily"),
    ]

    /// The trust dimensions, each 1 (not at all) to 4 (very much); the trust tie's weight is
    /// their mean.
    public static let trustDimensionNames: [(key: String, label: String)] = [
        ("openness", "open with me"), ("reliability", "does what they say"), ("purpose", "shares our purpose"),
    ]
}

/// One question of a survey: the relation its answers become, its wording, and how many
/// colleagues one may name (`nil`: no limit).
public struct SurveyQuestion: Sendable, Hashable, Codable {
    public var relation: Relation
    public var wording: String
    public var limit: Int?

    public init(relation: Relation, wording: String? = nil, limit: Int? = nil) {
        self.relation = relation
        self.wording = wording ?? SurveyQuestion.standardWording(relation)
        self.limit = limit
    }

    /// The standard wording of a relation's question.
    public static func standardWording(_ relation: Relation) -> String {
        switch relation {
        case .advice: "Whom do you go to for advice about your teaching?"
        case .sharing: "With whom do you share materials, lessons or ideas about practice?"
        case .trust: "Whom do you trust to talk with about a problem at work?"
        case .oneOnOne: "With whom do you meet one-on-one, at least now and then?"
        default: "Whom do you turn to for \(relation.name)?"
        }
    }
}
