import TrustNet
import TrustNetAnalysis
import TrustNetReport
import TrustNetStore

/// The workspace file the server opened, read the way the command line reads it.
public struct ServedWorkspace: Sendable {
    public let store: Workspace
    /// Answers kept while the workspace stays the same.
    let cache = AnswerCache()

    public init(store: Workspace) { self.store = store }

    /// The answer for `key`, kept while the workspace's data stays the same.
    func cached<T: Sendable>(_ key: String, _ compute: () throws -> T) throws -> T {
        try cache.value(key, stamp: try store.stateStamp(), compute)
    }

    /// One term as the analysis layer reads it: the network, who answered, the coalition in
    /// force (the same lines as the command line's `Workspace.analysisTerm`).
    func analysisTerm(_ term: String?) throws -> AnalysisTerm {
        let network = try store.network(term: term)
        let name = network.term.name
        let recorded = try store.latestCoalition(upTo: name).map { RecordedCoalition(term: $0.term, personIDs: $0.personIDs) }
        let respondents = try store.respondentIDs(term: name)
        return AnalysisTerm(network: network, respondents: respondents.isEmpty ? nil : respondents, recordedCoalition: recorded)
    }

    /// The coalition a page examines — recorded, or suggested with `size` members — kept while
    /// the workspace stays the same, so the builder, pre-mortem, on-ramps and spread share one
    /// suggestion instead of each computing it again (the commands compute it as each does).
    func coalition(_ term: TermAnalysis, _ source: CoalitionSource, size: Int, _ query: Query) throws -> CoalitionInUse {
        try cached("coalition-in-use?\(term.network.term.name)&\(source.rawValue)&\(size)&\(query.analysisKey)") {
            try term.coalition(source, suggestion: CoalitionOptions(size: size))
        }
    }

    /// The report's input for `term` and every term before it, as `trustnet report` builds it.
    func reportInput(term: String?, options: BriefingOptions) throws -> ReportInput {
        let chosen = try store.resolveTerm(term)
        let summaries = try store.terms()
        let last = summaries.firstIndex { $0.term.name == chosen } ?? summaries.count - 1
        let terms = try summaries.prefix(through: last).map { try analysisTerm($0.term.name) }
        return ReportInput(terms: terms, anonymized: false, options: options)
    }
}
