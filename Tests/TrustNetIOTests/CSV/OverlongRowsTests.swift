import Testing

@testable import TrustNetIO

@Suite struct OverlongRowsTests {
    func overlong(_ text: String) throws -> OverlongRows {
        try CSVReader(data: Array(text.utf8), fileName: "f.csv").forEachRow(header: { _ in }, row: { _ in true })
    }

    /// "Lee, Ann" unquoted: the row has one cell more than the header, even when the cell
    /// pushed past the end is empty.
    @Test func unquotedCommaShiftsARow() throws {
        let d = try #require(try overlong("id,name,unit,title\n1,Lee, Ann,Sci,\n2,Bo,Eng,Head\n3,Cy,Sci,\n").diagnostic)
        #expect(d.severity == .warning && d.line == 2 && d.column == 16)
        #expect(d.message.contains("this row has more cells than the header's 4 columns"))
    }

    @Test func filledExtraCellsAreCountedWherever() throws {
        let d = try #require(try overlong("a,b\n1,2,x\n3,4,,y\n5,6\n").diagnostic)
        #expect(d.message.hasPrefix("2 rows have (the first here)") && d.line == 2 && d.column == 5)
    }

    /// Exports that pad every row with empty cells, and rows of the header's length, are fine.
    @Test func paddingAndExactRowsSayNothing() throws {
        #expect(try overlong("id,name\n1,Ann,,\n2,Bo,,\n").diagnostic == nil)
        #expect(try overlong("id,name\n1,Ann\n2,Bo\n").diagnostic == nil)
    }
}
