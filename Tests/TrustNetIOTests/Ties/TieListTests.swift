import Testing
import TrustNet
@testable import TrustNetIO

@Suite struct TieListTests {
    let people = [
        Person(id: "S1", name: "María García", email: "maria@x.org"),
        Person(id: "S2", name: "Tom O'Brien"),
        Person(id: "S3", name: "Lee Chan"),
        Person(id: "S4", name: "Lee Chan"),
    ]

    func ties(_ text: String, relation: Relation? = nil, term: String? = "t1", policy: MatchPolicy = .init()) throws -> TieList {
        var resolver = NameResolver(people: people, policy: policy)
        return try TieList.read(CSVReader(data: Array(text.utf8), fileName: "ties.csv"), resolver: &resolver, relation: relation, term: term)
    }

    /// Burkhardt's weights run to 90, EIES's message counts to 559: read as they are, with a
    /// note; frequencies within 1–5 say nothing.
    @Test func weightsBeyondTheSurveyScaleAreNoted() throws {
        let counts = try ties("source,target,relation,weight\nS1,S2,advice,90\nS2,S3,advice,2.5\n")
        #expect(counts.ties.map(\.weight) == [90, 2.5])
        #expect(counts.diagnostics.contains { $0.severity == .note && $0.message.hasPrefix("weights run up to 90, beyond the 1–5") })
        let survey = try ties("source,target,relation,weight\nS1,S2,advice,5\nS2,S3,advice,1\n")
        #expect(!survey.diagnostics.contains { $0.message.contains("weights run up to") })
    }

    /// Lazega's cowork read as advice repeats 582 ties: ten are shown where they are, the rest
    /// counted in one warning.
    @Test func manyRepeatedTiesAreCountedNotListed() throws {
        let row = "S1,S2,advice,1\n"
        let list = try ties("source,target,relation,weight\n" + String(repeating: row, count: 13))
        #expect(list.ties.count == 1 && list.duplicatesMerged == 12)
        let repeats = list.diagnostics.filter { $0.message.contains("already given on line 2") }
        #expect(repeats.count == 10 && repeats.last?.line == 12)
        #expect(list.diagnostics.contains { $0.message == "2 more ties were given twice (12 in all); the larger weight is kept each time" })
    }

    /// Real rosters, item 2: the relations read are said, with what --map-relation made of them.
    @Test func relationsReadAreSaid() throws {
        var resolver = NameResolver(people: people)
        let list = try TieList.read(
            CSVReader(data: Array("source,target,relation\nS1,S2,collaboration\nS2,S3,collaboration\nS3,S1,confidential\n".utf8), fileName: "ties.csv"),
            resolver: &resolver, relation: nil, term: "t", renamed: ["collaboration": .sharing])
        #expect(list.diagnostics.map(\.description).contains("ties.csv: note: relations read: collaboration → sharing (--map-relation, 2 rows), confidential (1 row)"))
        let plain = try ties("source,target\nS1,S2\n", relation: .advice)
        #expect(plain.diagnostics.map(\.description) == ["ties.csv: note: every row read as advice (--relation)"])
    }

    /// Real rosters, item 11: a logged one-on-one is not a survey answer. Its source is no
    /// respondent, and a tie list of one-on-ones only says nothing about who answered.
    @Test func oneOnOneRowsMakeNoRespondent() throws {
        let mixed = try ties("source,target,relation\nS1,S2,one-on-one\nS2,S3,advice\nS3,S1,one-on-one\n")
        #expect(mixed.respondents == ["t1": [1]])
        #expect(mixed.ties.count == 3)
        let meetings = try ties("source,target,relation\nS1,S2,1:1\nS1,S3,one-on-one\n")
        #expect(meetings.respondents == nil)
    }

    @Test func matchesByIdEmailAndNormalizedName() throws {
        let list = try ties("source,target,relation,weight\nS1,S2,advice,3\nmaria@x.org,tom obrien,trust,\n\"garcia, maria\",S2,sharing,1\n")
        #expect(list.ties.map { [$0.source, $0.target] } == [[0, 1], [0, 1], [0, 1]])
        #expect(list.ties.map(\.relation) == [.advice, .trust, .sharing])
        #expect(list.ties.map(\.weight) == [3, 1, 1])
        #expect(list.ties.map(\.line) == [2, 3, 4])
        #expect(list.rowCount == 3)
    }

    @Test func unknownPersonIsAnErrorAtTheCell() throws {
        let error = #expect(throws: InputError.self) { try ties("source,target,relation\nS1,S2,advice\nS1,Nobody Here,advice\n") }
        let d = try #require(error?.diagnostics.first)
        #expect(d.description == "ties.csv:3:4: error: \"Nobody Here\" is not on the roster (by id, e-mail or name); --add-unknown adds such people")
    }

    @Test func ambiguousNameIsAnError() throws {
        let error = #expect(throws: InputError.self) { try ties("source,target,relation\nS1,Lee Chan,advice\n") }
        #expect(error?.diagnostics.first?.message.contains("S3, S4") == true)
    }

    @Test func nonNumericWeightIsAnErrorAtItsColumn() throws {
        let error = #expect(throws: InputError.self) { try ties("source,target,relation,weight\nS1,S2,advice,often\n") }
        let d = try #require(error?.diagnostics.first)
        #expect(d.line == 2 && d.column == 14)
        #expect(d.message.contains("often"))
        #expect(throws: InputError.self) { try ties("source,target,relation,weight\nS1,S2,advice,-1\n") }
    }

    @Test func missingRelationColumnNeedsARelation() throws {
        let error = #expect(throws: InputError.self) { try ties("source,target\nS1,S2\n") }
        #expect(error?.diagnostics.first?.line == 1)
        #expect(error?.description.contains("--relation") == true)
        let list = try ties("source,target\nS1,S2\n", relation: .advice)
        #expect(list.ties.first?.relation == .advice)
    }

    @Test func termColumnOrDefault() throws {
        let list = try ties("source,target,relation,term\nS1,S2,advice,2025-fall\nS2,S1,advice,\n")
        #expect(list.ties.map(\.term) == ["2025-fall", "t1"])
        #expect(throws: InputError.self) { try ties("source,target,relation\nS1,S2,advice\n", term: nil) }
    }

    @Test func selfTiesZeroWeightsAndDuplicatesAreReported() throws {
        let list = try ties("source,target,relation,weight\nS1,S1,advice,1\nS1,S2,advice,0\nS1,S2,advice,2\nS1,S2,advice,4\n")
        #expect(list.ties.count == 1)
        #expect(list.ties[0].weight == 4)
        let messages = list.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("ties.csv:5:1: warning:") && $0.contains("line 4") })
        #expect(messages.contains { $0.contains("1 tie from a person to themselves dropped") })
        #expect(messages.contains { $0.contains("weight 0") })
    }

    /// `0x10` is not a weight (Swift's Double reads it as 16), nor is `nan`.
    @Test func hexadecimalAndNaNWeightsAreRefused() {
        for text in ["0x10", "nan", "inf"] {
            let error = #expect(throws: InputError.self) { try ties("source,target,relation,weight\nS1,S2,advice,\(text)\n") }
            #expect(error?.description.hasPrefix("ties.csv:2:14: error: weight \"\(text)\" is not a number") == true, "\(error?.description ?? "")")
        }
    }
}
