import Foundation
import GRDB
import Testing
import TrustNet
import TrustNetIO
@testable import TrustNetStore

/// A term's own survey in the workspace: links kept only as hashes, answers replaced on
/// resubmit, closing writes the last answers as ties through the import plan, all or nothing.
@Suite struct SurveyStoreTests {
    static let roster = "id,name,email,department\nS1,Ann Lee,ann@x.org,Maths\nS2,Bo Diaz,bo@x.org,Maths\nS3,Cy Ng,,Science\nS4,Di Roy,,Science\n"
    static let day = CalendarDay(year: 2026, month: 10, day: 1)

    func surveyed(_ s: Scratch, design: SurveyDesign? = nil) throws -> Workspace {
        _ = try Workspace.importFiles(ImportRequest(files: [s.write("roster.csv", Self.roster)], term: "t"), into: s.workspace)
        let ws = try Workspace.open(at: s.workspace)
        try ws.createSurvey(
            term: "t", design: design ?? SurveyDesign(title: "T", intro: "I", questions: [.init(relation: .advice), .init(relation: .trust)], frequency: true))
        return ws
    }

    func close(_ ws: Workspace) throws -> ImportSummary {
        try ws.closeSurvey(term: "t") { answers, snapshot in
            let p = answers.plan(against: snapshot)
            return (p.plan, p.summary)
        }
    }

    @Test func linksAreRandomAndStoredOnlyAsHashes() throws {
        let s = Scratch()
        let ws = try surveyed(s)
        let links = try ws.issueSurveyLinks(term: "t")
        #expect(links.map(\.person.id) == ["S1", "S2", "S3", "S4"])
        #expect(Set(links.map(\.token.value)).count == 4)
        for l in links { #expect(SurveyToken.isWellFormed(l.token.value) && Data(base64Encoded: l.token.value.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/") + "=")?.count == 32) }
        let file = try #require(s.bytes(s.workspace))
        for l in links {
            #expect(file.range(of: Data(l.token.value.utf8)) == nil, "the token itself is never written")
            #expect(file.range(of: Data(l.token.sha256.utf8)) != nil)
        }
        let visit = try #require(try ws.surveyVisit(token: links[0].token.value, today: Self.day))
        #expect(visit.respondent.id == "S1" && visit.colleagues.map(\.id) == ["S2", "S3", "S4"] && visit.response == nil)
        #expect(try ws.surveyVisit(token: SurveyToken().value, today: Self.day) == nil)
        #expect(try ws.surveyVisit(token: "not a token", today: Self.day) == nil)
        // Fresh links for S2 only: S2's old link stops working, the others keep theirs.
        let again = try ws.issueSurveyLinks(term: "t", personIDs: ["S2"])
        #expect(again.map(\.person.id) == ["S2"])
        #expect(try ws.surveyVisit(token: links[1].token.value, today: Self.day) == nil)
        #expect(try ws.surveyVisit(token: again[0].token.value, today: Self.day)?.respondent.id == "S2")
        #expect(try ws.surveyVisit(token: links[0].token.value, today: Self.day) != nil)
        #expect(throws: WorkspaceError.notOnRoster("S9", term: "t")) { try ws.issueSurveyLinks(term: "t", personIDs: ["S9"]) }
    }

    @Test func resubmittingReplacesAndClosingWritesTheLastAnswers() throws {
        let s = Scratch()
        let ws = try surveyed(s)
        let links = try ws.issueSurveyLinks(term: "t")
        let token = { (i: Int) in links[i].token.value }
        #expect(try ws.saveSurveyResponse(token: token(0), answers: [.advice: [.init(id: "S2", weight: 4), .init(id: "S3")]], submitted: true, today: Self.day) == nil)
        #expect(try ws.saveSurveyResponse(token: token(0), answers: [.advice: [.init(id: "S4", weight: 2)], .trust: []], submitted: true, today: Self.day) == nil)
        #expect(try ws.saveSurveyResponse(token: token(1), answers: [.trust: [.init(id: "S1", weight: 5)]], submitted: false, today: Self.day) == nil)
        // Refused: oneself, someone not on the roster, a question not asked, a frequency off the scale.
        #expect(try ws.saveSurveyResponse(token: token(2), answers: [.advice: [.init(id: "S3")]], submitted: true, today: Self.day) != nil)
        #expect(try ws.saveSurveyResponse(token: token(2), answers: [.advice: [.init(id: "S9")]], submitted: true, today: Self.day) != nil)
        #expect(try ws.saveSurveyResponse(token: token(2), answers: [.sharing: []], submitted: true, today: Self.day) != nil)
        #expect(try ws.saveSurveyResponse(token: token(2), answers: [.advice: [.init(id: "S1", weight: 6)]], submitted: true, today: Self.day) != nil)
        #expect(try ws.surveyVisit(token: token(0), today: Self.day)?.response?.answers == [.advice: [.init(id: "S4", weight: 2)], .trust: []])
        // Saved answers are committed with the journal synced (synchronous = FULL) before
        // saveSurveyResponse returns, and so before the server answers 200.
        #expect(try ws.database.read { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 2)
        let progress = try ws.surveyProgress(term: "t")
        #expect(progress.responded == 2 && progress.submitted == 1 && progress.linked == 4)
        #expect(progress.units.map(\.unit) == ["Maths", "Science"] && progress.units[0].responded == 2 && progress.units[1].responded == 0)

        let summary = try close(ws)
        let network = try ws.network(term: "t")
        let ties = Set(network.ties.map { "\(network.people[$0.source].id)>\(network.people[$0.target].id) \($0.relation.name) \($0.weight)" })
        #expect(ties == ["S1>S4 advice 2.0", "S2>S1 trust 5.0"])
        #expect(try ws.respondentIDs(term: "t") == ["S1", "S2"])
        #expect(summary.quality.first?.report.respondents?.count == 2)
        #expect(summary.quality.first?.report.namedNobody.isEmpty == true)
        // Closed: links open nothing and answers are refused.
        #expect(try ws.surveyVisit(token: token(0), today: Self.day) == nil)
        #expect(throws: WorkspaceError.surveyLinkClosed) {
            try ws.saveSurveyResponse(token: token(2), answers: [.advice: []], submitted: true, today: Self.day)
        }
        #expect(throws: WorkspaceError.surveyClosed(term: "t")) { try close(ws) }

        // Reopened, changed, closed again: the ties are the new answers only.
        try ws.reopenSurvey(term: "t")
        #expect(try ws.saveSurveyResponse(token: token(0), answers: [.advice: [.init(id: "S3", weight: 1)]], submitted: true, today: Self.day) == nil)
        _ = try close(ws)
        let after = try ws.network(term: "t")
        #expect(Set(after.ties.map { "\(after.people[$0.source].id)>\(after.people[$0.target].id) \($0.relation.name)" }) == ["S1>S3 advice", "S2>S1 trust"])
    }

    /// Trust dimensions, 1–4 each: the trust tie's weight is their mean; on no other question.
    @Test func trustDimensionsWeighTheTrustTie() throws {
        let s = Scratch()
        let ws = try surveyed(
            s, design: SurveyDesign(title: "T", intro: "I", questions: [.init(relation: .advice), .init(relation: .trust)], trustDimensions: true))
        let token = try ws.issueSurveyLinks(term: "t")[0].token.value
        let trusted = SurveyChoice(id: "S2", dimensions: ["openness": 3, "reliability": 4, "purpose": 2])
        #expect(try ws.saveSurveyResponse(token: token, answers: [.advice: [.init(id: "S2", dimensions: ["openness": 3])]], submitted: true, today: Self.day) != nil)
        #expect(try ws.saveSurveyResponse(token: token, answers: [.trust: [.init(id: "S2", dimensions: ["warmth": 3])]], submitted: true, today: Self.day) != nil)
        #expect(try ws.saveSurveyResponse(token: token, answers: [.trust: [.init(id: "S2", dimensions: ["openness": 5])]], submitted: true, today: Self.day) != nil)
        #expect(try ws.saveSurveyResponse(token: token, answers: [.trust: [trusted, .init(id: "S3")]], submitted: true, today: Self.day) == nil)
        _ = try close(ws)
        let network = try ws.network(term: "t")
        #expect(Set(network.ties.map { "\(network.people[$0.source].id)>\(network.people[$0.target].id) \($0.relation.name) \($0.weight)" }) == ["S1>S2 trust 3.0", "S1>S3 trust 1.0"])
    }

    @Test func aClosingDayPastClosesTheLinks() throws {
        let s = Scratch()
        let ws = try surveyed(s, design: SurveyDesign(title: "T", intro: "I", questions: [.init(relation: .advice)], closes: Self.day))
        let token = try ws.issueSurveyLinks(term: "t")[0].token.value
        #expect(try ws.surveyVisit(token: token, today: Self.day) != nil)
        #expect(try ws.surveyVisit(token: token, today: CalendarDay(year: 2026, month: 10, day: 2)) == nil)
    }

    @Test func aFailedCloseChangesNothing() throws {
        let s = Scratch()
        let ws = try surveyed(s)
        let token = try ws.issueSurveyLinks(term: "t")[0].token.value
        _ = try ws.saveSurveyResponse(token: token, answers: [.advice: [.init(id: "S2")]], submitted: true, today: Self.day)
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try ws.closeSurvey(term: "t") { answers, snapshot -> (plan: ImportPlan, summary: Int) in
                _ = answers.plan(against: snapshot)
                throw Refused()
            }
        }
        // A plan made against another revision is refused by the writer, inside the transaction.
        #expect(throws: WorkspaceError.changedDuringImport(path: s.workspace)) {
            try ws.closeSurvey(term: "t") { answers, snapshot in
                var p = answers.plan(against: snapshot)
                p.plan.revision = "stale"
                return (p.plan, 0)
            }
        }
        #expect(try ws.survey(term: "t").state == .open)
        #expect(try ws.network(term: "t").ties.isEmpty)
        #expect(try ws.surveyVisit(token: token, today: Self.day) != nil)
    }

    @Test func deletingTheTermOrTheSurveyTakesLinksAndAnswers() throws {
        let s = Scratch()
        let ws = try surveyed(s)
        let token = try ws.issueSurveyLinks(term: "t")[0].token.value
        _ = try ws.saveSurveyResponse(token: token, answers: [.advice: [.init(id: "S2")]], submitted: true, today: Self.day)
        #expect(try ws.deleteSurvey(term: "t").responded == 1)
        #expect(try ws.surveyVisit(token: token, today: Self.day) == nil)
        #expect(throws: WorkspaceError.noSurvey(term: "t")) { try ws.survey(term: "t") }
        try ws.createSurvey(term: "t", design: SurveyDesign(title: "T", intro: "I", questions: [.init(relation: .advice)]))
        _ = try ws.issueSurveyLinks(term: "t")
        try ws.deleteTerm("t")
        let counts = try DatabaseQueue(path: s.workspace).read { db in
            try ["survey", "survey_link", "survey_answer"].map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? -1 }
        }
        #expect(counts == [0, 0, 0])
    }
}
