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
/// - Encodings: UTF-8 with or without BOM, UTF-16 LE/BE with BOM (Excel's "Unicode text").
///   Invalid UTF-8 is an error naming the line.
/// - Separators: `,`, `;` or tab, detected from the first line (the one that occurs most
///   outside quotes; comma when none does), or given.
/// - Quoting (RFC 4180): quoted fields may hold separators, doubled quotes and line breaks;
///   an unterminated quote or text after a closing quote is an error with line and column.
///   A quote inside an unquoted field is kept as text, as Excel does.
/// - Line ends: LF, CRLF or CR.
///
/// The file is read into memory once; records are produced one at a time.
/// (TrustNet has its own reader because every diagnostic must name a line and column, which
/// the CSV libraries available here do not report, and CSV.swift 2.5 accepts an unterminated
/// quote silently by reading to the end of the file.)
public struct CSVReader: Sendable {
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
    /// `nil` when it cannot be read.
    public static func bytes(ofFile path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        guard fseeko(file, 0, SEEK_END) == 0 else { return nil }
        let size = Int(ftello(file))
        guard size >= 0, fseeko(file, 0, SEEK_SET) == 0 else { return nil }
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = size == 0 ? 0 : fread(buffer.baseAddress, 1, size, file)
            failed = count != size
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
            return try validatedUTF8(Array(data.dropFirst(3)), fileName: fileName)
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let littleEndian = data[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(data.count / 2)
            var i = 2
            while i + 1 < data.count {
                let a = UInt16(data[i])
                let b = UInt16(data[i + 1])
                units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
                i += 2
            }
            var out: [UInt8] = []
            out.reserveCapacity(units.count)
            var line = 1
            var iterator = units.makeIterator()
            var decoder = UTF16()
            loop: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar):
                    if scalar == "\n" { line += 1 }
                    UTF8.encode(scalar) { out.append($0) }
                case .emptyInput:
                    break loop
                case .error:
                    throw InputError(Diagnostic(.error, file: fileName, line: line, "the file is not valid UTF-16 text"))
                }
            }
            return out
        }
        return try validatedUTF8(data, fileName: fileName)
    }

    private static func validatedUTF8(_ data: [UInt8], fileName: String) throws(InputError) -> [UInt8] {
        if String(validating: data, as: UTF8.self) != nil { return data }
        var lineStart = 0
        var line = 1
        for i in data.indices where data[i] == UInt8(ascii: "\n") {
            if String(validating: data[lineStart..<i], as: UTF8.self) == nil { break }
            lineStart = i + 1
            line += 1
        }
        throw InputError(
            Diagnostic(
                .error, file: fileName, line: line,
                "the file is not UTF-8 text (save it from the spreadsheet as \"CSV UTF-8\")"))
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

        init(bytes: [UInt8], separator: UInt8, fileName: String) {
            self.bytes = bytes
            self.separator = separator
            self.fileName = fileName
        }

        /// 1-based column, in characters, of byte `offset` on the current line.
        func column(of offset: Int) -> Int {
            var count = 1
            var i = lineStart
            while i < offset {
                if bytes[i] & 0xC0 != 0x80 { count += 1 }
                i += 1
            }
            return count
        }

        mutating func startLine(at offset: Int) {
            line += 1
            lineStart = offset
        }

        mutating func next() throws(InputError) -> CSVRecord? {
            guard index < bytes.count else { return nil }
            let quote = UInt8(ascii: "\"")
            let lf = UInt8(ascii: "\n")
            let cr = UInt8(ascii: "\r")
            var fields: [String] = []
            var positions: [CSVRecord.FieldPosition] = []
            let recordLine = line
            while true {
                positions.append(.init(line: line, column: column(of: index)))
                if index < bytes.count && bytes[index] == quote {
                    let openLine = line
                    let openColumn = column(of: index)
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
