import Testing
import TrustNet
@testable import TrustNetIO

@Suite struct PersonMatcherTests {
    @Test func normalizesCaseAccentsSpacingAndLastFirst() {
        #expect(PersonMatcher.normalizedName("  GARCÍA,   María ") == "maria garcia")
        #expect(PersonMatcher.normalizedName("Tom O'Brien") == "tom obrien")
        #expect(PersonMatcher.normalizedName("Anne-Marie  Smith-Jones") == "anne marie smith jones")
        #expect(PersonMatcher.normalizedName("Søren  Kierkegaard") == PersonMatcher.normalizedName("soren kierkegaard"))
    }

    @Test func matchOrderIsIdThenEmailThenName() {
        let m = PersonMatcher(people: [Person(id: "a@x.org", name: "Ann"), Person(id: "S2", name: "a@x.org", email: "bo@x.org")])
        #expect(m.match("a@x.org") == .person(index: 0, by: .id))
        #expect(m.match("BO@x.org") == .person(index: 1, by: .email))
        #expect(m.match("ann") == .person(index: 0, by: .name))
        #expect(m.match("Nobody") == .unknown)
    }
}
