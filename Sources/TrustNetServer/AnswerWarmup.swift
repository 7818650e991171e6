import Foundation
import TrustNet
import TrustNetGraphviz
import TrustNetIO

/// What `trustnet serve` computes as soon as it listens (and again after an import through the
/// import page), so that a leader's first visit to any page of the latest term is served from
/// kept answers instead of waiting for them: the coalition builder's suggestion (which the
/// pre-mortem, on-ramps and spread pages share), every table page and its `/api`, the network
/// page's first diagram on the stable layout, and that term's diagram of each relation; then,
/// for a school-sized workspace, the same for the two terms before it.
///
/// The answers are the pages' own, under the same keys (``AnswerCache``): a request that comes
/// while one is being computed waits for it rather than computing it again, and a workspace
/// changed meanwhile drops them as it drops any kept answer. Runs on a utility-priority thread
/// of its own, never on the server's request threads.
public enum AnswerWarmup {
    /// The terms warmed, newest first: the latest, then the two before it (the term slider's
    /// and growth's neighbours), so their answers fit in the cache (``AnswerCache/limit``) beside
    /// what the leader asks for.
    static let termsWarmed = 3

    /// Computes the latest term's answers; the term and how long it took, or nil when the
    /// workspace has no term yet (or an answer could not be computed: the page will say why
    /// when it is asked).
    @discardableResult
    public static func warm(_ workspace: ServedWorkspace) -> (term: String, seconds: Double)? {
        let started = DispatchTime.now().uptimeNanoseconds
        guard workspace.exists, let term = try? workspace.store.resolveTerm(nil), (try? warm(workspace, term: term)) != nil else { return nil }
        return (term, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
    }

    /// Computes the answers of the terms before the latest (up to ``termsWarmed`` in all),
    /// newest first — for a school-sized workspace only: a district's earlier terms take
    /// minutes of both cores, which the leader's own requests would wait behind.
    public static func warmEarlierTerms(_ workspace: ServedWorkspace) {
        guard let summaries = try? workspace.terms(), let latest = summaries.last, latest.people <= PageRoutes.overviewAbove else { return }
        let names = summaries.map(\.term.name)
        for term in names.reversed().dropFirst().prefix(termsWarmed - 1) {
            guard (try? warm(workspace, term: term)) != nil else { return }
        }
    }

    /// The answers of one term, as its pages ask for them with no options.
    static func warm(_ workspace: ServedWorkspace, term: String) throws {
        let routes = PageRoutes(workspace: workspace, pages: try Pages())
        let asked = Query("term=" + queryValue(term))
        _ = try routes.keptBuilder(term: term, asked)
        for table in [AnswerTable.spread, .sarahs, .premortem, .onramps, .growth, .coalition, .terms] {
            _ = try table.answer(workspace, asked)
        }
        let network = try workspace.store.network(term: term)
        _ = try DownloadRoutes.diagram(
            of: network, relation: "all", format: .svg, query: Query(PageRoutes.firstDiagramQuery(of: network)), from: workspace)
        if !PageRoutes.drawnUnitsFirst(network, level: PageRoutes.districtLevel(of: network)) {
            for relation in network.relations {
                _ = try DownloadRoutes.diagram(of: network, relation: relation.name, format: .svg, query: Query(""), from: workspace)
            }
        }
    }

    /// ``warm(_:)`` on a thread of its own; `done` gets its result; then
    /// ``warmEarlierTerms(_:)``.
    public static func start(_ workspace: ServedWorkspace, done: @escaping @Sendable ((term: String, seconds: Double)?) -> Void = { _ in }) {
        DispatchQueue.global(qos: .utility).async {
            let latest = warm(workspace)
            done(latest)
            if latest != nil { warmEarlierTerms(workspace) }
        }
    }
}
