import Hummingbird
import TrustNet
import TrustNetAnalysis
import TrustNetIO

/// The pages: each a bookmarkable address (`/sarahs?term=T`), server-rendered from the same
/// tables and sentences as `/api`, with a term picker and the views in a menu.
struct PageRoutes: Sendable {
    let workspace: ServedWorkspace
    let pages: Pages

    static let views: [(path: String, label: String, table: AnswerTable?)] = [
        ("/", "Workspace", .terms), ("/import", "Import", nil), ("/sarahs", "Sarahs", .sarahs), ("/coalition", "Coalition builder", nil), ("/premortem", "Pre-mortem", .premortem),
        ("/onramps", "On-ramps", .onramps), ("/spread", "Spread", .spread), ("/growth", "Growth", .growth), ("/network", "Network", nil),
        ("/downloads", "Downloads", nil),
    ]

    func add(to router: Router<TrustNetRequestContext>) {
        router.get("/") { request, context in try answering { try workspacePage(Query(request), context) } }
        for view in Self.views.dropFirst() {
            guard let table = view.table else { continue }
            router.get(RouterPath(stringLiteral: view.path)) { request, context in
                try answering { try termPage(view, Query(request), context) { try tablePage(table, view: view, $0, context) } }
            }
        }
        for (path, show) in [("/coalition", builderPage), ("/network", networkPage), ("/downloads", downloadsPage)] {
            let view = Self.views.first { $0.path == path }!
            router.get(RouterPath(stringLiteral: path)) { request, context in
                try answering { try termPage(view, Query(request), context) { try show($0, context) } }
            }
        }
    }

    /// A view of a term: shown by `show`, or, while the workspace holds no term (or there is no
    /// workspace file yet), a page that says to import first and links to the import page.
    func termPage(
        _ view: (path: String, label: String, table: AnswerTable?), _ query: Query, _ context: TrustNetRequestContext,
        _ show: (Query) throws -> Response
    ) throws -> Response {
        guard try workspace.terms().isEmpty else { return try show(query) }
        var page = try frame(view.label, path: view.path, query, context)
        page.nothingImported()
        return .html(pages.render(page))
    }

    /// The frame every page shares: title, menu, term picker.
    func frame(_ title: String, path: String, _ query: Query, _ context: TrustNetRequestContext) throws -> PageModel {
        let names = try workspace.terms().map(\.term.name)
        let term = query.term.flatMap { names.contains($0) ? $0 : nil } ?? names.last ?? ""
        let suffix = term.isEmpty ? "" : "?term=" + queryValue(term)
        var page = PageModel(
            title: title, path: path, csrf: context.csrf, term: term, terms: names.map { .init(name: $0, selected: $0 == term) },
            nav: Self.views.map { .init(label: $0.label, href: $0.path + suffix, current: $0.path == path) })
        page.hasTerms = !names.isEmpty
        return page
    }

    func workspacePage(_ query: Query, _ context: TrustNetRequestContext) throws -> Response {
        var page = try frame("Workspace", path: "/", query, context)
        let summaries = try workspace.terms()
        let latest = summaries.last { $0.term.name == page.term } ?? summaries.last
        let recorded = try latest.map { try workspace.store.latestCoalition(upTo: $0.term.name) != nil } ?? false
        page.lines = query["imported"].map { [Wording.imported(terms: $0.split(separator: ",").map(String.init))] } ?? []
        page.lines += Wording.nextSteps(term: latest?.term.name, people: latest?.people ?? 0, respondents: latest?.respondents ?? 0, coalitionRecorded: recorded)
        if latest == nil { page.nothingImported() }
        // The term's own survey, if it has one: how far it has come, never who answered what.
        if let name = latest?.term.name, let progress = try? workspace.store.surveyProgress(term: name) {
            page.lines.append(
                Wording.surveyProgress(
                    term: name, isOpen: progress.survey.state == .open, closes: progress.survey.design.closes, responded: progress.responded,
                    submitted: progress.submitted, people: progress.people))
        }
        if !summaries.isEmpty { page.tables = [PageModel.table(.terms(summaries), caption: "Terms, oldest first", csv: "/csv/terms.csv")] }
        return .html(pages.render(page))
    }

    func tablePage(_ table: AnswerTable, view: (path: String, label: String, table: AnswerTable?), _ query: Query, _ context: TrustNetRequestContext) throws -> Response {
        var page = try frame(view.label, path: view.path, query, context)
        let answer = try table.answer(workspace, query)
        page.lines = answer.lines
        let csv = "/csv/\(table.rawValue).csv" + (page.term.isEmpty ? "" : "?term=" + queryValue(page.term))
        page.tables = [PageModel.table(answer.table, caption: "\(view.label) of \(page.term)", csv: csv)]
        return .html(pages.render(page))
    }

    /// Starts from the recorded coalition, else the suggested one; the script asks
    /// `/api/coalition/evaluate` as people are added or taken out.
    func builderPage(_ query: Query, _ context: TrustNetRequestContext) throws -> Response {
        var page = try frame("Coalition builder", path: "/coalition", query, context)
        page.builder = try keptBuilder(term: page.term, query)
        return .html(pages.render(page))
    }

    /// ``builder(term:_:)``, kept while the workspace stays the same.
    func keptBuilder(term: String, _ query: Query) throws -> PageModel.Builder {
        try workspace.cached("builder?\(query.key(term: term))") { try builder(term: term, query) }
    }

    /// The builder's starting point: the coalition in force or suggested, and its numbers.
    func builder(term name: String, _ query: Query) throws -> PageModel.Builder {
        let term = TermAnalysis(try workspace.analysisTerm(name.isEmpty ? nil : name), options: try query.analysisOptions)
        let start = try workspace.coalition(term, .automatic, size: CoalitionOptions().size, query)
        let chosen = Set(start.members)
        let evaluation = try term.evaluateCoalition(ids: start.members.map { term.network.people[$0].id })
        let order = term.network.people.indices.sorted { term.network.people[$0].name < term.network.people[$1].name }
        return PageModel.Builder(
            term: term.network.term.name,
            start: Wording.coalitionLine(start, verb: "starting from", in: term.network, voice: .browser),
            people: order.map { v in
                let p = term.network.people[v]
                return .init(id: p.id, name: p.name, unit: p.unit ?? "", chosen: chosen.contains(v))
            },
            reach: Wording.reach(evaluation), units: "\(evaluation.unitsCovered) of \(evaluation.unitCount)",
            risks: evaluation.risks.map { Wording.sentence($0, in: term.network, answered: term.term.answered) })
    }

    func downloadsPage(_ query: Query, _ context: TrustNetRequestContext) throws -> Response {
        var page = try frame("Downloads", path: "/downloads", query, context)
        let t = page.term.isEmpty ? "" : "?term=" + queryValue(page.term)
        let amp = t.isEmpty ? "?" : t + "&"
        page.lines = [Wording.downloadsNote]
        page.downloads =
            [PageModel.Link(label: "The report (HTML)", href: "/report.html" + t)]
            + AnswerTable.allCases.map { .init(label: "\($0.rawValue) table (CSV)", href: "/csv/\($0.rawValue).csv" + t) }
            + ["graphml", "gexf", "json", "csv"].flatMap { format in
                [
                    PageModel.Link(label: "Network as \(format.uppercased())", href: "/export.\(format)" + t),
                    PageModel.Link(label: "Network as \(format.uppercased()), anonymized", href: "/export.\(format)" + amp + "anonymize=1"),
                ]
            }
        return .html(pages.render(page))
    }
}
