import TrustNet

/// `trustnet sarahs --on-ramps`, the report's on-ramps and the web app's: a way in for every
/// person on the edge of the network (``OnRamp``).
public struct OnRampsOptions: Sendable, Equatable {
    /// Which coalition the on-ramps lead to.
    public var coalition: CoalitionSource
    /// How a coalition is suggested when none is recorded.
    public var suggestion: CoalitionOptions

    /// The defaults every output uses: the recorded coalition, else the default suggestion.
    public init(coalition: CoalitionSource = .automatic, suggestion: CoalitionOptions = CoalitionOptions()) {
        self.coalition = coalition
        self.suggestion = suggestion
    }
}

/// The answer: the coalition, and one on-ramp per peripheral person outside it.
public struct OnRampsAnswer: Sendable {
    public var coalition: CoalitionInUse
    public var ramps: [OnRamp]
    /// For each on-ramp's person: whether they answered the survey (`nil` when unknown), so a
    /// non-respondent is never described as naming nobody.
    public var answered: [Bool?]
    public var staff: Int
}

extension TermAnalysis {
    /// On-ramps for the term's peripheral people.
    public func onRamps(_ options: OnRampsOptions = OnRampsOptions()) throws(AnalysisError) -> OnRampsAnswer {
        onRamps(to: try coalition(options.coalition, suggestion: options.suggestion))
    }

    /// On-ramps to a coalition already chosen.
    public func onRamps(to coalition: CoalitionInUse) -> OnRampsAnswer {
        let ramps = OnRamp.onRamps(network: network, coalition: coalition.members, authority: authority)
        return OnRampsAnswer(coalition: coalition, ramps: ramps, answered: ramps.map { term.answered($0.person) }, staff: network.people.count)
    }
}
