import Foundation

/// Rows of results with named columns, written as an aligned text table, CSV or JSON.
///
/// Every command that prints results builds one of these, so all of them share one column
/// order, one number format and one escaping function per output language.
public struct ResultTable: Sendable {
    public enum Cell: Sendable, Hashable {
        case text(String)
        case integer(Int)
        case number(Double)
        case empty
    }

    public enum Format: String, Sendable, CaseIterable {
        case table, csv, json
    }

    public let columns: [String]
    public private(set) var rows: [[Cell]] = []

    public init(columns: [String]) { self.columns = columns }

    public mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "a row needs one cell per column")
        rows.append(row)
    }

    public func rendered(as format: Format) -> String {
        switch format {
        case .table: textTable()
        case .csv: csv()
        case .json: json()
        }
    }

    /// RFC 4180 CSV with a header row; text cells go through ``CSVEscaping/cell(_:)``.
    /// Numbers are written in full (shortest round-trip form).
    public func csv() -> String {
        var out = columns.map(CSVEscaping.cell).joined(separator: ",") + "\n"
        for row in rows {
            out += row.map { cell in
                switch cell {
                case .text(let s): CSVEscaping.cell(s)
                case .integer(let i): String(i)
                case .number(let x): ResultTable.fullNumber(x)
                case .empty: ""
                }
            }.joined(separator: ",")
            out += "\n"
        }
        return out
    }

    /// A JSON array of objects, keys in column order.
    public func json() -> String {
        var out = "[\n"
        for (r, row) in rows.enumerated() {
            out += "  {"
            for (c, cell) in row.enumerated() {
                out += (c == 0 ? "" : ", ") + JSONText.string(columns[c]) + ": "
                switch cell {
                case .text(let s): out += JSONText.string(s)
                case .integer(let i): out += String(i)
                case .number(let x): out += x.isFinite ? ResultTable.fullNumber(x) : "null"
                case .empty: out += "null"
                }
            }
            out += r == rows.count - 1 ? "}\n" : "},\n"
        }
        return out + "]\n"
    }

    /// Columns aligned for reading in a terminal; numbers to 4 significant decimals.
    public func textTable() -> String {
        let body: [[String]] = rows.map { row in
            row.map { cell in
                switch cell {
                case .text(let s): TextEscaping.singleLine(s)
                case .integer(let i): String(i)
                case .number(let x): ResultTable.shortNumber(x)
                case .empty: ""
                }
            }
        }
        let numeric: [Bool] = columns.indices.map { c in
            rows.allSatisfy { row in
                switch row[c] {
                case .integer, .number, .empty: true
                case .text: false
                }
            }
        }
        var widths = columns.map(\.count)
        for row in body {
            for (c, s) in row.enumerated() { widths[c] = max(widths[c], s.count) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, s in
                let pad = String(repeating: " ", count: widths[c] - s.count)
                return numeric[c] ? pad + s : s + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var out = line(columns) + "\n"
        out += line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for row in body { out += line(row) + "\n" }
        return out
    }

    /// The shortest text that reads back as the same `Double` (`0.1`, `3`, `1e-20`).
    public static func fullNumber(_ x: Double) -> String {
        if x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
        return "\(x)"
    }

    /// A number for people: integers as integers, others with 4 decimals (or scientific when tiny).
    public static func shortNumber(_ x: Double) -> String {
        if !x.isFinite { return "\(x)" }
        if x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
        if abs(x) < 1e-4 { return String(format: "%.2e", x) }
        return String(format: "%.4f", x)
    }
}

/// Escaping of survey text for CSV that spreadsheets open.
public enum CSVEscaping {
    /// One CSV cell: quoted when it holds a separator, quote or line break, and neutralized
    /// when a spreadsheet would run it as a formula (it starts with `=`, `+`, `-`, `@`, tab or
    /// carriage return): a `'` is put in front, as OWASP recommends. Numbers written by
    /// TrustNet do not pass through here, so `-0.5` stays a number.
    public static func cell(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        // By bytes, not characters: faster (50,000 rows of names), and a separator that a
        // combining mark follows, or a CR LF, still quotes the cell.
        if value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: ";") }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}

/// Escaping for JSON strings.
public enum JSONText {
    /// A JSON string literal, with quotes, backslashes and control characters escaped.
    public static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// Escaping of survey text for a terminal.
public enum TextEscaping {
    /// The text on one line, with control characters (including terminal escape sequences)
    /// shown as `?` so a name cannot rewrite the screen.
    public static func singleLine(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : (scalar.properties.generalCategory == .control ? "?" : scalar)
                }))
    }
}
