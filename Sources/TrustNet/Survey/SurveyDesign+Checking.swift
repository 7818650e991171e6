extension SurveyDesign {
    /// Why `answers` cannot be saved as `respondent`'s response, or `nil` when they can: every
    /// question is one this survey asks, every colleague is on the roster (not the respondent,
    /// not twice), a question's limit is kept, frequencies are 1–5 when asked (and absent
    /// otherwise), trust dimensions are 1–4 when asked.
    ///
    /// - Complexity: O(n) in the number of choices.
    public func problem(with answers: [Relation: [SurveyChoice]], respondent: String, roster: Set<String>) -> String? {
        for (relation, choices) in answers {
            guard let question = question(relation) else { return "this survey asks no question \"\(relation.name)\"" }
            if let limit = question.limit, choices.count > limit { return "name at most \(limit) colleagues for \(relation.name)" }
            var seen = Set<String>()
            for choice in choices {
                guard choice.id != respondent else { return "name colleagues, not yourself (\(relation.name))" }
                guard roster.contains(choice.id) else { return "\(choice.id) is not on this survey's list of colleagues" }
                guard seen.insert(choice.id).inserted else { return "\(choice.id) is named twice for \(relation.name)" }
                if let weight = choice.weight {
                    guard frequency else { return "this survey asks no frequency" }
                    guard (1...5).contains(weight) else { return "a frequency is 1 to 5" }
                }
                if let dimensions = choice.dimensions {
                    guard trustDimensions && relation == .trust else { return "only the trust question has dimensions" }
                    let known = Set(SurveyDesign.trustDimensionNames.map(\.key))
                    for (key, value) in dimensions {
                        guard known.contains(key) else { return "no trust dimension \"\(key)\"" }
                        guard (1...4).contains(value) else { return "a trust dimension is 1 to 4" }
                    }
                }
            }
        }
        return nil
    }
}
