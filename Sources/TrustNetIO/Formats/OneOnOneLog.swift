import Foundation
import TrustNet

extension TieList {
    /// Reads a log of one-on-one meetings, `date,person,with[,notes]`: each row is one meeting
    /// from `person` (who keeps the log) with `with`, and adds 1 to the weight of their
    /// `one-on-one` tie in the term whose dates contain the meeting.
    ///
    /// - Parameters:
    ///   - terms: the terms with their date ranges; a meeting goes to the term that contains
    ///     its date.
    ///   - term: the term for every meeting when no term has a date range (the import's
    ///     `--term`).
    ///
    /// Dates are `YYYY-MM-DD`, `YYYY/MM/DD` or `M/D/YYYY` (as US spreadsheets write them).
    /// Notes are not stored: they may hold what was said in confidence. Errors (with line and
    /// column): a date that cannot be read, a date in no term, an unknown person.
    public static func readOneOnOneLog(
        _ reader: CSVReader, resolver: inout NameResolver, terms: [Term], term defaultTerm: String?
    ) throws(InputError) -> TieList {
        let file = reader.fileName
        var log = DiagnosticLog()
        var collector = TieCollector(file: file, repeatRule: .add)
        var rowCount = 0
        var columns = (date: 0, person: 1, with: 2)
        let dated = terms.filter { $0.starts != nil || $0.ends != nil }
        let overlong = try reader.forEachRow(
            header: { header throws(InputError) in
                guard let d = header.index(of: InputFormat.dateHeaders) else { throw InputError(header.missingColumn("date")) }
                guard let w = header.index(of: InputFormat.withHeaders) else { throw InputError(header.missingColumn("with")) }
                guard let p = header.index(of: ["person", "leader", "who", "logged by", "name"]) else {
                    throw InputError(header.missingColumn("person", hint: "a one-on-one log is date,person,with[,notes]"))
                }
                columns = (d, p, w)
                if dated.isEmpty && defaultTerm == nil {
                    throw InputError(
                        Diagnostic(
                            .error, file: file, line: header.record.line, column: 1,
                            "no term has dates to place these meetings in: give the term with --term (and --starts/--ends)"))
                }
            },
            row: { record in
                rowCount += 1
                let dateText = record[columns.date].trimmed
                let datePosition = record.position(ofField: columns.date)
                guard let day = OneOnOneDates.parse(dateText) else {
                    log.append(
                        Diagnostic(
                            .error, file: file, line: datePosition.line, column: datePosition.column,
                            "\"\(TextEscaping.singleLine(String(dateText.prefix(40))))\" is not a date (YYYY-MM-DD or M/D/YYYY)"))
                    return !log.isFull
                }
                let term: String?
                if dated.isEmpty {
                    term = defaultTerm
                } else {
                    term = dated.first { $0.contains(day) }?.name
                    if term == nil {
                        let ranges = dated.map { "\($0.name) \($0.starts?.description ?? "…")–\($0.ends?.description ?? "…")" }
                        log.append(
                            Diagnostic(
                                .error, file: file, line: datePosition.line, column: datePosition.column,
                                "\(day) falls in no term (\(ranges.joined(separator: ", ")))"))
                    }
                }
                let personText = record[columns.person].trimmed
                let withText = record[columns.with].trimmed
                var people: [Int?] = []
                for (text, column) in [(personText, columns.person), (withText, columns.with)] {
                    let p = record.position(ofField: column)
                    if text.isEmpty {
                        log.append(Diagnostic(.error, file: file, line: p.line, column: p.column, "empty name"))
                        people.append(nil)
                    } else {
                        people.append(resolver.resolve(text, file: file, at: p, log: &log))
                    }
                }
                guard let term, let source = people[0], let target = people[1] else { return !log.isFull }
                collector.add(
                    ImportedTie(source: source, target: target, relation: .oneOnOne, weight: 1, term: term, line: record.line),
                    at: datePosition, log: &log)
                return !log.isFull
            })
        if let warning = overlong.diagnostic { log.append(warning) }
        try log.throwIfErrors()
        return collector.result(format: .oneOnOneLog, rowCount: rowCount, respondents: nil, log: log)
    }
}

enum OneOnOneDates {
    /// `YYYY-MM-DD`, `YYYY/MM/DD` or `M/D/YYYY`; a time after a space is ignored.
    static func parse(_ text: String) -> CalendarDay? {
        let date = String(text.split(separator: " ").first ?? "")
        if let day = CalendarDay(date) { return day }
        let parts = date.split(separator: "/").map(String.init)
        guard parts.count == 3 else { return nil }
        if parts[0].count == 4 { return CalendarDay("\(parts[0])-\(parts[1])-\(parts[2])") }
        guard parts[2].count == 4 else { return nil }
        return CalendarDay("\(parts[2])-\(parts[0])-\(parts[1])")
    }
}
