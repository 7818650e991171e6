import Testing
import TrustNet
@testable import TrustNetIO

/// Real rosters, item 1: a forms export's respondent is identified by e-mail first when the
/// export has an e-mail column, then by name; aliases and "did you mean" resolve the rest.
@Suite struct FormsRespondentTests {
    let people = [
        Person(id: "S1", name: "James Smith", email: "jsmith@school.org"), Person(id: "S2", name: "Ann Lee", email: "alee@school.org"),
        Person(id: "S3", name: "María García", email: "mgarcia@school.org"), Person(id: "S4", name: "Bo Diaz"),
    ]

    func read(_ text: String, aliases: [NameAlias] = []) throws -> TieList {
        var resolver = NameResolver(people: people, policy: MatchPolicy(aliases: aliases))
        return try TieList.readForms(CSVReader(data: Array(text.utf8), fileName: "form.csv"), resolver: &resolver, term: "t")
    }

    /// Google Forms with "Collect email addresses": a nickname ("Jim") and a blank name next to
    /// roster e-mails are those people; a row whose e-mail is not on the roster falls back to
    /// its name.
    @Test func googleFormsEmailAddressComesFirst() throws {
        let list = try read(
            """
            Timestamp,Email Address,Your name,Whom do you go to for advice?,Whom do you trust?
            2025/10/03 9:14:02 AM GMT+1,jsmith@school.org,Jim,Ann Lee,Bo Diaz
            2025/10/03 9:20:41 AM GMT+1,alee@school.org,,James Smith,
            2025/10/04 8:02:11 AM GMT+1,maria.garcia@gmail.com,María García,Ann Lee,

            """)
        #expect(list.respondents == ["t": [0, 1, 2]])
        #expect(list.ties.map { "\($0.source)→\($0.target) \($0.relation)" } == ["0→1 advice", "0→3 trust", "1→0 advice", "2→1 advice"])
        #expect(!list.diagnostics.contains { $0.severity != .note })
        #expect(list.diagnostics.map(\.description).contains("form.csv: note: 1 response gives an e-mail not on the roster (line 4): read by the name given instead"))
    }

    /// Qualtrics: three header rows, RecipientEmail filled for a panel (a blank first name
    /// beside it), and ExternalReference used when the e-mail is empty (an anonymous link).
    @Test func qualtricsRecipientEmail() throws {
        let list = try read(
            """
            StartDate,EndDate,ResponseId,RecipientLastName,RecipientFirstName,RecipientEmail,ExternalReference,Q1,Q2
            Start Date,End Date,Response ID,Recipient Last Name,Recipient First Name,Recipient Email,External Data Reference,Whom do you go to for advice?,Whom do you trust?
            "{""ImportId"":""startDate""}","{""ImportId"":""endDate""}","{""ImportId"":""_recordId""}",x,x,x,x,"{""ImportId"":""QID1""}","{""ImportId"":""QID2""}"
            2025-10-03 09:14:02,2025-10-03 09:20:02,R_1,Smith,,jsmith@school.org,,Ann Lee,
            2025-10-03 10:14:02,2025-10-03 10:20:02,R_2,,,,S3,James Smith,Ann Lee

            """)
        #expect(list.respondents == ["t": [0, 2]])
        #expect(list.ties.map { "\($0.source)→\($0.target) \($0.relation)" } == ["0→1 advice", "2→0 advice", "2→1 trust"])
    }

    /// A name that names someone else than the e-mail: the e-mail wins, with a warning.
    @Test func nameThatContradictsTheEmailIsWarnedAbout() throws {
        let list = try read("Email Address,Your name,Whom do you go to for advice?\nalee@school.org,Bo Diaz,James Smith\n")
        #expect(list.respondents == ["t": [1]])
        #expect(
            list.diagnostics.contains {
                $0.description == "form.csv:2:17: warning: the name cell says Bo Diaz but the e-mail alee@school.org is Ann Lee's: read as Ann Lee, by e-mail"
            })
    }

    /// An e-mail not on the roster with no name is an error that says what to do; an alias
    /// (a personal address) resolves it.
    @Test func unknownEmailWithoutANameNeedsAnAlias() throws {
        let text = "Email Address,Your name,Whom do you go to for advice?\njim.smith@gmail.com,,Ann Lee\n"
        let error = #expect(throws: InputError.self) { try read(text) }
        #expect(
            error?.diagnostics.first { $0.severity == .error }?.description
                == "form.csv:2:1: error: the e-mail \"jim.smith@gmail.com\" is not on the roster and the response gives no name: add the e-mail to the roster, or --alias \"jim.smith@gmail.com=NAME\""
        )
        let list = try read(text, aliases: [NameAlias(parsing: "jim.smith@gmail.com=S1")!])
        #expect(list.respondents == ["t": [0]])
    }

    /// --alias "Jim Smith=James Smith" reads a nickname the e-mail cannot settle; an unknown
    /// name lists the closest roster names and the --alias to write.
    @Test func aliasesAndDidYouMean() throws {
        let form = "Your name,Whom do you go to for advice?\nJim Smith,Ann Lee\nAnn Lee,Jimmy Smith\n"
        let error = #expect(throws: InputError.self) { try read(form) }
        let messages = error?.diagnostics.filter { $0.severity == .error }.map(\.description) ?? []
        #expect(
            messages.first
                == "form.csv:2:1: error: \"Jim Smith\" is not on the roster (by id, e-mail or name); did you mean James Smith (S1)? --alias \"Jim Smith=James Smith\" reads it as James Smith; --add-unknown adds such people"
        )
        let list = try read(form, aliases: [NameAlias(parsing: "Jim Smith=James Smith")!, NameAlias(alias: "Jimmy Smith", name: "jsmith@school.org")])
        #expect(list.ties.map { "\($0.source)→\($0.target)" } == ["0→1", "1→0"])
    }

    /// Real rosters, item 2: the question → relation mapping is said, with what decided it.
    @Test func questionMappingIsSaid() throws {
        let list = try read(
            "Email Address,Whom do you go to for advice?,Whom do you trust?,How often do you meet with each colleague? [Ann Lee],How often do you meet with each colleague? [Bo Diaz]\njsmith@school.org,Ann Lee,,Weekly,\n"
        )
        let note = try #require(list.diagnostics.first { $0.message.hasPrefix("questions read as relations") })
        #expect(
            note.description
                == "form.csv:1: note: questions read as relations: column 2 \"Whom do you go to for advice?\" → advice (wording: advice); column 3 \"Whom do you trust?\" → trust (wording: trust); \"How often do you meet with each colleague?\" [one column per colleague, 2 in all] → one-on-one as a frequency (wording: meet with); --column \"HEADER=relation\" reads a question otherwise"
        )
    }
}
