import Foundation
import Hummingbird
import TrustNet
import TrustNetIO
import TrustNetStore

/// The answering side of a survey, reached by personal links and no leader token:
///
/// - `GET /s/TOKEN`: the page (names of the roster with their units, the respondent's own
///   saved answers); works without JavaScript;
/// - `POST /s/TOKEN`: the page's plain form, submitted; redirects back with a thank-you;
/// - `POST /s/TOKEN/answers`: the same answers as JSON (see README, "Answering a survey").
///
/// A made-up, replaced or closed link gets the same 404 and shows nothing of the roster.
/// Requests are counted per link and per address (429 over the limit), bodies are limited
/// (413), and a POST from another site's page (its `Origin`, or `Sec-Fetch-Site`) is refused:
/// the link is the secret, so a page elsewhere cannot post for someone unless it has their link.
/// Answers are committed to the workspace before the response is sent.
struct SurveyRoutes: Sendable {
    let workspace: ServedWorkspace
    let pages: Pages
    let limits: SurveyRateLimits
    let maxBody: Int

    func add(to router: Router<TrustNetRequestContext>) {
        router.get("/s/:token") { request, context in
            try guarded(request, context) { token in
                guard let visit = try visit(token) else { return notFound(json: false) }
                let notice: String? =
                    if request.uri.queryParameters["saved"] != nil {
                        "Thank you: your answers are saved. You can change them with this link until the survey closes."
                    } else if let response = visit.response {
                        response.submitted
                            ? "These are the answers you submitted. Change them and submit again if you like."
                            : "These are the answers saved so far. Press Submit when you are done."
                    } else {
                        nil
                    }
                return .html(pages.render(SurveyPageModel(visit: visit, token: token, notice: notice)))
            }
        }
        router.post("/s/:token") { request, context in
            try await guardedPost(request, context, json: false) { token, body in
                guard let visit = try visit(token) else { return notFound(json: false) }
                let answers = Self.answers(fromForm: FormFields(String(buffer: body)), design: visit.design)
                if let problem = try save(token, answers, submitted: true) {
                    var page = SurveyPageModel(visit: visit, token: token, notice: "Not saved: \(problem).")
                    page.notice = "Not saved: \(problem)."
                    return .text(pages.render(page), type: "text/html; charset=utf-8", status: .badRequest)
                }
                return Response(status: .seeOther, headers: [.location: "/s/\(token)?saved=1"])
            }
        }
        router.post("/s/:token/answers") { request, context in
            try await guardedPost(request, context, json: true) { token, body in
                let parsed: (answers: [Relation: [SurveyChoice]], draft: Bool)
                do {
                    parsed = try Self.answers(fromJSON: Data(buffer: body))
                } catch let error as AnswerFormatError {
                    return Self.jsonError(error.message, status: .badRequest)
                }
                if let problem = try save(token, parsed.answers, submitted: !parsed.draft) {
                    return Self.jsonError(problem, status: .badRequest)
                }
                return .json(#"{"saved": true, "submitted": \#(!parsed.draft)}"# + "\n")
            }
        }
    }

    /// What link `token` opens; nothing while there is no workspace (no survey can exist).
    func visit(_ token: String) throws -> SurveyVisit? {
        workspace.exists ? try workspace.store.surveyVisit(token: token, today: Self.today()) : nil
    }

    /// Saves; `nil` when saved, the reason when refused; a link that opens nothing is 404.
    func save(_ token: String, _ answers: [Relation: [SurveyChoice]], submitted: Bool) throws -> String? {
        try workspace.store.saveSurveyResponse(token: token, answers: answers, submitted: submitted, today: Self.today())
    }

    /// The token from the path, after the rate limits; a link that opens nothing is 404.
    func guarded(_ request: Request, _ context: TrustNetRequestContext, json: Bool = false, _ body: (String) throws -> Response) throws -> Response {
        let token = context.parameters.get("token") ?? ""
        guard limits.admit(link: SurveyToken.isWellFormed(token) ? token : "(malformed)", address: Self.address(request, context)) else {
            return Response(
                status: .tooManyRequests, headers: [.contentType: "text/plain; charset=utf-8", .retryAfter: "60"],
                body: .init(byteBuffer: ByteBuffer(string: "Too many requests: wait a minute and try again.\n")))
        }
        do {
            return try body(token)
        } catch WorkspaceError.surveyLinkClosed {
            return notFound(json: json)
        }
    }

    func guardedPost(
        _ request: Request, _ context: TrustNetRequestContext, json: Bool, _ handle: (String, ByteBuffer) throws -> Response
    ) async throws -> Response {
        if Self.isCrossSite(request) {
            return json
                ? Self.jsonError("answers are taken only from the survey's own page", status: .forbidden)
                : AccessMiddleware.forbidden("Answers are taken only from the survey's own page.")
        }
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxBody { return Self.tooLarge(maxBody) }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maxBody)
        } catch let error as HTTPResponseError where error.status == .contentTooLarge {
            return Self.tooLarge(maxBody)
        }
        return try guarded(request, context, json: json) { token in try handle(token, body) }
    }

    func notFound(json: Bool) -> Response {
        json
            ? Self.jsonError("this link does not open a survey", status: .notFound)
            : .text(pages.render(SurveyPageModel.notFound), type: "text/html; charset=utf-8", status: .notFound)
    }

    static func jsonError(_ message: String, status: HTTPResponse.Status) -> Response {
        .text("{\"error\": \(TrustNetIO.JSONText.string(message))}\n", type: "application/json; charset=utf-8", status: status)
    }

    static func tooLarge(_ limit: Int) -> Response {
        Response(
            status: .contentTooLarge, headers: [.contentType: "text/plain; charset=utf-8", .connection: "close"],
            body: .init(byteBuffer: ByteBuffer(string: "The answers are larger than \(limit / 1024) KB.\n")))
    }

    /// Whether a browser says the request comes from another site's page: `Sec-Fetch-Site`
    /// when the browser sends it (all current ones do), else an `Origin` that is not this
    /// server. `Origin: null` is not refused: with this server's `Referrer-Policy: no-referrer`
    /// browsers send it for the page's own form; the link itself is the secret.
    static func isCrossSite(_ request: Request) -> Bool {
        if let site = request.headers[.init("Sec-Fetch-Site")!] { return site != "same-origin" && site != "none" }
        guard let origin = request.headers[.origin], origin != "null" else { return false }
        guard let host = request.head.authority, let url = URL(string: origin), let originHost = url.host else { return true }
        return originHost + (url.port.map { ":\($0)" } ?? "") != host
    }

    /// The client's address: the peer's, or, when the peer is a reverse proxy on this machine,
    /// the last address it added to `X-Forwarded-For`.
    static func address(_ request: Request, _ context: TrustNetRequestContext) -> String? {
        let peer = context.peerAddress
        if peer == "127.0.0.1" || peer == "::1", let forwarded = request.headers[.init("X-Forwarded-For")!],
            let last = forwarded.split(separator: ",").last
        {
            return last.trimmingCharacters(in: .whitespaces)
        }
        return peer
    }

    static func today() -> CalendarDay {
        let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDay(year: c.year!, month: c.month!, day: c.day!)
    }

    /// The plain form's fields as answers: `asked.I` marks question I answered, `pick.I` the
    /// colleagues chosen, `w.I.ID` a frequency, `d.I.ID.KEY` a trust dimension.
    static func answers(fromForm form: FormFields, design: SurveyDesign) -> [Relation: [SurveyChoice]] {
        var answers: [Relation: [SurveyChoice]] = [:]
        for (index, question) in design.questions.enumerated() where form["asked.\(index)"] != nil {
            let picked = form.fields.filter { $0.name == "pick.\(index)" }.map(\.value)
            answers[question.relation] = picked.map { id in
                var choice = SurveyChoice(id: id, weight: form["w.\(index).\(id)"].flatMap { Int($0) })
                var dimensions: [String: Int] = [:]
                for d in SurveyDesign.trustDimensionNames {
                    if let v = form["d.\(index).\(id).\(d.key)"].flatMap({ Int($0) }) { dimensions[d.key] = v }
                }
                if !dimensions.isEmpty { choice.dimensions = dimensions }
                return choice
            }
        }
        return answers
    }

    struct AnswerFormatError: Error { var message: String }

    /// `{"advice": [{"id": "S0002", "weight": 4}], "trust": [{"id": "S0003", "openness": 3}],
    /// "draft": true}`: every key but `draft` is a question's relation.
    static func answers(fromJSON data: Data) throws -> (answers: [Relation: [SurveyChoice]], draft: Bool) {
        do {
            let decoded = try JSONDecoder().decode(PostedAnswers.self, from: data)
            return (decoded.answers, decoded.draft)
        } catch let error as AnswerFormatError {
            throw error
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context), DecodingError.keyNotFound(_, let context) {
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            throw AnswerFormatError(message: "the answers are not in the documented form (at \(path.isEmpty ? "the top" : path))")
        } catch {
            throw AnswerFormatError(message: "the body is not a JSON object of answers")
        }
    }
}

/// The JSON body of `POST /s/TOKEN/answers`.
struct PostedAnswers: Decodable {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    var answers: [Relation: [SurveyChoice]] = [:]
    var draft = false

    init(from decoder: any Decoder) throws {
        let top = try decoder.container(keyedBy: Key.self)
        let dimensionKeys = Set(SurveyDesign.trustDimensionNames.map(\.key))
        for key in top.allKeys {
            if key.stringValue == "draft" {
                draft = try top.decode(Bool.self, forKey: key)
                continue
            }
            guard let relation = Relation(key.stringValue) else { throw SurveyRoutes.AnswerFormatError(message: "an empty question name") }
            var list = try top.nestedUnkeyedContainer(forKey: key)
            var choices: [SurveyChoice] = []
            while !list.isAtEnd {
                let entry = try list.nestedContainer(keyedBy: Key.self)
                var choice = SurveyChoice(id: "")
                var dimensions: [String: Int] = [:]
                for field in entry.allKeys {
                    switch field.stringValue {
                    case "id": choice.id = try entry.decode(String.self, forKey: field)
                    case "weight": choice.weight = try entry.decodeIfPresent(Int.self, forKey: field)
                    case let name where dimensionKeys.contains(name): dimensions[name] = try entry.decode(Int.self, forKey: field)
                    case let name: throw SurveyRoutes.AnswerFormatError(message: "\(name) is not a field of an answer (id, weight, \(dimensionKeys.sorted().joined(separator: ", ")))")
                    }
                }
                guard !choice.id.isEmpty else { throw SurveyRoutes.AnswerFormatError(message: "each colleague in \(key.stringValue) is {\"id\": …}") }
                if !dimensions.isEmpty { choice.dimensions = dimensions }
                choices.append(choice)
            }
            answers[relation] = choices
        }
    }
}
