/// One colleague's saved answers to a term's survey: for each question answered, the
/// colleagues named. A question left out is unanswered; an empty list is "nobody".
///
/// Saving again replaces the whole response (the last one saved is the one that counts).
public struct SurveyResponse: Sendable, Hashable, Codable {
    /// The respondent, by roster id.
    public var personID: String
    public var answers: [Relation: [SurveyChoice]]
    /// Whether the respondent pressed "Submit" (rather than the page saving as they went).
    public var submitted: Bool

    public init(personID: String, answers: [Relation: [SurveyChoice]], submitted: Bool) {
        self.personID = personID
        self.answers = answers
        self.submitted = submitted
    }
}

/// A colleague named in an answer, by roster id, with the frequency (1–5) when the survey asks
/// it and the trust dimensions (1–4 each, by ``SurveyDesign/trustDimensionNames`` key) when it
/// asks them.
public struct SurveyChoice: Sendable, Hashable, Codable {
    public var id: String
    public var weight: Int?
    public var dimensions: [String: Int]?

    public init(id: String, weight: Int? = nil, dimensions: [String: Int]? = nil) {
        self.id = id
        self.weight = weight
        self.dimensions = dimensions
    }

    /// The tie weight this choice gives: the mean of the trust dimensions when given, else the
    /// frequency, else 1.
    public var tieWeight: Double {
        if let dimensions, !dimensions.isEmpty {
            return Double(dimensions.values.reduce(0, +)) / Double(dimensions.count)
        }
        return Double(weight ?? 1)
    }
}

/// Everything `survey close` turns into the term's ties: the roster, every saved response,
/// and the fingerprints of the ties an earlier close wrote (replaced by this one).
public struct SurveyAnswers: Sendable, Hashable {
    public var term: String
    public var design: SurveyDesign
    /// The term's roster, in roster order.
    public var people: [Person]
    /// One per respondent, in roster order.
    public var responses: [SurveyResponse]

    public init(term: String, design: SurveyDesign, people: [Person], responses: [SurveyResponse]) {
        self.term = term
        self.design = design
        self.people = people
        self.responses = responses
    }
}
