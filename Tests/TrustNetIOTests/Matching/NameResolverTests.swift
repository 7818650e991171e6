import Testing
import TrustNet
@testable import TrustNetIO

@Suite struct NameResolverTests {
    let people = [
        Person(id: "S1", name: "María García"), Person(id: "S2", name: "Tom O'Brien"), Person(id: "S3", name: "Jo Park"),
        Person(id: "S4", name: "Jo Parks"), Person(id: "S5", name: "Alexandra Smith-Jones"),
    ]

    func resolve(_ name: String, policy: MatchPolicy = .init()) -> (Int?, [Diagnostic], NameResolver) {
        var resolver = NameResolver(people: people, policy: policy)
        var log = DiagnosticLog()
        let index = resolver.resolve(name, file: "f.csv", at: .init(line: 7, column: 3), log: &log)
        return (index, log.diagnostics, resolver)
    }

    @Test func initialsAreAReportedGuess() {
        let (index, diagnostics, _) = resolve("M. Garcia")
        #expect(index == 0)
        #expect(diagnostics.map(\.description) == ["f.csv:7:3: warning: read \"M. Garcia\" as María García (S1) by initials"])
    }

    @Test func closeSpellingIsAcceptedOnlyWhenClearlyClosest() {
        let (index, diagnostics, _) = resolve("Alexandra Smith-Jnoes")
        #expect(index == 4)
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.message.contains("by close spelling") == true)
        // "Jo Parke" is one edit from both Jo Park and Jo Parks: not clearly closest.
        let (ambiguous, errors, _) = resolve("Jo Parke")
        #expect(ambiguous == nil)
        #expect(errors.first?.severity == .error)
        // Too far from everyone.
        #expect(resolve("Jon Parkinson").0 == nil)
    }

    @Test func strictTurnsGuessesIntoErrors() {
        let (index, diagnostics, _) = resolve("M. Garcia", policy: MatchPolicy(strict: true))
        #expect(index == nil)
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.message.contains("--strict") == true)
    }

    @Test func addUnknownAddsThePerson() {
        let (index, diagnostics, resolver) = resolve("Zed Newcomer", policy: MatchPolicy(addUnknown: true))
        #expect(index == 5)
        #expect(resolver.people.last?.id == "Zed Newcomer")
        #expect(resolver.addedPeople == [5])
        #expect(diagnostics.first?.severity == .note)
        let (unknown, errors, _) = resolve("Zed Newcomer")
        #expect(unknown == nil)
        #expect(errors.first?.message.contains("--add-unknown") == true)
    }

    /// Each name finding carries what a front end needs to offer the choice: the name as
    /// written and the roster people it may be.
    @Test func findingsSayWhichNameAndWhichPeople() {
        let (_, guessed, _) = resolve("M. Garcia")
        #expect(guessed.first?.subject == .name(written: "M. Garcia", match: .guessed, candidates: [.init(people[0])]))
        let (_, ambiguous, _) = resolve("Jo Parke")
        guard case .name("Jo Parke", .ambiguous, let candidates)? = ambiguous.first?.subject else {
            Issue.record("no ambiguous-name subject: \(ambiguous)")
            return
        }
        #expect(Set(candidates.map(\.id)) == ["S3", "S4"] || candidates.isEmpty)
        let (_, unknown, _) = resolve("Maria Garciaz Lopez")
        guard case .name("Maria Garciaz Lopez", .unknown, let closest)? = unknown.first?.subject else {
            Issue.record("no unknown-name subject: \(unknown)")
            return
        }
        #expect(closest.first?.id == "S1", "the closest roster name is offered")
    }

    /// "Add as new", one name at a time: that name becomes a person, even where a guess would
    /// have read it as someone else; other unknown names are still refused.
    @Test func newPeopleAddsOnlyTheNamesGiven() {
        let policy = MatchPolicy(newPeople: [PersonMatcher.normalizedName("M. Garcia"), PersonMatcher.normalizedName("Zed Newcomer")])
        let (index, _, resolver) = resolve("M. Garcia", policy: policy)
        #expect(index == 5 && resolver.people[5].name == "M. Garcia" && resolver.addedPeople == [5])
        #expect(resolve("zed  NEWCOMER", policy: policy).0 == 5)
        #expect(resolve("Yan Other", policy: policy).0 == nil)
        #expect(resolve("María García", policy: policy).0 == 0, "an exact match stays the roster person")
    }

    @Test func editDistanceCountsSwapsAsOne() {
        func d(_ a: String, _ b: String) -> Int { PersonMatcher.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: 5) }
        #expect(d("garcia", "garica") == 1)
        #expect(d("park", "parks") == 1)
        #expect(d("kitten", "sitting") == 3)
        #expect(d("", "abc") == 3)
    }
}

@Suite struct FormsExportTests {
    let people = [
        Person(id: "S1", name: "Ann Lee", email: "ann@x.org"), Person(id: "S2", name: "Bo Diaz"), Person(id: "S3", name: "María García"),
    ]

    func read(_ text: String, overrides: [(header: String, relation: Relation)] = []) throws -> TieList {
        var resolver = NameResolver(people: people)
        return try TieList.readForms(CSVReader(data: Array(text.utf8), fileName: "form.csv"), resolver: &resolver, term: "t", overrides: overrides)
    }

    @Test func questionsMapToRelationsByWording() throws {
        let list = try read(
            "Timestamp,Your name,Whom do you go to for advice?,Whom do you trust?,With whom do you share materials?\n"
                + "2025/10/03,Ann Lee,Bo Diaz,\"García, María\",\"Bo Diaz; García, María\"\n")
        #expect(list.ties.map { "\($0.relation) \($0.target)" } == ["advice 1", "trust 2", "sharing 1", "sharing 2"])
    }

    @Test func columnOverrideAndUnmappedNote() throws {
        let text = "Timestamp,Name,Who helps you plan lessons?,Favourite colour?\n1,Ann Lee,Bo Diaz,blue\n"
        let unmapped = #expect(throws: InputError.self) { try read(text) }
        #expect(unmapped?.description.contains("no question column names a relation") == true)
        let list = try read(text, overrides: [("who helps you plan lessons?", .advice)])
        #expect(list.ties.map(\.relation) == [.advice])
        #expect(list.diagnostics.contains { $0.message.contains("columns not read") && $0.message.contains("Favourite colour?") })
        let wrong = #expect(throws: InputError.self) { try read(text, overrides: [("No such question", .advice)]) }
        #expect(wrong?.description.contains("no column has that header") == true)
    }

    @Test func frequenciesBecomeWeights() throws {
        let list = try read("Name,Whom do you go to for advice?\nAnn Lee,\"Bo Diaz (weekly)\nMaría García (a few times a year)\"\n")
        #expect(list.ties.map(\.weight) == [4, 1])
        let grid = try read("Name,How often do you go to each colleague for advice? [Bo Diaz],How often do you go to each colleague for advice? [Ann Lee]\nMaría García,Daily,Never\n")
        #expect(grid.ties.map { [$0.source, $0.target] } == [[2, 1]])
        #expect(grid.ties.first?.weight == 5)
    }

    @Test func nobodyAnswersAndEmptyCellsAreRespondentsWithNoTies() throws {
        let list = try read("Name,Whom do you go to for advice?\nAnn Lee,None\nBo Diaz,\nMaría García,Ann Lee\n")
        #expect(list.respondents == ["t": [0, 1, 2]])
        #expect(list.ties.count == 1)
    }

    @Test func missingRespondentIsAnErrorWithItsPlace() throws {
        let error = #expect(throws: InputError.self) { try read("Name,Whom do you go to for advice?\n,Ann Lee\n") }
        #expect(error?.diagnostics.first { $0.severity == .error }?.description == "form.csv:2:1: error: this response does not say who answered")
        let noColumn = #expect(throws: InputError.self) { try read("Question,Whom do you go to for advice?\nx,Ann Lee\n") }
        #expect(noColumn?.description.contains("no respondent column") == true)
    }

    @Test func frequencyScale() {
        #expect(FrequencyScale.weight("Daily") == 5)
        #expect(FrequencyScale.weight("A few times a week") == 5)
        #expect(FrequencyScale.weight("Weekly") == 4)
        #expect(FrequencyScale.weight("Every two weeks") == 3)
        #expect(FrequencyScale.weight("Once a month") == 2)
        #expect(FrequencyScale.weight("A few times a year") == 1)
        #expect(FrequencyScale.weight("Never") == 0)
        #expect(FrequencyScale.weight("3") == 3)
        #expect(FrequencyScale.weight("whenever") == nil)
    }
}
