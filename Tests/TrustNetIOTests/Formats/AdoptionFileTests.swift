import Testing
import TrustNet
@testable import TrustNetIO

@Suite struct AdoptionFileTests {
    static let people = [
        Person(id: "S1", name: "Ana Ruiz", email: "ana@school.example"), Person(id: "S2", name: "Ben Ode"), Person(id: "S3", name: "Cy Park"),
    ]

    func read(_ text: String) throws(InputError) -> AdoptionFile {
        try AdoptionFile.read(try CSVReader(data: Array(text.utf8), fileName: "adoption.csv"), people: Self.people)
    }

    func errors(_ text: String) -> [String] {
        do {
            _ = try read(text)
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }.map(\.description)
        }
    }

    @Test func periodsAndEmptyCells() throws {
        let file = try read("id,adopted\nS1,3\nBen Ode,\n")
        #expect(file.periods == ["S1": 3])
        #expect(file.kind == .period && file.rows == 2 && file.empty == 1)
    }

    /// Dates are months: November 1953 and February 1954 are three periods apart; people by
    /// e-mail or name.
    @Test func datesAreReadAsMonths() throws {
        let file = try read("id,adopted\nana@school.example,1953-11-20\nBen Ode,2/3/1954\nS3,\n")
        #expect(file.kind == .month)
        #expect(file.periods["S2"]! - file.periods["S1"]! == 3)
        #expect(file.periods["S3"] == nil)
    }

    @Test func mistakesHaveTheirPlace() {
        let e = errors("id,adopted\nS1,soon\nZed,2\nS2,1\nS2,2\n")
        #expect(e.contains { $0.contains("adoption.csv:2:4") && $0.contains("neither a period") })
        #expect(e.contains { $0.contains("adoption.csv:3:1") && $0.contains("not on the roster") })
        #expect(e.contains { $0.contains("adoption.csv:5:1") && $0.contains("listed twice (first on line 4)") })
        #expect(errors("id,adopted\nS1,1\nS2,1954-01-01\n").contains { $0.contains("adoption.csv:3:4") && $0.contains("use one kind") })
        #expect(errors("id,when\nS1,1\n").contains { $0.contains("no adopted column") })
    }
}
