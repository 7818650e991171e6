import Testing
import TrustNet
@testable import TrustNetIO

/// `--alias ALIAS=NAME` and `--aliases FILE` (real rosters, item 1).
@Suite struct NameAliasTests {
    let people = [
        Person(id: "S1", name: "James Smith", email: "jsmith@school.org"), Person(id: "S2", name: "Ann Lee", email: "alee@school.org"),
    ]

    @Test func parsingTheOption() {
        #expect(NameAlias(parsing: "Jim Smith = James Smith").map { "\($0.alias)|\($0.name)|\($0.origin)" } == "Jim Smith|James Smith|--alias \"Jim Smith=James Smith\"")
        #expect(NameAlias(parsing: "Jim Smith") == nil)
        #expect(NameAlias(parsing: "=James Smith") == nil)
    }

    /// The aliases file: alias,name rows (header optional); a row without both cells is an
    /// error with its place.
    @Test func aliasesFile() throws {
        let aliases = try NameAlias.read(CSVReader(data: Array("alias,name\nJim Smith,James Smith\nBob,S4\n".utf8), fileName: "aliases.csv"))
        #expect(aliases.map { "\($0.alias)=\($0.name) \($0.origin)" } == ["Jim Smith=James Smith aliases.csv:2", "Bob=S4 aliases.csv:3"])
        let error = #expect(throws: InputError.self) {
            try NameAlias.read(CSVReader(data: Array("Jim Smith,James Smith\nBob\n".utf8), fileName: "aliases.csv"))
        }
        #expect(error?.description == "aliases.csv:2:1: error: an alias row is alias,name (e.g. Jim Smith,James Smith)")
        // An alias for nobody on the roster is an error where the alias was given.
        let resolver = NameResolver(people: people, policy: MatchPolicy(aliases: [NameAlias(alias: "Jim", name: "James Smiht", file: "aliases.csv", line: 4)]))
        #expect(
            resolver.aliasErrors().map(\.description) == [
                "aliases.csv:4: error: the alias \"Jim\" stands for \"James Smiht\", who is not on the roster (by id, e-mail or name); did you mean James Smith (S1)?"
            ])
    }
}
