import TrustNet

/// Which coalition a question examines: the one the leader recorded, or a suggested one.
public enum CoalitionSource: String, Sendable, CaseIterable {
    /// The recorded coalition when there is one, else the suggested one (the default).
    case automatic
    case recorded
    case suggested
}

/// The coalition a question examines, and where it came from (said by the wording layer).
public struct CoalitionInUse: Sendable {
    public var members: [Int]
    /// The term it was recorded in; `nil` for a suggested coalition.
    public var recordedIn: String?
    /// The size a suggested coalition was asked for.
    public var suggestedSize: Int?
    /// Recorded members no longer on this term's roster (left out).
    public var missing: Int
    /// Whether none was recorded, so a suggested one stands in (``CoalitionSource/automatic``).
    public var noneRecorded: Bool

    public var isRecorded: Bool { recordedIn != nil }
}

extension TermAnalysis {
    /// The coalition recorded in this term or the latest earlier one, its members on this
    /// term's roster.
    ///
    /// - Throws: ``AnalysisError/noCoalitionRecorded(term:)``.
    public func recordedCoalition() throws(AnalysisError) -> CoalitionInUse {
        guard let recorded = term.recordedCoalition, !recorded.personIDs.isEmpty else { throw .noCoalitionRecorded(term: network.term.name) }
        let members = recorded.personIDs.compactMap(network.index(ofPersonWithID:))
        return CoalitionInUse(
            members: members, recordedIn: recorded.term, suggestedSize: nil, missing: recorded.personIDs.count - members.count, noneRecorded: false)
    }

    /// The coalition a question examines: recorded, suggested with `suggestion`'s options, or
    /// (automatic) the recorded one when there is one, else the suggested one.
    public func coalition(_ source: CoalitionSource, suggestion: CoalitionOptions = CoalitionOptions()) throws(AnalysisError) -> CoalitionInUse {
        switch source {
        case .recorded:
            return try recordedCoalition()
        case .automatic where term.recordedCoalition.map({ !$0.personIDs.isEmpty }) ?? false:
            return try recordedCoalition()
        case .automatic, .suggested:
            let answer = try coalitionSuggestion(suggestion)
            return CoalitionInUse(
                members: answer.suggestion.members, recordedIn: nil, suggestedSize: suggestion.size, missing: 0, noneRecorded: source == .automatic)
        }
    }
}
