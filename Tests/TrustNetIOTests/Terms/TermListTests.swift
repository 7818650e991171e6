import Testing
import TrustNet
@testable import TrustNetIO

@Suite struct TermListTests {
    func read(_ text: String) throws -> [Term] { try Term.readList(CSVReader(data: Array(text.utf8), fileName: "terms.csv")) }

    @Test func readsTermsInOrderWithDates() throws {
        let terms = try read("term,starts,ends\n2025-fall,2025-09-01,2026-01-31\n2026-spring,,\n")
        #expect(terms.map(\.name) == ["2025-fall", "2026-spring"])
        #expect(terms.map(\.order) == [0, 1])
        #expect(terms[0].starts == CalendarDay(year: 2025, month: 9, day: 1))
        #expect(terms[0].contains(CalendarDay("2025-12-24")!))
        #expect(!terms[0].contains(CalendarDay("2026-02-01")!))
        #expect(terms[1].starts == nil)
    }

    @Test func badDatesAndRepeatsAreErrorsWithPositions() throws {
        let error = #expect(throws: InputError.self) { try read("term,starts,ends\nA,2025-02-30,\nA,2025-01-01,2024-01-01\n") }
        let messages = error?.diagnostics.map(\.description) ?? []
        #expect(messages.contains("terms.csv:2:3: error: \"2025-02-30\" is not a date written YYYY-MM-DD"))
        #expect(messages.contains("terms.csv:3:1: error: term \"A\" is listed twice"))
        #expect(messages.contains("terms.csv:3:1: error: A ends before it starts"))
    }
}
