import Foundation
import Hummingbird
import TrustNet
import TrustNetAnalysis
import TrustNetReport

/// `/api/…`: each page's data as JSON, the same as the command's `--format json` for the same
/// options.
struct APIRoutes: Sendable {
    let workspace: ServedWorkspace

    func add(to group: RouterGroup<TrustNetRequestContext>) {
        for table in AnswerTable.allCases {
            group.get(RouterPath(stringLiteral: table.rawValue)) { request, _ in
                try answering { .json(try table.answer(workspace, Query(request)).table.json()) }
            }
        }
        group.get("person") { request, _ in
            try answering {
                let query = Query(request)
                let network = try workspace.store.network(term: query.term)
                let relation = query["relation"] ?? "all"
                let profile = try workspace.cached("person?\(network.term.name)&\(relation)&\(query["min_weight"] ?? "")&\(query["id"] ?? "")") {
                    try PersonProfile(
                        id: query["id"] ?? "", network: try PageRoutes.minWeightNetwork(network, query["min_weight"] ?? ""),
                        relations: try RelationSelection(relation == "all" ? [] : [relation]).resolve(in: network))
                }
                return .json(try JSONText.encode(profile))
            }
        }
        group.get("coalition/evaluate") { request, _ in try answering { try evaluate(Query(request)) } }
        group.post("coalition/record") { request, context in try await record(request, context: context) }
        group.get("report") { request, _ in
            try answering {
                var options = BriefingOptions(analysis: try Query(request).analysisOptions)
                options.seed = UInt64(try Query(request).int("seed", default: Int(options.seed), atLeast: 0))
                return .json(try ReportJSON(input: workspace.reportInput(term: Query(request).term, options: options)).json())
            }
        }
    }

    /// The coalition builder's numbers for `ids`: reach, within one and two steps, units
    /// covered, and the pre-mortem's top risks for exactly that set.
    func evaluate(_ query: Query) throws -> Response {
        let term = TermAnalysis(try workspace.analysisTerm(query.term), options: try query.analysisOptions)
        let e = try term.evaluateCoalition(ids: query.ids, risks: try query.int("risks", default: 3))
        let body = CoalitionEvaluationJSON(
            term: term.network.term.name, members: e.members.map(term.ref), reach: e.reach, within_1: e.withinOne, within_2: e.withinTwo,
            units_covered: e.unitsCovered, units: e.unitCount,
            risks: e.risks.map { f in
                .init(
                    kind: f.kind.name, finding: Wording.sentence(f, in: term.network, answered: term.term.answered), severity: f.severity,
                    person_ids: f.people.map { term.network.people[$0].id })
            })
        return .json(try JSONText.encode(body))
    }

    /// POST `{"term": T, "ids": [a, b]}` (or a form with term and ids=a,b): records the coalition
    /// for the term, as `trustnet coalition record --term T a b` does.
    func record(_ request: Request, context: TrustNetRequestContext) async throws -> Response {
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let fields: (term: String?, ids: [String])
        if request.headers[.contentType]?.hasPrefix("application/json") == true {
            let decoded = try JSONDecoder().decode(RecordRequest.self, from: Data(buffer: body))
            fields = (decoded.term, decoded.ids)
        } else {
            let form = FormFields(String(buffer: body))
            fields = (form["term"], (form["ids"] ?? "").split(separator: ",").map(String.init))
        }
        return try answering {
            guard !fields.ids.isEmpty else { throw QueryError("name at least one member (ids)") }
            let term = TermAnalysis(try workspace.analysisTerm(fields.term))
            let members = try term.people(withIDs: fields.ids)
            let ids = members.map { term.network.people[$0].id }
            try workspace.store.recordCoalition(term: term.network.term.name, personIDs: ids)
            return .json(try JSONText.encode(RecordRequest(term: term.network.term.name, ids: ids)))
        }
    }
}

struct RecordRequest: Codable {
    var term: String?
    var ids: [String]
}

struct CoalitionEvaluationJSON: Encodable {
    struct Risk: Encodable {
        var kind: String
        var finding: String
        var severity: Double
        var person_ids: [String]
    }
    var term: String
    var members: [PersonRef]
    var reach: Double
    var within_1: Double
    var within_2: Double
    var units_covered: Int
    var units: Int
    var risks: [Risk]
}

enum JSONText {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
