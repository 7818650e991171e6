import TrustNet

/// One term as the workspace holds it, gathered by the caller (the command line, the report,
/// the web app): its network, who answered its survey, and the coalition in force. The
/// analysis layer reads nothing else, so every caller asks the same questions of the same data.
public struct AnalysisTerm: Sendable {
    public var network: Network
    /// Ids of the people who answered a survey of the term (tie lists with respondents, forms
    /// exports, matrices — not one-on-one logs); `nil` when unknown.
    public var respondents: Set<String>?
    /// The coalition recorded in this term or the latest earlier one.
    public var recordedCoalition: RecordedCoalition?

    public init(network: Network, respondents: Set<String>? = nil, recordedCoalition: RecordedCoalition? = nil) {
        self.network = network
        self.respondents = respondents
        self.recordedCoalition = recordedCoalition
    }

    /// Whether person `v` answered the term's survey; `nil` when unknown.
    public func answered(_ v: Int) -> Bool? { respondents.map { $0.contains(network.people[v].id) } }
}
