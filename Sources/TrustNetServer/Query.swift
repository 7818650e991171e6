import Hummingbird
import TrustNetAnalysis

/// A request's query parameters, read the way the commands read their options.
struct Query: Sendable {
    let fields: FormFields

    init(_ request: Request) { fields = FormFields(request.uri.query ?? "") }

    /// The parameters as one string, for keeping answers by the question asked.
    var key: String { fields.fields.map { "\($0.name)=\($0.value)" }.joined(separator: "&") }

    /// ``key`` with the term the question is about in place of `?term=`, so the latest term asked
    /// for by name or by default is one question (and one kept answer).
    func key(term: String) -> String {
        (["term=\(term)"] + fields.fields.filter { $0.name != "term" }.map { "\($0.name)=\($0.value)" }).joined(separator: "&")
    }

    /// The parameters of `text` (`a=1&b=2`), as a request's would be.
    init(_ text: String) { fields = FormFields(text) }

    /// The parameters that change the analysis options (``analysisOptions``), as one string.
    var analysisKey: String {
        fields.fields.filter { ["min_weight", "formal_title"].contains($0.name) }.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
    }

    subscript(name: String) -> String? { fields[name].flatMap { $0.isEmpty ? nil : $0 } }

    /// `?term=T` (the latest term when absent).
    var term: String? { self["term"] }

    func int(_ name: String, default value: Int, atLeast minimum: Int = 1) throws -> Int {
        guard let text = self[name] else { return value }
        guard let n = Int(text), n >= minimum else { throw HTTPError(.badRequest, message: "\(name) needs a whole number of at least \(minimum)") }
        return n
    }

    /// `min_weight` and `formal_title` (repeatable or ;-separated), as `--min-weight` and
    /// `--formal-title`.
    var analysisOptions: AnalysisOptions {
        get throws {
            var minWeight: Double?
            if let text = self["min_weight"] {
                guard let w = Double(text), w.isFinite, w > 0 else { throw HTTPError(.badRequest, message: "min_weight needs a positive number") }
                minWeight = w
            }
            let titles = fields.fields.filter { $0.name == "formal_title" }.flatMap { $0.value.split(separator: ";").map(String.init) }
            return AnalysisOptions(minWeight: minWeight, formalTitles: titles)
        }
    }

    /// `ids=a,b,c`: person ids, each once, in order.
    var ids: [String] {
        var seen = Set<String>()
        return (self["ids"] ?? "").split(separator: ",").map(String.init).filter { seen.insert($0).inserted }
    }
}
