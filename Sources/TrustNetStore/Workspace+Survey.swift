import Foundation
import GRDB
import TrustNet

/// Whether a survey takes answers.
public enum SurveyState: String, Sendable, Hashable {
    case open, closed
}

/// A term's survey as stored.
public struct SurveySummary: Sendable, Hashable {
    public var term: String
    public var design: SurveyDesign
    public var state: SurveyState
    public var createdAt: String
    public var closedAt: String?
}

/// A personal link just issued: the person and the token, which is shown this once (only its
/// hash is kept).
public struct IssuedSurveyLink: Sendable, Hashable {
    public var person: Person
    public var token: SurveyToken
    /// Whether the person held a link before, which no longer works.
    public var replacedEarlier: Bool
}

/// How many have answered, overall and per unit.
public struct SurveyProgress: Sendable, Hashable {
    public struct Unit: Sendable, Hashable {
        public var unit: String
        public var people: Int
        /// People with answers saved (submitted or not).
        public var responded: Int
        public var submitted: Int
    }
    public var survey: SurveySummary
    public var people: Int
    public var responded: Int
    public var submitted: Int
    /// People holding a link that works.
    public var linked: Int
    public var units: [Unit]
}

/// What a personal link opens: the survey, the respondent, the roster to pick from, and the
/// respondent's own saved answers (nobody else's).
public struct SurveyVisit: Sendable, Hashable {
    public var term: String
    public var design: SurveyDesign
    public var respondent: Person
    /// The term's roster without the respondent, in roster order.
    public var colleagues: [Person]
    public var response: SurveyResponse?
}

extension Workspace {
    /// Creates the survey of `term`, open, on the term's roster.
    ///
    /// - Throws: ``WorkspaceError/unknownTerm(_:known:)``, ``WorkspaceError/surveyExists(term:)``,
    ///   ``WorkspaceError/noRoster(term:)``.
    public func createSurvey(term: String, design: SurveyDesign) throws {
        try database.write { db in
            let termID = try Workspace.termID(db, term)
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM membership WHERE term_id = ?", arguments: [termID]) ?? 0 > 1 else {
                throw WorkspaceError.noRoster(term: term)
            }
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM survey WHERE term_id = ?", arguments: [termID]) == 0 else {
                throw WorkspaceError.surveyExists(term: term)
            }
            try db.execute(
                sql: "INSERT INTO survey (term_id, design, state, created_at) VALUES (?, ?, 'open', ?)",
                arguments: [termID, Workspace.encodeDesign(design), Workspace.now()])
        }
    }

    /// The survey of `term` (the latest term when `nil`).
    public func survey(term: String?) throws -> SurveySummary {
        let name = try resolveTerm(term)
        return try database.read { db in try Workspace.survey(db, term: name) }
    }

    /// Issues fresh personal links for `personIDs` (everyone on the roster when `nil`); each
    /// person's earlier links stop working. Answers already saved stay: they belong to the
    /// person, not to the link.
    ///
    /// - Returns: the links, in roster order; the tokens are not kept and cannot be shown again.
    public func issueSurveyLinks(term: String?, personIDs: [String]? = nil) throws -> [IssuedSurveyLink] {
        let name = try resolveTerm(term)
        return try database.write { db in
            let survey = try Workspace.survey(db, term: name)
            guard survey.state == .open else { throw WorkspaceError.surveyClosed(term: name) }
            let termID = try Workspace.termID(db, name)
            let roster = try Workspace.people(db, term: name, unitColumn: nil).people
            var chosen = roster
            if let personIDs {
                let byID = Dictionary(roster.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                if let unknown = personIDs.first(where: { byID[$0] == nil }) {
                    throw WorkspaceError.notOnRoster(unknown, term: name)
                }
                let wanted = Set(personIDs)
                chosen = roster.filter { wanted.contains($0.id) }
            }
            let now = Workspace.now()
            var issued: [IssuedSurveyLink] = []
            for person in chosen {
                try db.execute(sql: "DELETE FROM survey_link WHERE term_id = ? AND person_id = ?", arguments: [termID, person.id])
                let replaced = db.changesCount > 0
                let token = SurveyToken()
                try db.execute(
                    sql: "INSERT INTO survey_link (token_sha256, term_id, person_id, issued_at) VALUES (?, ?, ?, ?)",
                    arguments: [token.sha256, termID, person.id, now])
                issued.append(IssuedSurveyLink(person: person, token: token, replacedEarlier: replaced))
            }
            return issued
        }
    }

    /// Responses so far, overall and per unit.
    public func surveyProgress(term: String?) throws -> SurveyProgress {
        let name = try resolveTerm(term)
        return try database.read { db in
            let survey = try Workspace.survey(db, term: name)
            let termID = try Workspace.termID(db, name)
            let roster = try Workspace.people(db, term: name, unitColumn: nil).people
            var submitted: [String: Bool] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT person_id, submitted FROM survey_answer WHERE term_id = ?", arguments: [termID]) {
                submitted[row[0]] = row[1]
            }
            let linked = Set(try String.fetchAll(db, sql: "SELECT DISTINCT person_id FROM survey_link WHERE term_id = ?", arguments: [termID]))
            var units: [String: SurveyProgress.Unit] = [:]
            var progress = SurveyProgress(survey: survey, people: roster.count, responded: 0, submitted: 0, linked: 0, units: [])
            for p in roster {
                let unit = p.unit ?? "(no unit)"
                units[unit, default: .init(unit: unit, people: 0, responded: 0, submitted: 0)].people += 1
                if linked.contains(p.id) { progress.linked += 1 }
                guard let done = submitted[p.id] else { continue }
                progress.responded += 1
                units[unit]!.responded += 1
                if done {
                    progress.submitted += 1
                    units[unit]!.submitted += 1
                }
            }
            progress.units = units.values.sorted { $0.unit < $1.unit }
            return progress
        }
    }

    /// What the personal link `token` opens, or `nil` when it opens nothing: no such link, the
    /// survey closed, or past its closing day (`today`). The caller cannot tell these apart.
    public func surveyVisit(token: String, today: CalendarDay) throws -> SurveyVisit? {
        guard SurveyToken.isWellFormed(token) else { return nil }
        return try database.read { db in try Workspace.visit(db, tokenHash: SurveyToken.sha256(token), today: today) }
    }

    /// Saves `answers` as the response of the link's holder, replacing what they saved before,
    /// in one transaction that checks the link still opens the survey. When this returns the
    /// answers are committed to the workspace file.
    ///
    /// - Returns: `nil` when saved; a reason when the answers are refused
    ///   (``SurveyDesign/problem(with:respondent:roster:)``).
    /// - Throws: ``WorkspaceError/surveyLinkClosed`` when the link opens nothing (as
    ///   ``surveyVisit(token:today:)`` would return `nil`).
    public func saveSurveyResponse(token: String, answers: [Relation: [SurveyChoice]], submitted: Bool, today: CalendarDay) throws -> String? {
        guard SurveyToken.isWellFormed(token) else { throw WorkspaceError.surveyLinkClosed }
        return try database.write { db in
            guard let visit = try Workspace.visit(db, tokenHash: SurveyToken.sha256(token), today: today) else {
                throw WorkspaceError.surveyLinkClosed
            }
            if let problem = visit.design.problem(with: answers, respondent: visit.respondent.id, roster: Set(visit.colleagues.map(\.id))) {
                return problem
            }
            let termID = try Workspace.termID(db, visit.term)
            try db.execute(
                sql: """
                    INSERT INTO survey_answer (term_id, person_id, answers, submitted, saved_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (term_id, person_id) DO UPDATE SET answers = excluded.answers, submitted = excluded.submitted,
                        saved_at = excluded.saved_at
                    """,
                arguments: [termID, visit.respondent.id, Workspace.encodeAnswers(answers), submitted, Workspace.now()])
            return nil
        }
    }

    /// Every saved response of the term's survey, in roster order (people no longer on the
    /// roster left out).
    public func surveyAnswers(term: String?) throws -> SurveyAnswers {
        let name = try resolveTerm(term)
        return try database.read { db in try Workspace.surveyAnswers(db, term: name) }
    }

    /// Closes the survey of `term` and writes its answers as the term's ties, in one
    /// transaction: `plan` is made inside it from the answers and the workspace as they are
    /// (so no answer saved meanwhile is left out), then written as an import is, and the
    /// links stop working. On any error nothing changes and the survey stays open.
    ///
    /// - Returns: what `plan` returned besides the plan (the import's summary).
    public func closeSurvey<Summary>(
        term: String?, plan: (SurveyAnswers, ImportSnapshot) throws -> (plan: ImportPlan, summary: Summary)
    ) throws -> Summary {
        let name = try resolveTerm(term)
        return try database.write { db in
            let survey = try Workspace.survey(db, term: name)
            guard survey.state == .open else { throw WorkspaceError.surveyClosed(term: name) }
            let made = try plan(try Workspace.surveyAnswers(db, term: name), try Workspace.importSnapshot(db, rosterOf: name))
            try Workspace.write(made.plan, db, path: path)
            try db.execute(
                sql: "UPDATE survey SET state = 'closed', closed_at = ? WHERE term_id = ?", arguments: [Workspace.now(), try Workspace.termID(db, name)])
            return made.summary
        }
    }

    /// Opens a closed survey again: links issued before work again and answers can be changed;
    /// the next `close` replaces the ties the last one wrote. A closing day already past is
    /// lifted (pass `closes` to set a new one).
    public func reopenSurvey(term: String?, closes: CalendarDay? = nil) throws {
        let name = try resolveTerm(term)
        try database.write { db in
            var survey = try Workspace.survey(db, term: name)
            guard survey.state == .closed || survey.design.closes != closes else { throw WorkspaceError.surveyAlreadyOpen(term: name) }
            survey.design.closes = closes
            try db.execute(
                sql: "UPDATE survey SET state = 'open', closed_at = NULL, design = ? WHERE term_id = ?",
                arguments: [Workspace.encodeDesign(survey.design), try Workspace.termID(db, name)])
        }
    }

    /// Deletes the survey of `term` with its links and saved answers. Ties an earlier `close`
    /// wrote stay with the term (they are its network now).
    public func deleteSurvey(term: String?) throws -> SurveyProgress {
        let progress = try surveyProgress(term: term)
        try database.write { db in
            try db.execute(sql: "DELETE FROM survey WHERE term_id = ?", arguments: [try Workspace.termID(db, progress.survey.term)])
        }
        return progress
    }

    // MARK: - Inside a transaction

    static func termID(_ db: Database, _ term: String) throws -> Int64 {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM term WHERE name = ?", arguments: [term]) else {
            throw WorkspaceError.unknownTerm(term, known: try String.fetchAll(db, sql: "SELECT name FROM term ORDER BY position, name"))
        }
        return id
    }

    static func survey(_ db: Database, term: String) throws -> SurveySummary {
        let termID = try termID(db, term)
        guard let row = try Row.fetchOne(db, sql: "SELECT design, state, created_at, closed_at FROM survey WHERE term_id = ?", arguments: [termID]),
            let design = decodeJSON(SurveyDesign.self, row["design"])
        else { throw WorkspaceError.noSurvey(term: term) }
        return SurveySummary(
            term: term, design: design, state: SurveyState(rawValue: row["state"]) ?? .closed, createdAt: row["created_at"], closedAt: row["closed_at"])
    }

    static func visit(_ db: Database, tokenHash: String, today: CalendarDay) throws -> SurveyVisit? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT t.name, l.person_id FROM survey_link l JOIN survey s ON s.term_id = l.term_id JOIN term t ON t.id = l.term_id
                    JOIN membership m ON m.term_id = l.term_id AND m.person_id = l.person_id
                    WHERE l.token_sha256 = ? AND s.state = 'open'
                    """, arguments: [tokenHash])
        else { return nil }
        let term: String = row[0], personID: String = row[1]
        let survey = try survey(db, term: term)
        if let closes = survey.design.closes, today > closes { return nil }
        let roster = try people(db, term: term, unitColumn: nil).people
        guard let respondent = roster.first(where: { $0.id == personID }) else { return nil }
        let saved = try Row.fetchOne(
            db, sql: "SELECT answers, submitted FROM survey_answer WHERE term_id = ? AND person_id = ?", arguments: [try termID(db, term), personID])
        return SurveyVisit(
            term: term, design: survey.design, respondent: respondent, colleagues: roster.filter { $0.id != personID },
            response: saved.map { SurveyResponse(personID: personID, answers: decodeAnswers($0["answers"]), submitted: $0["submitted"]) })
    }

    static func surveyAnswers(_ db: Database, term: String) throws -> SurveyAnswers {
        let survey = try survey(db, term: term)
        let roster = try people(db, term: term, unitColumn: nil).people
        var saved: [String: SurveyResponse] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT person_id, answers, submitted FROM survey_answer WHERE term_id = ?", arguments: [try termID(db, term)]) {
            saved[row[0]] = SurveyResponse(personID: row[0], answers: decodeAnswers(row[1]), submitted: row[2])
        }
        return SurveyAnswers(term: term, design: survey.design, people: roster, responses: roster.compactMap { saved[$0.id] })
    }

    static func encodeDesign(_ design: SurveyDesign) -> String { encodeJSON(design) }

    /// Answers as stored: `{"advice": [{"id": …, "weight": …}], …}`, keys sorted.
    static func encodeAnswers(_ answers: [Relation: [SurveyChoice]]) -> String {
        encodeJSON(Dictionary(uniqueKeysWithValues: answers.map { ($0.key.name, $0.value) }))
    }

    static func decodeAnswers(_ text: String) -> [Relation: [SurveyChoice]] {
        let stored = decodeJSON([String: [SurveyChoice]].self, text) ?? [:]
        var answers: [Relation: [SurveyChoice]] = [:]
        for (name, choices) in stored { if let r = Relation(name) { answers[r] = choices } }
        return answers
    }

    static func now() -> String { ISO8601DateFormatter().string(from: Date()) }
}
