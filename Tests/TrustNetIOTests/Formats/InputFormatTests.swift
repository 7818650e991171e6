import Testing
@testable import TrustNetIO

@Suite struct InputFormatTests {
    func format(_ text: String) throws -> InputFormat {
        try InputFormat.detect(CSVReader(data: Array(text.utf8), fileName: "f.csv"))
    }

    /// Daly's school leaders: a roster with a trust score is a roster, not a survey.
    @Test func rosterWithAScoreNamedLikeARelation() throws {
        #expect(try format("id,daly_code,efficacy,trust,district_site,male\n1,D1_Prin.1,6.06,4,1,0\n") == .roster)
        #expect(try format("id,name,advice\n1,Ann,3\n") == .roster)
    }

    /// Questions stay questions, with or without an id column.
    @Test func formsByTheirQuestions() throws {
        #expect(try format("id,Whom do you trust?\n1,Ann\n") == .forms)
        #expect(try format("id,name,Whom do you go to for advice\n1,Ann,Bo\n") == .forms)
        #expect(try format("name,advice,trust\nAnn,Bo,Cy\n") == .forms)
        #expect(try format("Timestamp,Email Address,Who do you ask for help with lessons?\n2025-01-01,a@x.org,Bo\n") == .forms)
    }

    @Test func theOtherFormats() throws {
        #expect(try format("source,target,weight\n1,2,3\n") == .tieList)
        #expect(try format("date,person,with\n2025-01-01,Ann,Bo\n") == .oneOnOneLog)
        #expect(try format(",Ann,Bo\nAnn,0,1\nBo,1,0\n") == .matrix)
        #expect(throws: InputError.self) { try format("colour,size\nred,3\n") }
    }
}
