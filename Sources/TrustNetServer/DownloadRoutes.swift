import Hummingbird
import TrustNet
import TrustNetAnalysis
import TrustNetGraphviz
import TrustNetIO
import TrustNetReport

/// Files to save: diagrams, the report, every table as CSV, the network exports; and the app's
/// own script and styles. Names in URLs pick from fixed lists; none reaches the file system.
struct DownloadRoutes: Sendable {
    let workspace: ServedWorkspace

    /// The bytes of `/diagram/{term}/{relation}.{format}?{query}`, kept while the workspace
    /// stays the same.
    static func diagram(of network: Network, relation: String, format: OutputFormat, query: Query, from workspace: ServedWorkspace) throws -> [UInt8] {
        let diagram = try DiagramDownload(relation: relation, network: network, query: query)
        return try workspace.cached("diagram?\(network.term.name)&\(relation)&\(format.rawValue)&\(query.key)") {
            try diagram.render(term: network.term.name, from: workspace, format: format)
        }
    }

    func add(to router: Router<TrustNetRequestContext>) {
        router.get("/diagram/:term/:file") { request, context in
            try answering {
                let file = FormFields.decode(Substring(context.parameters.get("file") ?? ""), plusIsSpace: false)
                let term = FormFields.decode(Substring(context.parameters.get("term") ?? ""), plusIsSpace: false)
                guard let dot = file.lastIndex(of: "."), let format = OutputFormat(rawValue: String(file[file.index(after: dot)...])), format != .dot else {
                    throw HTTPError(.notFound, message: "diagrams are .svg, .png or .pdf")
                }
                let relation = String(file[..<dot])
                let network = try workspace.store.network(term: term)
                let bytes = try Self.diagram(of: network, relation: relation, format: format, query: Query(request), from: workspace)
                let types: [OutputFormat: String] = [.svg: "image/svg+xml", .png: "image/png", .pdf: "application/pdf"]
                var response = Response.download(bytes, type: types[format] ?? "application/octet-stream", filename: "\(network.term.name)-\(relation).\(format.rawValue)")
                if Query(request)["download"] == nil { response.headers[.contentDisposition] = nil }
                return response
            }
        }
        router.get("/report.html") { request, _ in
            try answering {
                let query = Query(request)
                let input = try workspace.reportInput(term: query.term, options: BriefingOptions(analysis: try query.analysisOptions))
                let name = input.terms[input.reportTerm].network.term.name
                // Saved, not shown: the report's own script is inline, which this server's policy forbids.
                return .download(Array(try Report(input: input).html().utf8), type: "text/html; charset=utf-8", filename: "trustnet-report-\(name).html")
            }
        }
        router.get("/csv/:table") { request, context in
            try answering {
                let name = context.parameters.get("table") ?? ""
                guard name.hasSuffix(".csv"), let table = AnswerTable(rawValue: String(name.dropLast(4))) else { throw HTTPError(.notFound) }
                return .download(Array(try table.answer(workspace, Query(request)).table.csv().utf8), type: "text/csv; charset=utf-8", filename: name)
            }
        }
        router.get("/:export") { request, context in
            try answering {
                let name = context.parameters.get("export") ?? ""
                guard name.hasPrefix("export."), let format = ExportFormat(rawValue: String(name.dropFirst(7))) else { throw HTTPError(.notFound) }
                return try export(format, Query(request))
            }
        }
        router.get("/static/:file") { _, context in
            guard let file = Pages.staticFile(context.parameters.get("file") ?? "") else { throw HTTPError(.notFound) }
            var response = Response(status: .ok, headers: [.contentType: file.type], body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
            response.headers[.cacheControl] = "no-cache"
            return response
        }
    }

    enum ExportFormat: String { case graphml, gexf, json, csv }

    /// `trustnet export --format F [--anonymize]` for the term.
    func export(_ format: ExportFormat, _ query: Query) throws -> Response {
        var network = try workspace.store.network(term: query.term)
        let measures = PersonMeasure.defaults(for: network)
        var scores = try PersonMeasure.compute(measures, on: network.graph(), options: MeasureOptions(for: network))
        let anonymize = query["anonymize"] == "1"
        if anonymize {
            // As `export --anonymize`: people in pseudonym order, each score following its person.
            let pseudonyms = try workspace.store.pseudonyms(for: network.people.map(\.id))
            let order = network.pseudonymOrder(pseudonyms)
            scores = scores.mapValues { s in NodeScores(order.map { s.values[$0] }) }
            network = network.anonymized(pseudonyms: pseudonyms, minimumUnitSize: 5)
        }
        let export = NetworkExport(network: network, measures: measures.map { ($0.rawValue, scores[$0]!) })
        let (text, type): (String, String) =
            switch format {
            case .graphml: (export.graphML(), "application/graphml+xml")
            case .gexf: (export.gexf(), "application/gexf+xml")
            case .json: (export.json(), "application/json")
            case .csv: (export.peopleTable().csv(), "text/csv; charset=utf-8")
            }
        let name = "\(network.term.name)\(anonymize ? "-anonymized" : "").\(format.rawValue)"
        return .download(Array(text.utf8), type: type, filename: name)
    }
}
