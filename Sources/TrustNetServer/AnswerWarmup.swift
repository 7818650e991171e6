import Foundation
import TrustNet
import TrustNetGraphviz
import TrustNetIO

/// What `trustnet serve` computes as soon as it listens (and again after an import through the
/// import page), so that a leader's first visit to any page of the latest term is served from
/// kept answers instead of waiting for them: the coalition builder's suggestion (which the
/// pre-mortem, on-ramps and spread pages share), every table page and its `/api`, the network
/// page's first diagram on the stable layout, and that term's diagram of each relation.
///
/// The answers are the pages' own, under the same keys (``AnswerCache``): a request that comes
/// while one is being computed waits for it rather than computing it again, and a workspace
/// changed meanwhile drops them as it drops any kept answer. Runs on a utility-priority thread
/// of its own, never on the server's request threads.
public enum AnswerWarmup {
    /// Computes the latest term's answers; the term and how long it took, or nil when the
    /// workspace has no term yet (or an answer could not be computed: the page will say why
    /// when it is asked).
    @discardableResult
    public static func warm(_ workspace: ServedWorkspace) -> (term: String, seconds: Double)? {
        let started = DispatchTime.now().uptimeNanoseconds
        guard workspace.exists, let term = try? workspace.store.resolveTerm(nil), let pages = try? Pages() else { return nil }
        let routes = PageRoutes(workspace: workspace, pages: pages)
        let none = Query("")
        do {
            _ = try workspace.cached("builder?\(none.key(term: term))") { try routes.builder(term: term, none) }
            for table in [AnswerTable.spread, .sarahs, .premortem, .onramps, .growth, .coalition, .terms] {
                _ = try table.answer(workspace, none)
            }
            let network = try workspace.store.network(term: term)
            _ = try DownloadRoutes.diagram(
                of: network, relation: "all", format: .svg, query: Query(PageRoutes.firstDiagramQuery(of: network)), from: workspace)
            if !PageRoutes.drawnUnitsFirst(network, level: PageRoutes.districtLevel(of: network)) {
                for relation in network.relations {
                    _ = try DownloadRoutes.diagram(of: network, relation: relation.name, format: .svg, query: none, from: workspace)
                }
            }
        } catch {
            return nil
        }
        return (term, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
    }

    /// ``warm(_:)`` on a thread of its own; `done` gets its result.
    public static func start(_ workspace: ServedWorkspace, done: @escaping @Sendable ((term: String, seconds: Double)?) -> Void = { _ in }) {
        DispatchQueue.global(qos: .utility).async { done(warm(workspace)) }
    }
}
