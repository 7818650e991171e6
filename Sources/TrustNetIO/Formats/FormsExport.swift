import Foundation
import TrustNet

extension TieList {
    /// Reads a survey exported from Google Forms, Microsoft Forms or Qualtrics: one row per
    /// respondent, a column naming the respondent, and one column per question whose cell
    /// lists the colleagues named.
    ///
    /// - The respondent is identified by e-mail first when the export has an e-mail column
    ///   ("Email Address", "Email", Qualtrics' "RecipientEmail") and the cell is a roster e-mail
    ///   (or an alias), so a blank or nickname name beside it is that person; otherwise by the
    ///   first of: a name question ("Your name", "Name"), Qualtrics' "ExternalReference", or
    ///   its recipient first + last name. A name that names someone else than the e-mail is
    ///   warned about (the e-mail wins).
    /// - Qualtrics' three header rows (ids, question texts, import ids) are recognized; the
    ///   question texts are used.
    /// - Question columns map to relations by their wording (``QuestionMapping``) or by
    ///   `overrides` (`--column "HEADER=relation"`); other columns are listed in a note, never
    ///   guessed.
    /// - A cell lists colleagues separated by `;`, new lines or `,` — a comma that joins
    ///   `"Last, First"` of one roster name is kept. `"Ann Lee (weekly)"` gives the tie a weight
    ///   (``FrequencyScale``). "None", "No one", "N/A" mean the respondent named nobody.
    /// - A column per colleague ("How often … - Ann Lee" in Qualtrics, "How often … [Ann Lee]"
    ///   in Google Forms grids) holds a frequency: the weight of the tie to that colleague.
    ///
    /// Every row is a respondent, even one that names nobody; a repeated tie keeps the larger
    /// weight. Errors (with line and column): no respondent column, an empty or unknown
    /// respondent, an unknown colleague (unless `--add-unknown`).
    public static func readForms(
        _ reader: CSVReader, resolver: inout NameResolver, term: String, overrides: [(header: String, relation: Relation)] = []
    ) throws(InputError) -> TieList {
        let file = reader.fileName
        var log = DiagnosticLog()
        var records = try reader.records().filter { !$0.isBlank }
        guard !records.isEmpty else {
            throw InputError(Diagnostic(.error, file: file, line: 1, column: 1, "the file is empty: it has no header row"))
        }
        let header = CSVHeader(record: records.removeFirst(), fileName: file)
        var questions = header.names
        // Qualtrics: row 2 holds the question texts, row 3 the import ids.
        if header.index(of: ["responseid", "startdate"]) != nil, records.count >= 2,
            records[1][0].trimmed.hasPrefix("{\"ImportId\"")
        {
            questions = records[0].fields.map { $0.trimmed }
            records.removeFirst(2)
        }
        func question(_ column: Int) -> String { column < questions.count && !questions[column].isEmpty ? questions[column] : header.names[column] }

        // The respondent: by e-mail first when the export has an e-mail column (Google Forms'
        // "Email Address", Qualtrics' RecipientEmail), then by name.
        let email = header.index(of: ["email address", "email", "e-mail", "recipientemail", "your email", "your email address", "your e-mail"])
        var name: [Int] = []
        if let c = header.index(of: ["your name", "name", "full name", "respondent", "your full name", "who are you"])
            ?? questions.firstIndex(where: { $0.lowercased().contains("your name") })
        {
            name = [c]
        } else if let c = header.index(of: ["externalreference", "externaldatareference"]) {
            name = [c]
        } else if let first = header.index(of: ["recipientfirstname"]), let last = header.index(of: ["recipientlastname"]) {
            name = [first, last]
        }
        guard email != nil || !name.isEmpty else {
            throw InputError(
                header.missingColumn(
                    "respondent", hint: "a forms export needs a column naming who answered (\"Your name\", \"Name\" or \"Email Address\")"))
        }
        let respondent = Respondent(email: email, name: name)

        // The questions: which relation each column asks about.
        var plan: [Int: QuestionColumn] = [:]
        var unmapped: [String] = []
        var unmappedHeaders: [String] = []
        var usedOverrides = Set<Int>()
        var mapping: [String] = []  // what each question was read as, for the note
        var mappingFound: [String] = []  // the same without the command line's options
        var grids: [String: (relation: Relation, columns: Int, how: String)] = [:]  // per-colleague columns by stem
        var gridOrder: [String] = []
        func quoted(_ text: String) -> String {
            "\"\(TextEscaping.singleLine(String(text.prefix(60))))\(text.count > 60 ? "…" : "")\""
        }
        let metadata = Set((InputFormat.timestampHeaders + FormsMetadata.columns).map(CSVHeader.key))
        for column in header.names.indices where !respondent.columns.contains(column) {
            let text = question(column)
            if let k = overrides.firstIndex(where: { o in
                [text, header.names[column]].contains { $0.caseInsensitiveCompare(o.header) == .orderedSame }
            }) {
                usedOverrides.insert(k)
                plan[column] = .names(overrides[k].relation)
                mapping.append("column \(column + 1) \(quoted(text)) → \(overrides[k].relation) (--column)")
                mappingFound.append("column \(column + 1) \(quoted(text)) → \(overrides[k].relation) (as chosen)")
                continue
            }
            if metadata.contains(CSVHeader.key(header.names[column])) || text.isEmpty { continue }
            if let (stem, colleague) = FormsMetadata.perColleague(text), let target = resolver.matchExactly(colleague) {
                let override = overrides.first { stem.caseInsensitiveCompare($0.header) == .orderedSame }?.relation
                let byWording = QuestionMapping.keyword(inQuestion: stem)
                if let relation = override ?? byWording?.relation {
                    plan[column] = .frequency(relation, target: target)
                    if grids[stem] == nil {
                        gridOrder.append(stem)
                        grids[stem] = (relation, 0, override != nil ? "--column" : "wording: \(byWording!.keyword)")
                    }
                    grids[stem]!.columns += 1
                    continue
                }
            }
            if let (relation, keyword) = QuestionMapping.keyword(inQuestion: text) {
                plan[column] = .names(relation)
                mapping.append("column \(column + 1) \(quoted(text)) → \(relation) (wording: \(keyword))")
                mappingFound.append(mapping.last!)
            } else {
                unmapped.append("\(column + 1) \"\(TextEscaping.singleLine(String(text.prefix(60))))\"")
                unmappedHeaders.append(text)
            }
        }
        for (k, o) in overrides.enumerated() where !usedOverrides.contains(k) {
            log.append(
                Diagnostic(
                    .error, file: file, line: header.record.line, column: 1, "--column \"\(o.header)=\(o.relation)\": no column has that header",
                    finding: "the question “\(o.header)”, to read as \(o.relation): no column has that header"))
        }
        for stem in gridOrder {
            let grid = grids[stem]!
            let described = "\(quoted(stem)) [one column per colleague, \(grid.columns) in all] → \(grid.relation) as a frequency"
            mapping.append(described + " (\(grid.how))")
            mappingFound.append(described + (grid.how == "--column" ? " (as chosen)" : " (\(grid.how))"))
        }
        if !mapping.isEmpty {
            log.append(
                Diagnostic(
                    .note, file: file, line: header.record.line,
                    "questions read as relations: \(mapping.joined(separator: "; ")); --column \"HEADER=relation\" reads a question otherwise",
                    finding: "questions read as relations: \(mappingFound.joined(separator: "; "))"))
        }
        if !unmapped.isEmpty {
            log.append(
                Diagnostic(
                    .note, file: file, line: header.record.line,
                    "columns not read (no relation in their wording; --column \"HEADER=relation\" reads one): \(unmapped.joined(separator: ", "))",
                    finding: "columns not read (no relation in their wording): \(unmapped.joined(separator: ", "))", remedy: .mapAQuestion
                ).about(.unreadQuestions(headers: unmappedHeaders)))
        }
        if plan.isEmpty {
            log.append(
                Diagnostic(
                    .error, file: file, line: header.record.line, column: 1,
                    "no question column names a relation (advice, trust, sharing, one-on-one); map one with --column \"HEADER=relation\"",
                    finding: "no question column names a relation (advice, trust, sharing, one-on-one)", remedy: .mapAQuestion))
        }
        try log.throwIfErrors()

        var collector = TieCollector(file: file, repeatRule: .keepStrongest)
        var respondents = Set<Int>()
        let columns = plan.keys.sorted()
        var byNameDespiteEmail: [Int] = []  // lines whose e-mail is not on the roster, read by name
        for record in records {
            if log.isFull { break }
            guard let source = respondent.resolve(record, file: file, resolver: &resolver, log: &log) else { continue }
            if let e = respondent.email, record[e].contains("@"), resolver.exactMatch(record[e].trimmed) == nil {
                byNameDespiteEmail.append(record.line)
            }
            respondents.insert(source)
            for column in columns {
                let text = record[column].trimmed
                let position = record.position(ofField: column)
                if text.isEmpty { continue }
                switch plan[column]! {
                case .frequency(let relation, let target):
                    let weight = FormsMetadata.weight(text, file: file, at: position, log: &log)
                    if weight > 0 {
                        collector.add(
                            ImportedTie(source: source, target: target, relation: relation, weight: weight, term: term, line: record.line),
                            at: position, log: &log)
                    }
                case .names(let relation):
                    for (name, weightText) in FormsMetadata.names(in: text, resolver: resolver) {
                        let weight = weightText.map { FormsMetadata.weight($0, file: file, at: position, log: &log) } ?? 1
                        guard weight > 0, let target = resolver.resolve(name, file: file, at: position, log: &log) else { continue }
                        collector.add(
                            ImportedTie(source: source, target: target, relation: relation, weight: weight, term: term, line: record.line),
                            at: position, log: &log)
                    }
                }
            }
        }
        if !byNameDespiteEmail.isEmpty {
            let lines = byNameDespiteEmail.prefix(5).map(String.init).joined(separator: ", ") + (byNameDespiteEmail.count > 5 ? ", …" : "")
            let count = byNameDespiteEmail.count
            log.append(
                Diagnostic(
                    .note, file: file,
                    "\(count) response\(count == 1 ? " gives an e-mail" : "s give e-mails") not on the roster (line\(count == 1 ? "" : "s") \(lines)): read by the name given instead"
                ))
        }
        try log.throwIfErrors()
        return collector.result(format: .forms, rowCount: records.count, respondents: [term: respondents], log: log)
    }

    private enum QuestionColumn {
        /// A cell listing colleagues.
        case names(Relation)
        /// A cell holding how often the respondent turns to one colleague.
        case frequency(Relation, target: Int)
    }

    /// Who answered a row: the e-mail cell when it is a roster e-mail (or an alias), else the
    /// name cell(s) — so a blank or nickname name next to a roster e-mail is that person.
    private struct Respondent {
        var email: Int?
        var name: [Int]

        var columns: [Int] { (email.map { [$0] } ?? []) + name }

        func resolve(_ record: CSVRecord, file: String, resolver: inout NameResolver, log: inout DiagnosticLog) -> Int? {
            let address = email.map { record[$0].trimmed } ?? ""
            let written = name.map { record[$0].trimmed }.filter { !$0.isEmpty }.joined(separator: " ")
            if !address.isEmpty, let person = resolver.matchExactly(address) {
                if !written.isEmpty, let other = resolver.exactMatch(written), other != person {
                    let p = record.position(ofField: name[0])
                    let people = resolver.people
                    log.append(
                        Diagnostic(
                            .warning, file: file, line: p.line, column: p.column,
                            "the name cell says \(TextEscaping.singleLine(people[other].name)) but the e-mail \(TextEscaping.singleLine(address)) is \(TextEscaping.singleLine(people[person].name))'s: read as \(TextEscaping.singleLine(people[person].name)), by e-mail"
                        ))
                }
                return person
            }
            if written.isEmpty {
                let p = record.position(ofField: columns[0])
                let shown = TextEscaping.singleLine(String(address.prefix(80)))
                let finding = address.isEmpty ? "this response does not say who answered" : "the e-mail \"\(shown)\" is not on the roster and the response gives no name"
                let message = address.isEmpty ? finding : finding + ": add the e-mail to the roster, or --alias \"\(shown)=NAME\""
                log.append(
                    Diagnostic(.error, file: file, line: p.line, column: p.column, message, finding: finding, remedy: address.isEmpty ? nil : .sayWhoAnswered(email: shown)))
                return nil
            }
            return resolver.resolve(written, file: file, at: record.position(ofField: name[0]), log: &log)
        }
    }
}

/// What forms tools add around the answers, and how their cells list people.
enum FormsMetadata {
    /// Columns the tools add that are not questions (compared by ``CSVHeader/key(_:)``).
    static let columns = [
        "id", "last modified time", "status", "ipaddress", "progress", "duration (in seconds)", "finished",
        "recipientlastname", "recipientfirstname", "recipientemail", "externalreference", "externaldatareference",
        "locationlatitude", "locationlongitude", "distributionchannel", "userlanguage", "total points", "score",
        "quiz feedback", "email address", "email", "name",
    ]

    /// Answers that mean "I named nobody".
    static let nobody: Set<String> = ["none", "no one", "noone", "nobody", "n/a", "na", "-", "—"]

    /// `("How often …", "Ann Lee")` for "How often … - Ann Lee" or "How often … [Ann Lee]".
    static func perColleague(_ question: String) -> (stem: String, colleague: String)? {
        let text = question.trimmed
        if text.hasSuffix("]"), let open = text.lastIndex(of: "[") {
            let colleague = text[text.index(after: open)..<text.index(before: text.endIndex)]
            return (String(text[..<open]).trimmed, String(colleague))
        }
        if let dash = text.range(of: " - ", options: .backwards) {
            return (String(text[..<dash.lowerBound]), String(text[dash.upperBound...]))
        }
        return nil
    }

    /// The colleagues a cell lists, each with the frequency written after it in parentheses.
    /// `;` and line breaks always separate; a comma separates unless it joins "Last, First" of
    /// one roster name.
    static func names(in cell: String, resolver: NameResolver) -> [(name: String, frequency: String?)] {
        var result: [(String, String?)] = []
        for piece in cell.split(whereSeparator: { $0 == ";" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            let text = piece.trimmed
            if text.isEmpty || nobody.contains(text.lowercased()) { continue }
            if !text.contains(",") || resolver.exactMatch(withoutFrequency(text).name) != nil {
                result.append(withoutFrequency(text))
                continue
            }
            let parts = text.split(separator: ",").map { $0.trimmed }
            var i = 0
            while i < parts.count {
                if i + 1 < parts.count, resolver.exactMatch(withoutFrequency(parts[i] + ", " + parts[i + 1]).name) != nil {
                    result.append(withoutFrequency(parts[i] + ", " + parts[i + 1]))
                    i += 2
                } else {
                    if !parts[i].isEmpty && !nobody.contains(parts[i].lowercased()) { result.append(withoutFrequency(parts[i])) }
                    i += 1
                }
            }
        }
        return result
    }

    /// `"Ann Lee (weekly)"` → `("Ann Lee", "weekly")`.
    static func withoutFrequency(_ text: String) -> (name: String, frequency: String?) {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex else { return (text, nil) }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard FrequencyScale.weight(String(inside)) != nil else { return (text, nil) }
        return (text[..<open].trimmed, String(inside))
    }

    /// The weight of a frequency answer; off the scale → 1 with a warning.
    static func weight(_ text: String, file: String, at position: CSVRecord.FieldPosition, log: inout DiagnosticLog) -> Double {
        if let w = FrequencyScale.weight(text) { return w }
        log.append(
            Diagnostic(
                .warning, file: file, line: position.line, column: position.column,
                "\"\(TextEscaping.singleLine(String(text.prefix(40))))\" is not on the frequency scale (daily … yearly, or 1–5); weight 1 used"))
        return 1
    }
}
