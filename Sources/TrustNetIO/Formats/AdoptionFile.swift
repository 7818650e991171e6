import TrustNet

/// When each person adopted a practice, for `trustnet spread --backtest`: a CSV file
/// `id,adopted`, one row per person.
///
/// `adopted` is either an ordinal period (an integer: 1, 2, 3 …, month 1 = the study's first
/// month) or a date (`YYYY-MM-DD`, `YYYY/MM/DD`, `M/D/YYYY`), read as its month so that one
/// round of the simulation is one month; one file holds one kind. An empty cell means never
/// or unknown, as does a person the file does not list. People are matched by id, e-mail or
/// name as in a tie list.
public struct AdoptionFile: Sendable, Equatable {
    /// What the `adopted` column holds.
    public enum Kind: String, Sendable {
        case period, month
    }

    /// Person id → period (months since year 0 for dates).
    public var periods: [String: Int]
    public var kind: Kind
    /// Rows read, and rows with an empty `adopted` cell.
    public var rows: Int
    public var empty: Int

    /// Reads the file.
    ///
    /// Errors (with line and column): no id or adopted column; a cell that is neither an
    /// integer nor a date; integers and dates mixed; a person not on the roster (or matching
    /// several); a person listed twice.
    public static func read(_ reader: CSVReader, people: [Person]) throws(InputError) -> AdoptionFile {
        let file = reader.fileName
        let matcher = PersonMatcher(people: people)
        var log = DiagnosticLog()
        var columns = (id: 0, adopted: 1)
        var periods: [String: Int] = [:]
        var kind: Kind?
        var firstKindLine = 0
        var seen: [Int: Int] = [:]
        var rows = 0, empty = 0
        let overlong = try reader.forEachRow(
            header: { header throws(InputError) in
                guard let i = header.index(of: ["id", "person", "name", "email", "e-mail"]) else {
                    throw InputError(header.missingColumn("id", hint: "an adoption file is id,adopted"))
                }
                guard let a = header.index(of: ["adopted", "adoption", "adoption date", "date", "period", "month"]) else {
                    throw InputError(header.missingColumn("adopted", hint: "an adoption file is id,adopted (a date or a period; empty = never or unknown)"))
                }
                columns = (i, a)
            },
            row: { record in
                rows += 1
                let idText = record[columns.id].trimmed
                let idPosition = record.position(ofField: columns.id)
                var person: Int?
                switch matcher.match(idText) {
                case .person(let index, _): person = index
                case .ambiguous(let candidates):
                    log.append(
                        Diagnostic(
                            .error, file: file, line: idPosition.line, column: idPosition.column,
                            "\"\(TextEscaping.singleLine(String(idText.prefix(40))))\" matches \(candidates.count) people on the roster: give the id"))
                case .unknown:
                    log.append(
                        Diagnostic(
                            .error, file: file, line: idPosition.line, column: idPosition.column,
                            idText.isEmpty ? "empty id" : "\"\(TextEscaping.singleLine(String(idText.prefix(40))))\" is not on the roster"))
                }
                if let p = person {
                    if let line = seen[p] {
                        log.append(
                            Diagnostic(
                                .error, file: file, line: idPosition.line, column: idPosition.column,
                                "\(TextEscaping.singleLine(people[p].name)) is listed twice (first on line \(line))"))
                        person = nil
                    } else {
                        seen[p] = record.line
                    }
                }
                let text = record[columns.adopted].trimmed
                let position = record.position(ofField: columns.adopted)
                guard !text.isEmpty else {
                    empty += 1
                    return !log.isFull
                }
                let value: (Kind, Int)?
                if let n = Int(text) {
                    value = (.period, n)
                } else if let day = OneOnOneDates.parse(text) {
                    value = (.month, day.year * 12 + day.month - 1)
                } else {
                    value = nil
                }
                guard let (k, v) = value else {
                    log.append(
                        Diagnostic(
                            .error, file: file, line: position.line, column: position.column,
                            "\"\(TextEscaping.singleLine(String(text.prefix(40))))\" is neither a period (a whole number) nor a date (YYYY-MM-DD or M/D/YYYY)"))
                    return !log.isFull
                }
                if let kind, kind != k {
                    log.append(
                        Diagnostic(
                            .error, file: file, line: position.line, column: position.column,
                            "a \(k == .month ? "date" : "period") among \(kind == .month ? "dates" : "periods") (line \(firstKindLine)): use one kind in the file"))
                    return !log.isFull
                }
                if kind == nil {
                    kind = k
                    firstKindLine = record.line
                }
                if let p = person { periods[people[p].id] = v }
                return !log.isFull
            })
        if let warning = overlong.diagnostic { log.append(warning) }
        try log.throwIfErrors()
        return AdoptionFile(periods: periods, kind: kind ?? .period, rows: rows, empty: empty)
    }
}
