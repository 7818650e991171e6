import Foundation

import Foundation
import TrustNet

/// The header row of a CSV file, with lookup of columns by name and by known aliases.
public struct CSVHeader: Sendable {
    /// The header cells as written (trimmed).
    public let names: [String]
    /// The header record, for positions.
    public let record: CSVRecord
    public let fileName: String

    /// The first column of each folded name (``key(_:)``): every lookup is one, however wide
    /// the header (a roster of 100,000 columns is asked for a dozen aliases).
    private let firstByKey: [String: Int]

    public init(record: CSVRecord, fileName: String) {
        self.record = record
        self.fileName = fileName
        self.names = record.fields.map { $0.trimmed }
        var firstByKey: [String: Int] = [:]
        firstByKey.reserveCapacity(names.count)
        for (i, name) in names.enumerated() where firstByKey[CSVHeader.key(name)] == nil { firstByKey[CSVHeader.key(name)] = i }
        self.firstByKey = firstByKey
    }

    /// A header name folded for comparison: lower case, with spaces, `_`, `-` and `.` removed.
    public static func key(_ name: String) -> String {
        let dropped: Set<UInt8> = [0x20, 0x5F, 0x2D, 0x2E, 0x09]  // space _ - . tab
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (nearly every header): folded byte by byte.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            for b in name.utf8 where !dropped.contains(b) { bytes.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b) }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(name.lowercased().unicodeScalars.filter { !" _-.\t".unicodeScalars.contains($0) }.map(Character.init))
    }

    /// The index of the first column whose name matches one of `aliases` (compared by ``key(_:)``).
    public func index(of aliases: [String]) -> Int? {
        for alias in aliases {
            if let i = firstByKey[CSVHeader.key(alias)] { return i }
        }
        return nil
    }

    /// The columns as a readable list for messages: `id, name, unit`.
    public var listing: String { names.filter { !$0.isEmpty }.joined(separator: ", ") }

    /// An error located at the header line; `hint` follows the finding, or, with a `remedy`,
    /// is what the command line says about the remedy.
    public func missingColumn(_ what: String, hint: String = "", remedy: InputRemedy? = nil) -> Diagnostic {
        let finding = "no \(what) column in the header (the columns are: \(listing))"
        let message = finding + (hint.isEmpty ? "" : "; \(hint)")
        return Diagnostic(.error, file: fileName, line: record.line, column: 1, message, finding: remedy == nil ? message : finding, remedy: remedy)
    }
}

extension CSVReader {
    /// Reads the header (the first non-blank record) and calls `body` for every later
    /// non-blank record. An empty file is an error. Returns the rows whose cells outnumber the
    /// header's columns (their extra cells are not read).
    @discardableResult
    public func forEachRow(
        header handleHeader: (CSVHeader) throws(InputError) -> Void,
        row body: (CSVRecord) throws(InputError) -> Bool
    ) throws(InputError) -> OverlongRows {
        var header: CSVHeader?
        var overlong = OverlongRows(fileName: fileName)
        try forEachRecord { record throws(InputError) in
            if record.isBlank { return true }
            guard let header else {
                let h = CSVHeader(record: record, fileName: fileName)
                header = h
                overlong.columns = h.names.count
                try handleHeader(h)
                return true
            }
            overlong.check(record)
            return try body(record)
        }
        if header == nil {
            throw InputError(Diagnostic(.error, file: fileName, line: 1, column: 1, "the file is empty: it has no header row"))
        }
        return overlong
    }
}

/// Rows with more cells than the header has columns. Their extra cells are not read, and
/// usually they mean the cells have shifted: a comma left unquoted inside a name ("Lee, Ann")
/// pushes every later cell one column to the right. Rows that only trail empty cells are
/// suspect only when they are few (some exports pad every row).
public struct OverlongRows: Sendable {
    let fileName: String
    var columns = 0
    private var rows = 0
    /// Rows longer than the header, and where the first one's first extra cell is.
    private var longer = 0
    private var firstLonger: CSVRecord.FieldPosition?
    /// Rows with something in a cell beyond the header's columns, and where the first is.
    private var filled = 0
    private var firstFilled: CSVRecord.FieldPosition?

    init(fileName: String) { self.fileName = fileName }

    mutating func check(_ record: CSVRecord) {
        rows += 1
        guard record.fields.count > columns else { return }
        longer += 1
        if firstLonger == nil { firstLonger = record.position(ofField: columns) }
        if let extra = record.fields.indices.dropFirst(columns).first(where: { !record.fields[$0].trimmed.isEmpty }) {
            filled += 1
            if firstFilled == nil { firstFilled = record.position(ofField: extra) }
        }
    }

    /// A warning about them, or nil when there are none (or every row trails empty cells).
    public var diagnostic: Diagnostic? {
        let (count, position) = filled > 0 ? (filled, firstFilled) : longer * 2 < rows ? (longer, firstLonger) : (0, nil)
        guard count > 0, let position else { return nil }
        let these = count == 1 ? "this row has" : "\(count) rows have (the first here)"
        return Diagnostic(
            .warning, file: fileName, line: position.line, column: position.column,
            "\(these) more cells than the header's \(columns) columns; the extra cells are ignored (is a comma inside a name unquoted?)")
    }
}
