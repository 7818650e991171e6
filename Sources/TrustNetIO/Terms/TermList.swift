import Foundation
import TrustNet

extension Term {
    /// Reads a list of terms, `term[,starts][,ends]`, in order; dates are `YYYY-MM-DD`.
    ///
    /// Errors (with line and column): no term column, an empty or repeated term name, a date
    /// that is not `YYYY-MM-DD`, a term that ends before it starts.
    public static func readList(_ reader: CSVReader) throws(InputError) -> [Term] {
        var log = DiagnosticLog()
        var terms: [Term] = []
        var columns = (term: 0, starts: Int?.none, ends: Int?.none)
        try reader.forEachRow(
            header: { header throws(InputError) in
                guard let t = header.index(of: ["term", "name", "wave"]) else { throw InputError(header.missingColumn("term")) }
                columns = (t, header.index(of: ["starts", "start", "from"]), header.index(of: ["ends", "end", "to"]))
            },
            row: { record in
                let name = record[columns.term].trimmed
                let p = record.position(ofField: columns.term)
                if name.isEmpty {
                    log.append(Diagnostic(.error, file: reader.fileName, line: p.line, column: p.column, "empty term name"))
                } else if terms.contains(where: { $0.name == name }) {
                    log.append(Diagnostic(.error, file: reader.fileName, line: p.line, column: p.column, "term \"\(name)\" is listed twice"))
                }
                func day(_ column: Int?) -> CalendarDay? {
                    guard let column else { return nil }
                    let text = record[column].trimmed
                    if text.isEmpty { return nil }
                    if let d = CalendarDay(text) { return d }
                    let q = record.position(ofField: column)
                    log.append(Diagnostic(.error, file: reader.fileName, line: q.line, column: q.column, "\"\(text)\" is not a date written YYYY-MM-DD"))
                    return nil
                }
                let starts = day(columns.starts)
                let ends = day(columns.ends)
                if let starts, let ends, ends < starts {
                    log.append(Diagnostic(.error, file: reader.fileName, line: p.line, column: p.column, "\(name) ends before it starts"))
                }
                terms.append(Term(name: name, order: terms.count, starts: starts, ends: ends))
                return !log.isFull
            })
        try log.throwIfErrors()
        return terms
    }
}
