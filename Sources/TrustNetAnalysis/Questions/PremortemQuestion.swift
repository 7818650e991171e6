import TrustNet

/// `trustnet premortem`, the report's pre-mortem and the web app's: imagine the effort failed;
/// what would most likely explain it (``Premortem``).
public struct PremortemOptions: Sendable, Equatable {
    /// Which coalition to examine.
    public var coalition: CoalitionSource
    /// How a coalition is suggested when none is recorded (or when asked for).
    public var suggestion: CoalitionOptions
    /// How many findings of a long kind to list one by one.
    public var limit: Int

    /// The defaults every output uses: the recorded coalition, else the default suggestion;
    /// five findings of each long kind.
    public init(coalition: CoalitionSource = .automatic, suggestion: CoalitionOptions = CoalitionOptions(), limit: Int = 5) {
        self.coalition = coalition
        self.suggestion = suggestion
        self.limit = limit
    }
}

/// The answer: the coalition examined and the findings, most serious first.
public struct PremortemAnswer: Sendable {
    public var coalition: CoalitionInUse
    public var findings: [PremortemFinding]
    /// The column units were compared within ("school"); `nil` when every pair was.
    public var comparedWithin: String?
}

extension TermAnalysis {
    /// The pre-mortem of the term and its coalition.
    public func premortem(_ options: PremortemOptions = PremortemOptions()) throws(AnalysisError) -> PremortemAnswer {
        premortem(of: try coalition(options.coalition, suggestion: options.suggestion), limit: options.limit)
    }

    /// The pre-mortem of a coalition already chosen (the report's, whose suggestion it computed
    /// once).
    public func premortem(of coalition: CoalitionInUse, limit: Int = PremortemOptions().limit) -> PremortemAnswer {
        let premortem = Premortem(network: network, coalition: coalition.members, authority: authority, limit: limit, levelOf: level?.values)
        return PremortemAnswer(coalition: coalition, findings: premortem.findings, comparedWithin: level?.column)
    }
}
