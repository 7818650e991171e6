import Testing
@testable import TrustNetIO

@Suite struct CSVReaderTests {
    func read(_ text: String, separator: UInt8? = nil) throws -> [CSVRecord] {
        try CSVReader(data: Array(text.utf8), fileName: "t.csv", separator: separator).records()
    }

    @Test func plainCommaSeparatedRows() throws {
        let rows = try read("id,name\n1,Ann\n2,Bo\n")
        #expect(rows.map(\.fields) == [["id", "name"], ["1", "Ann"], ["2", "Bo"]])
        #expect(rows.map(\.line) == [1, 2, 3])
        #expect(rows[2].position(ofField: 1) == .init(line: 3, column: 3))
    }

    @Test func quotedFieldsWithSeparatorsQuotesAndLineBreaks() throws {
        let rows = try read("a,b,c\n\"Smith, Jo\",\"say \"\"hi\"\"\",\"two\nlines\"\nx,y,z\r\n")
        #expect(rows[1].fields == ["Smith, Jo", "say \"hi\"", "two\nlines"])
        // The record after a two-line field starts on line 4.
        #expect(rows[2].line == 4)
        #expect(rows[2].fields == ["x", "y", "z"])
        #expect(rows.count == 3)
    }

    @Test func detectsSemicolonAndTab() throws {
        let semi = try CSVReader(data: Array("id;name\n1;\"A, B\"\n".utf8), fileName: "s.csv")
        #expect(semi.separatorName == "semicolon")
        #expect(try semi.records()[1].fields == ["1", "A, B"])
        let tab = try CSVReader(data: Array("id\tname\n1\tAnn\n".utf8), fileName: "t.tsv")
        #expect(tab.separatorName == "tab")
        #expect(try tab.records()[1].fields == ["1", "Ann"])
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let rows = try CSVReader(data: [0xEF, 0xBB, 0xBF] + Array("id,name\n1,Zoë\n".utf8), fileName: "b.csv").records()
        #expect(rows[0].fields == ["id", "name"])
        #expect(rows[1].fields == ["1", "Zoë"])
    }

    @Test func utf16LittleEndianFromExcel() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "id\tname\r\n1\tJosé\r\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let rows = try CSVReader(data: bytes, fileName: "u.txt").records()
        #expect(rows.map(\.fields) == [["id", "name"], ["1", "José"]])
    }

    @Test func utf16BigEndian() throws {
        var bytes: [UInt8] = [0xFE, 0xFF]
        for unit in "a,b\n1,ø\n".utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try CSVReader(data: bytes, fileName: "u.txt").records()[1].fields == ["1", "ø"])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let rows = try read("name,id\nÉlodie Ñúñez,7\n")
        #expect(rows[1].position(ofField: 1) == .init(line: 2, column: 14))
    }

    @Test func unterminatedQuoteNamesWhereItOpened() throws {
        let error = #expect(throws: InputError.self) { try read("id,name\n1,Ann\n2,\"Bo\n3,Cy\n") }
        #expect(error?.diagnostics.first?.line == 3)
        #expect(error?.diagnostics.first?.column == 3)
        #expect(error?.description.hasPrefix("t.csv:3:3: error:") == true)
    }

    @Test func textAfterClosingQuoteIsAnError() throws {
        let error = #expect(throws: InputError.self) { try read("a,b\n\"x\"y,2\n") }
        #expect(error?.diagnostics.first?.line == 2)
        #expect(error?.diagnostics.first?.column == 4)
    }

    @Test func invalidUTF8NamesTheLine() throws {
        let bytes = Array("id,name\n1,Ann\n2,".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let error = #expect(throws: InputError.self) { try CSVReader(data: bytes, fileName: "l.csv") }
        #expect(error?.diagnostics.first?.line == 3)
    }

    @Test func blankLinesAreRecordsThatCallersSkip() throws {
        let rows = try read("a,b\n\n1,2\n,\n")
        #expect(rows.map(\.isBlank) == [false, true, false, true])
    }

    @Test func loneQuoteInsideUnquotedFieldIsText() throws {
        #expect(try read("a,b\nO\"Brien,2\n")[1].fields == ["O\"Brien", "2"])
    }

    @Test func emptyFileHasNoHeader() throws {
        let reader = try CSVReader(data: [], fileName: "e.csv")
        let error = #expect(throws: InputError.self) { try reader.forEachRow(header: { _ in }, row: { _ in true }) }
        #expect(error?.description == "e.csv:1:1: error: the file is empty: it has no header row")
    }

    @Test func missingFileIsADiagnostic() throws {
        let error = #expect(throws: InputError.self) { try CSVReader(contentsOf: "/nonexistent/roster.csv") }
        #expect(error?.description == "/nonexistent/roster.csv: error: no such file")
    }

    /// Columns on a very wide line are counted on from the field before (the same numbers as
    /// counting from the line's start), multi-byte letters and a field over two lines included.
    @Test func columnsOnAWideLine() throws {
        let cells = (0..<30_000).map { $0 % 7 == 0 ? "Zoë\($0)" : "c\($0)" }
        let text = "h\n" + cells.joined(separator: ",") + ",\"x\ny\",z\n"
        let rows = try read(text)
        #expect(rows[1].fields.count == 30_002)
        var column = 1
        for (k, cell) in cells.enumerated() {
            #expect(rows[1].position(ofField: k) == .init(line: 2, column: column))
            column += cell.count + 1
        }
        #expect(rows[1].position(ofField: 30_000) == .init(line: 2, column: column))
        #expect(rows[1].position(ofField: 30_001) == .init(line: 3, column: 4))
    }

    /// 100,000 columns are read; one more is refused with where it starts, and so is a cell
    /// of more than 16 MB, quoted or not.
    @Test func absurdInputIsRefused() throws {
        let most = String(repeating: "a,", count: CSVReader.maximumFields - 1) + "a\n"
        #expect(try read(most)[0].fields.count == CSVReader.maximumFields)
        let error = #expect(throws: InputError.self) { try read("id\n" + most.dropLast() + ",a\n") }
        #expect(error?.diagnostics.first?.line == 2)
        #expect(error?.diagnostics.first?.column == 2 * CSVReader.maximumFields + 1)
        #expect(error?.diagnostics.first?.message.contains("more than 100,000 columns") == true)
        let big = String(repeating: "x", count: CSVReader.maximumFieldBytes + 1)
        for cell in [big, "\"" + big + "\""] {
            let e = #expect(throws: InputError.self) { try read("id,name\n1," + cell + "\n") }
            #expect(e?.description.hasPrefix("t.csv:2:3: error: this cell is longer than 16 MB") == true, "\(e?.description.prefix(80) ?? "")")
        }
        let fits = String(repeating: "x", count: CSVReader.maximumFieldBytes)
        #expect(try read("id,name\n1," + fits + "\n")[1][1].utf8.count == CSVReader.maximumFieldBytes)
    }

    /// Invalid UTF-8 and UTF-16 name the byte where the text goes wrong.
    @Test func invalidTextNamesTheByteColumn() throws {
        let utf8 = Array("id,name\n1,Zoë\n2,".utf8) + [0xE2, 0x28, 0xA1] + Array("\n".utf8)
        let e8 = #expect(throws: InputError.self) { try CSVReader(data: utf8, fileName: "l.csv") }
        #expect(e8?.description.hasPrefix("l.csv:3:3: error: the file is not UTF-8 text") == true, "\(e8?.description ?? "")")
        let overlong = Array("id\n".utf8) + [0xC0, 0x80]
        #expect((#expect(throws: InputError.self) { try CSVReader(data: overlong, fileName: "o.csv") })?.diagnostics.first?.column == 1)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "id,name\n1,A".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        utf16 += [0x00, 0xD8, 0x41, 0x00]  // a high surrogate followed by "A"
        let e16 = #expect(throws: InputError.self) { try CSVReader(data: utf16, fileName: "u.txt") }
        #expect(e16?.diagnostics.first?.line == 2)
        #expect(e16?.diagnostics.first?.column == 7, "\(e16?.description ?? "")")
    }

    /// UTF-16 without a byte-order mark is told by its zero bytes, either way round.
    @Test func utf16WithoutByteOrderMark() throws {
        for littleEndian in [true, false] {
            var bytes: [UInt8] = []
            for unit in "id,name\n1,José\n".utf16 { bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
            #expect(try CSVReader(data: bytes, fileName: "u.csv").records().map(\.fields) == [["id", "name"], ["1", "José"]])
        }
    }
}

/// Weights are decimal numbers as spreadsheets write them, never hexadecimal or nan.
@Suite struct DecimalNumberTests {
    @Test func plainDecimalsOnly() {
        #expect(DecimalNumber.parse("3") == 3)
        #expect(DecimalNumber.parse("2,5") == 2.5)
        #expect(DecimalNumber.parse(".5") == 0.5)
        #expect(DecimalNumber.parse("1e3") == 1000)
        #expect(DecimalNumber.parse("1.5E-2") == 0.015)
        for text in ["0x10", "0x1p3", "nan", "inf", "infinity", "1e400", "", ".", "1e", "1,000,000", "3 ", "1_000", "١٢"] {
            #expect(DecimalNumber.parse(text) == nil, "\(text)")
        }
    }

    /// Whole numbers (read without strtod up to 15 digits) are what `Double(_:)` reads, at the
    /// 15-digit edge and past it.
    @Test func wholeNumbersAsDoubleReadsThem() {
        for text in ["0", "007", "5", "42", "999999999999999", "1000000000000000", "9007199254740993", "123456789012345678901234567890", "+4", "-0"] {
            #expect(DecimalNumber.parse(text) == Double(text), "\(text)")
        }
    }
}
