import Foundation

/// One record of a CSV file: its fields and where each starts.
public struct CSVRecord: Sendable {
    /// The fields, unquoted.
    public var fields: [String]
    /// The 1-based line on which the record starts.
    public var line: Int
    /// For each field, the 1-based line and column (in characters) where it starts.
    public var positions: [FieldPosition]

    public struct FieldPosition: Sendable, Hashable {
        public var line: Int
        public var column: Int
    }

    /// The field at `index`, or `""` when the record is shorter.
    public subscript(index: Int) -> String { index < fields.count ? fields[index] : "" }

    /// Where field `index` starts; past the end of the record, where its last field starts.
    public func position(ofField index: Int) -> FieldPosition {
        index < positions.count ? positions[index] : (positions.last ?? FieldPosition(line: line, column: 1))
    }

    /// Whether every field is empty or spaces (a blank line or a row of separators).
    public var isBlank: Bool { fields.allSatisfy { $0.trimmed.isEmpty } }
}

/// Reads CSV as spreadsheets and survey tools export it, with positions for every field.
///
/// - Encodings: UTF-8 with or without BOM, UTF-16 LE/BE with BOM (Excel's "Unicode text"),
///   and UTF-16 without one when its zero bytes show it. Invalid UTF-8 or UTF-16 is an error
///   naming the line and the byte column.
/// - Limits: a record of more than ``maximumFields`` fields, or a field of more than
///   ``maximumFieldBytes`` bytes, is an error with line and column (no roster or survey
///   comes near either; past them a file is broken or hostile).
/// - Separators: `,`, `;` or tab, detected from the first line (the one that occurs most
///   outside quotes; comma when none does), or given.
/// - Quoting (RFC 4180): quoted fields may hold separators, doubled quotes and line breaks;
///   an unterminated quote or text after a closing quote is an error with line and column.
///   A quote inside an unquoted field is kept as text, as Excel does.
/// - Line ends: LF, CRLF or CR.
///
/// The file is read into memory once; records are produced one at a time, in time linear in
/// the file's size (columns are counted on from the previous field, not from the line's start).
/// (TrustNet has its own reader because every diagnostic must name a line and column, which
/// the CSV libraries available here do not report, and CSV.swift 2.5 accepts an unterminated
/// quote silently by reading to the end of the file.)
public struct CSVReader: Sendable {
    /// The most fields a record may have.
    public static let maximumFields = 100_000  // "100,000" in the message below
    /// The longest a field may be, in bytes (16 MB).
    public static let maximumFieldBytes = 16 << 20

    /// The file name used in diagnostics.
    public let fileName: String
    public let separator: UInt8
    private let bytes: [UInt8]

    /// Reads the file at `path`; `displayName` is how diagnostics name it (the path by default).
    public init(contentsOf path: String, displayName: String? = nil, separator: UInt8? = nil) throws(InputError) {
        let name = displayName ?? path
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        guard exists, !isDirectory.boolValue, let data = CSVReader.bytes(ofFile: path) else {
            let reason = !exists ? "no such file" : isDirectory.boolValue ? "this is a folder, not a file" : "the file cannot be read"
            throw InputError(Diagnostic(.error, file: name, reason))
        }
        try self.init(data: data, fileName: name, separator: separator)
    }

    /// The bytes of the file at `path`, read straight into one array (no second copy), or
    /// `nil` when it cannot be read. A folder is not a file (its size read as 2⁶³ bytes and
    /// ended the import with a failed allocation); a pipe (`<(…)`) is read to its end.
    public static func bytes(ofFile path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        let kind = status.st_mode & S_IFMT
        if kind == S_IFDIR { return nil }
        guard kind == S_IFREG else {
            var all: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n < 0 { return nil }
                if n == 0 { return all }
                all += chunk[0..<n]
            }
        }
        let size = Int(status.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            while done < size {
                let n = read(descriptor, buffer.baseAddress! + done, size - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                done += n
            }
            count = done
            failed = done != size
        }
        return failed ? nil : bytes
    }

    /// Reads CSV from bytes already in memory.
    public init(data: [UInt8], fileName: String, separator: UInt8? = nil) throws(InputError) {
        self.fileName = fileName
        let utf8 = try CSVReader.decodeToUTF8(data, fileName: fileName)
        self.bytes = utf8
        self.separator = separator ?? CSVReader.detectSeparator(utf8)
    }

    /// The size of the text in bytes (UTF-8), for sizing what is read from it.
    public var byteCount: Int { bytes.count }

    /// About how many records the text holds (its line feeds, or a record per 16 bytes when
    /// it has fewer, as text with CR line ends does), for sizing what is read from it.
    public var estimatedRecordCount: Int {
        let lineFeeds = bytes.withUnsafeBufferPointer { buffer in buffer.reduce(0) { $0 &+ ($1 == UInt8(ascii: "\n") ? 1 : 0) } }
        return max(lineFeeds + 1, bytes.count / 16)
    }

    /// The separator as a readable name, for messages.
    public var separatorName: String {
        switch separator {
        case UInt8(ascii: ","): "comma"
        case UInt8(ascii: ";"): "semicolon"
        case UInt8(ascii: "\t"): "tab"
        default: "'\(Character(Unicode.Scalar(separator)))'"
        }
    }

    /// Calls `body` with each record in order, blank lines included (callers skip them).
    /// Stops early when `body` returns `false`.
    public func forEachRecord(_ body: (CSVRecord) throws(InputError) -> Bool) throws(InputError) {
        var parser = Parser(bytes: bytes, separator: separator, fileName: fileName)
        while let record = try parser.next() {
            if try !body(record) { return }
            parser.recycle(record)
        }
    }

    /// All records, for small files (rosters).
    public func records() throws(InputError) -> [CSVRecord] {
        var all: [CSVRecord] = []
        try forEachRecord { record throws(InputError) in
            all.append(record)
            return true
        }
        return all
    }

    // MARK: - Decoding

    static func decodeToUTF8(_ data: [UInt8], fileName: String) throws(InputError) -> [UInt8] {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try validatedUTF8(Array(data.dropFirst(3)), fileName: fileName, offset: 3)
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16(data, from: 2, littleEndian: data[0] == 0xFF, fileName: fileName)
        }
        if let littleEndian = utf16WithoutBOM(data) {
            return try decodeUTF16(data, from: 0, littleEndian: littleEndian, fileName: fileName)
        }
        return try validatedUTF8(data, fileName: fileName, offset: 0)
    }

    /// Whether `data` reads as UTF-16 without a byte-order mark, and which way round: text
    /// that is mostly ASCII has a zero byte in every other place (after each letter in
    /// little-endian, before it in big-endian), which UTF-8 text never has.
    static func utf16WithoutBOM(_ data: [UInt8]) -> Bool? {
        let sample = data.prefix(512)
        guard sample.count >= 4 else { return nil }
        var zeroEven = 0
        var zeroOdd = 0
        for (i, byte) in sample.enumerated() where byte == 0 {
            if i % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
        }
        let pairs = sample.count / 2
        if zeroOdd * 10 >= pairs * 6 && zeroEven * 10 <= pairs { return true }
        if zeroEven * 10 >= pairs * 6 && zeroOdd * 10 <= pairs { return false }
        return nil
    }

    /// UTF-16 from byte `start` on, as UTF-8; invalid text is an error with its line and the
    /// byte column (counted from the line's first byte, BOM included on line 1).
    private static func decodeUTF16(_ data: [UInt8], from start: Int, littleEndian: Bool, fileName: String) throws(InputError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(data.count / 2)
        var line = 1
        var lineStart = 0
        var i = start
        func unit(at k: Int) -> UInt16 {
            let a = UInt16(data[k])
            let b = UInt16(data[k + 1])
            return littleEndian ? a | (b << 8) : (a << 8) | b
        }
        func invalid(at k: Int, _ what: String) -> InputError {
            InputError(Diagnostic(.error, file: fileName, line: line, column: k - lineStart + 1, "the file is not valid UTF-16 text (\(what))"))
        }
        while i + 1 < data.count {
            let u = unit(at: i)
            var scalar: Unicode.Scalar
            if u < 0xD800 || u > 0xDFFF {
                scalar = Unicode.Scalar(u)!
                i += 2
            } else if u <= 0xDBFF, i + 3 < data.count, case let low = unit(at: i + 2), low >= 0xDC00 && low <= 0xDFFF {
                scalar = Unicode.Scalar(0x10000 + ((UInt32(u) - 0xD800) << 10) + (UInt32(low) - 0xDC00))!
                i += 4
            } else {
                throw invalid(at: i, "a lone surrogate")
            }
            UTF8.encode(scalar) { out.append($0) }
            if scalar == "\n" {
                line += 1
                lineStart = i
            }
        }
        if i < data.count { throw invalid(at: i, "an odd byte at the end") }
        return out
    }

    private static func validatedUTF8(_ data: [UInt8], fileName: String, offset: Int) throws(InputError) -> [UInt8] {
        if String(validating: data, as: UTF8.self) != nil { return data }
        let bad = firstInvalidUTF8(data)
        var line = 1
        var lineStart = 0
        for i in 0..<bad where data[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        throw InputError(
            Diagnostic(
                .error, file: fileName, line: line, column: bad - lineStart + 1 + (line == 1 ? offset : 0),
                "the file is not UTF-8 text at this byte (save it from the spreadsheet as \"CSV UTF-8\")"))
    }

    /// The offset of the first byte that does not belong to valid UTF-8 (RFC 3629: no
    /// overlong forms, surrogates or values past U+10FFFF), or `data.count`.
    static func firstInvalidUTF8(_ data: [UInt8]) -> Int {
        var i = 0
        while i < data.count {
            let b = data[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + length <= data.count else { return i }
            if data[i + 1] < low || data[i + 1] > high { return i }
            for k in 2..<max(2, length) where data[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return data.count
    }

    static func detectSeparator(_ bytes: [UInt8]) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        var counts = [0, 0, 0]
        var quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
                continue
            }
            if !quoted && (byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")) { break }
            if !quoted, let k = candidates.firstIndex(of: byte) { counts[k] += 1 }
        }
        var best = 0
        for k in 1..<3 where counts[k] > counts[best] { best = k }
        return candidates[best]
    }

    // MARK: - Parsing

    private struct Parser {
        let bytes: [UInt8]
        let separator: UInt8
        let fileName: String
        var index = 0
        var line = 1
        /// Byte offset where the current line starts.
        var lineStart = 0
        /// A byte offset on the current line whose column is known, so the next field's column
        /// is counted on from there (counting from the line's start made a line of n fields
        /// take n² steps).
        var countedOffset = 0
        var countedColumn = 1
        /// The arrays of the record before, to fill again (two allocations a row fewer).
        private var spareFields: [String] = []
        private var sparePositions: [CSVRecord.FieldPosition] = []

        init(bytes: [UInt8], separator: UInt8, fileName: String) {
            self.bytes = bytes
            self.separator = separator
            self.fileName = fileName
        }

        /// 1-based column, in characters, of byte `offset` on the current line.
        mutating func column(of offset: Int) -> Int {
            if offset < countedOffset {
                countedOffset = lineStart
                countedColumn = 1
            }
            var i = countedOffset
            var count = countedColumn
            while i < offset {
                if bytes[i] & 0xC0 != 0x80 { count += 1 }
                i += 1
            }
            countedOffset = offset
            countedColumn = count
            return count
        }

        /// Takes back the arrays of a record its reader is done with. One still held elsewhere
        /// (``CSVReader/records()`` keeps every record) is copied before it is filled again.
        mutating func recycle(_ record: CSVRecord) {
            spareFields = record.fields
            sparePositions = record.positions
        }

        mutating func startLine(at offset: Int) {
            line += 1
            lineStart = offset
            countedOffset = offset
            countedColumn = 1
        }

        func tooLong(line: Int, column: Int) -> InputError {
            InputError(
                Diagnostic(
                    .error, file: fileName, line: line, column: column,
                    "this cell is longer than \(CSVReader.maximumFieldBytes >> 20) MB: is this really the file exported from the survey?"))
        }

        mutating func next() throws(InputError) -> CSVRecord? {
            guard index < bytes.count else { return nil }
            let quote = UInt8(ascii: "\"")
            let lf = UInt8(ascii: "\n")
            let cr = UInt8(ascii: "\r")
            var fields = spareFields
            var positions = sparePositions
            (spareFields, sparePositions) = ([], [])
            fields.removeAll(keepingCapacity: true)
            positions.removeAll(keepingCapacity: true)
            let recordLine = line
            while true {
                let fieldColumn = column(of: index)
                guard fields.count < CSVReader.maximumFields else {
                    throw InputError(
                        Diagnostic(
                            .error, file: fileName, line: line, column: fieldColumn,
                            "this line has more than 100,000 columns: is this really a roster or a survey export?"))
                }
                positions.append(.init(line: line, column: fieldColumn))
                if index < bytes.count && bytes[index] == quote {
                    let openLine = line
                    let openColumn = fieldColumn
                    index += 1
                    var buffer: [UInt8] = []
                    while true {
                        guard index < bytes.count else {
                            throw InputError(
                                Diagnostic(
                                    .error, file: fileName, line: openLine, column: openColumn,
                                    "this quoted field is never closed (a closing \" is missing)"))
                        }
                        let byte = bytes[index]
                        if byte == quote {
                            if index + 1 < bytes.count && bytes[index + 1] == quote {
                                buffer.append(quote)
                                index += 2
                                continue
                            }
                            index += 1
                            break
                        }
                        buffer.append(byte)
                        if buffer.count > CSVReader.maximumFieldBytes { throw tooLong(line: openLine, column: openColumn) }
                        index += 1
                        if byte == lf || (byte == cr && !(index < bytes.count && bytes[index] == lf)) {
                            startLine(at: index)
                        }
                    }
                    while index < bytes.count && bytes[index] == UInt8(ascii: " ") { index += 1 }
                    if index < bytes.count && bytes[index] != separator && bytes[index] != lf && bytes[index] != cr {
                        throw InputError(
                            Diagnostic(
                                .error, file: fileName, line: line, column: column(of: index),
                                "unexpected text after the closing quote of a field (a quote inside a quoted field must be doubled: \"\")"
                            ))
                    }
                    fields.append(String(decoding: buffer, as: UTF8.self))
                } else {
                    let start = index
                    while index < bytes.count && bytes[index] != separator && bytes[index] != lf && bytes[index] != cr {
                        index += 1
                    }
                    if index - start > CSVReader.maximumFieldBytes { throw tooLong(line: line, column: fieldColumn) }
                    fields.append(String(decoding: bytes[start..<index], as: UTF8.self))
                }
                if index >= bytes.count { break }
                let byte = bytes[index]
                index += 1
                if byte == separator { continue }
                if byte == cr && index < bytes.count && bytes[index] == lf { index += 1 }
                startLine(at: index)
                break
            }
            return CSVRecord(fields: fields, line: recordLine, positions: positions)
        }
    }
}
