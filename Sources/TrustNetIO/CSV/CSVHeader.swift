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

    public init(record: CSVRecord, fileName: String) {
        self.record = record
        self.fileName = fileName
        self.names = record.fields.map { $0.trimmed }
    }

    /// A header name folded for comparison: lower case, with spaces, `_`, `-` and `.` removed.
    public static func key(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { !" _-.\t".unicodeScalars.contains($0) }.map(Character.init))
    }

    /// The index of the first column whose name matches one of `aliases` (compared by ``key(_:)``).
    public func index(of aliases: [String]) -> Int? {
        let wanted = aliases.map(CSVHeader.key)
        for alias in wanted {
            if let i = names.firstIndex(where: { CSVHeader.key($0) == alias }) { return i }
        }
        return nil
    }

    /// The columns as a readable list for messages: `id, name, unit`.
    public var listing: String { names.filter { !$0.isEmpty }.joined(separator: ", ") }

    /// An error located at the header line.
    public func missingColumn(_ what: String, hint: String = "") -> Diagnostic {
        Diagnostic(
            .error, file: fileName, line: record.line, column: 1,
            "no \(what) column in the header (the columns are: \(listing))" + (hint.isEmpty ? "" : "; \(hint)"))
    }
}

extension CSVReader {
    /// Reads the header (the first non-blank record) and calls `body` for every later
    /// non-blank record. An empty file is an error.
    public func forEachRow(
        header handleHeader: (CSVHeader) throws(InputError) -> Void,
        row body: (CSVRecord) throws(InputError) -> Bool
    ) throws(InputError) {
        var header: CSVHeader?
        try forEachRecord { record throws(InputError) in
            if record.isBlank { return true }
            if header == nil {
                let h = CSVHeader(record: record, fileName: fileName)
                header = h
                try handleHeader(h)
                return true
            }
            return try body(record)
        }
        if header == nil {
            throw InputError(Diagnostic(.error, file: fileName, line: 1, column: 1, "the file is empty: it has no header row"))
        }
    }
}
