import Foundation
import TrustNet

/// A staff roster as read from CSV: the people, in file order, with every column kept.
public struct Roster: Sendable {
    /// The file as the user named it.
    public var fileName: String
    /// The people in file order. `unit` is filled from ``unitColumn``.
    public var people: [Person]
    /// The attribute columns in file order (every column except id, name, e-mail and title).
    public var attributeColumns: [String]
    /// The column used as unit, or `nil` when the roster has none.
    public var unitColumn: String?
    /// Line on which each person was read, by id.
    public var lines: [String: Int]
    /// Warnings and notes from reading.
    public var diagnostics: [Diagnostic]

    public init(
        fileName: String, people: [Person], attributeColumns: [String], unitColumn: String?,
        lines: [String: Int] = [:], diagnostics: [Diagnostic] = []
    ) {
        self.fileName = fileName
        self.people = people
        self.attributeColumns = attributeColumns
        self.unitColumn = unitColumn
        self.lines = lines
        self.diagnostics = diagnostics
    }

    static let idHeaders = ["id", "staff id", "person id", "employee id"]
    static let emailHeaders = ["email", "e-mail", "email address", "mail"]
    static let nameHeaders = ["name", "full name", "staff name"]

    /// The columns recognized as a unit when no `--unit` is given, in order of preference.
    public static let unitColumnNames = ["unit", "department", "dept", "team", "grade team", "subject", "faculty", "division", "school", "site", "campus", "office"]
}

extension Roster {
    /// Reads a roster: `id,name[,email][,unit][,title][,…]`.
    ///
    /// `id` may be missing when there is an e-mail column (the e-mail is then the id); `name`
    /// may be given as `first name` + `last name`, or be missing (research data), when each
    /// person is named by their id. `title` (or `role`, `position`) marks formal
    /// leaders. Every other column is an attribute. The unit is `unitColumn` when given (an
    /// error when the roster lacks it), else the first of ``unitColumnNames`` present.
    ///
    /// Errors (with line and column): no id/e-mail or name column, an empty id or name, an id
    /// given twice (also as ids that differ only by case, width or invisible characters, with
    /// both places), two people with one e-mail, a control character in an id, name, e-mail or
    /// title, a row with more fields than the header.
    public static func read(_ reader: CSVReader, unitColumn requestedUnit: String? = nil) throws(InputError) -> Roster {
        let file = reader.fileName
        var log = DiagnosticLog()
        var people: [Person] = []
        var lines: [String: Int] = [:]
        // Ids and e-mails as ``IdentityText/key(_:)`` folds them, with where each was first given.
        var idKeys: [String: (id: String, position: CSVRecord.FieldPosition)] = [:]
        var emailKeys: [String: (id: String, position: CSVRecord.FieldPosition)] = [:]
        // Room for a person a line, so a state's 50,000 are not hashed again each time a table
        // grows.
        let expected = reader.estimatedRecordCount
        people.reserveCapacity(expected)
        lines.reserveCapacity(expected)
        idKeys.reserveCapacity(expected)
        var columns = Columns()
        let overlong = try reader.forEachRow(
            header: { header throws(InputError) in
                columns = try Columns(header: header, requestedUnit: requestedUnit)
            },
            row: { record in
                let (id, idPosition) = columns.cell(columns.id, of: record)
                let name: String
                let namePosition: CSVRecord.FieldPosition
                if let n = columns.name {
                    (name, namePosition) = columns.cell(n, of: record)
                } else if columns.namesFromIDs {
                    (name, namePosition) = (id, idPosition)
                } else {
                    let (first, p) = columns.cell(columns.firstName!, of: record)
                    let (last, _) = columns.cell(columns.lastName!, of: record)
                    name = [first, last].filter { !$0.isEmpty }.joined(separator: " ")
                    namePosition = p
                }
                var valid = true
                // Control characters: refused where they stand, never shown.
                func refuseControlCharacters(_ what: String, _ text: String, _ position: CSVRecord.FieldPosition) {
                    if let error = IdentityText.controlCharacterError(in: text, what: what, file: file, at: position) {
                        log.append(error)
                        valid = false
                    }
                }
                refuseControlCharacters(columns.idName, id, idPosition)
                refuseControlCharacters("name", name, namePosition)
                if let column = columns.email, column != columns.id {
                    refuseControlCharacters("e-mail", columns.cell(column, of: record).0, record.position(ofField: column))
                }
                if let column = columns.title, column != columns.id {
                    refuseControlCharacters("title", columns.cell(column, of: record).0, record.position(ofField: column))
                }
                if !valid { return !log.isFull }
                let idKey = IdentityText.key(id)
                let firstLine = lines[id]
                if !id.isEmpty, firstLine == nil, let earlier = idKeys[idKey] {
                    valid = false
                    log.append(
                        Diagnostic(
                            .error, file: file, line: idPosition.line, column: idPosition.column,
                            "\(columns.idName) \"\(TextEscaping.singleLine(id))\" is the same as \"\(TextEscaping.singleLine(earlier.id))\" on line \(earlier.position.line), column \(earlier.position.column), but for case, width or invisible characters: one person needs one \(columns.idName)"))
                } else if !id.isEmpty, idKeys[idKey] == nil {
                    idKeys[idKey] = (id, idPosition)
                }
                if let e = columns.email, e != columns.id {
                    let (email, emailPosition) = columns.cell(e, of: record)
                    let key = IdentityText.key(email)
                    if !email.isEmpty, let earlier = emailKeys[key] {
                        valid = false
                        log.append(
                            Diagnostic(
                                .error, file: file, line: emailPosition.line, column: emailPosition.column,
                                "e-mail \"\(TextEscaping.singleLine(email))\" is also \(TextEscaping.singleLine(earlier.id))'s (line \(earlier.position.line), column \(earlier.position.column)): ties named by e-mail would go to one of them"))
                    } else if !email.isEmpty {
                        emailKeys[key] = (id, emailPosition)
                    }
                }
                if id.isEmpty {
                    valid = false
                    log.append(Diagnostic(.error, file: file, line: idPosition.line, column: idPosition.column, "empty \(columns.idName) for this person"))
                } else if let first = firstLine {
                    valid = false
                    log.append(
                        Diagnostic(
                            .error, file: file, line: idPosition.line, column: idPosition.column,
                            "\(columns.idName) \"\(id)\" is given twice (first on line \(first))"))
                }
                if name.isEmpty {
                    valid = false
                    log.append(Diagnostic(.error, file: file, line: namePosition.line, column: namePosition.column, "empty name for \"\(id)\""))
                }
                if record.fields.count > columns.count,
                    record.fields[columns.count...].contains(where: { !$0.trimmed.isEmpty })
                {
                    valid = false
                    let p = record.position(ofField: columns.count)
                    log.append(
                        Diagnostic(
                            .error, file: file, line: p.line, column: p.column,
                            "this row has \(record.fields.count) fields but the header has \(columns.count) (is a value with a \(reader.separatorName) missing its quotes?)"
                        ))
                }
                if valid {
                    var attributes: [String: String] = [:]
                    for (k, column) in columns.attributes.enumerated() {
                        let value = columns.cell(column, of: record).0
                        if !value.isEmpty { attributes[columns.attributeNames[k]] = value }
                    }
                    let email = columns.email.map { columns.cell($0, of: record).0 }.flatMap { $0.isEmpty ? nil : $0 }
                    let title = columns.title.map { columns.cell($0, of: record).0 }.flatMap { $0.isEmpty ? nil : $0 }
                    let unit = columns.unitName.flatMap { attributes[$0] }
                    people.append(Person(id: id, name: name, email: email, unit: unit, title: title, attributes: attributes))
                    lines[id] = record.line
                }
                return !log.isFull
            })
        // Filled extra cells are errors here (above); rows that only trail empty ones warn.
        if !log.hasErrors, let warning = overlong.diagnostic { log.append(warning) }
        if columns.namesFromIDs {
            log.append(Diagnostic(.note, file: file, line: 1, "no name column: people are named by their \(columns.idName)"))
        }
        if people.isEmpty && !log.hasErrors {
            log.append(Diagnostic(.error, file: file, line: 2, column: 1, "the roster lists nobody"))
        }
        try log.throwIfErrors()
        return Roster(
            fileName: file, people: people, attributeColumns: columns.attributeNames, unitColumn: columns.unitName,
            lines: lines, diagnostics: log.diagnostics)
    }

    /// Which column holds what, found from the header.
    private struct Columns {
        var count = 0
        var id = 0
        var idName = "id"
        var name: Int?
        var firstName: Int?
        var lastName: Int?
        var email: Int?
        var title: Int?
        var attributes: [Int] = []
        var attributeNames: [String] = []
        var unitName: String?
        /// No name column: each person's name is their id.
        var namesFromIDs = false

        init() {}

        init(header: CSVHeader, requestedUnit: String?) throws(InputError) {
            let hint = "a roster needs an id (or e-mail) and a name for each person"
            count = header.names.count
            email = header.index(of: Roster.emailHeaders)
            if let i = header.index(of: Roster.idHeaders) {
                id = i
            } else if let email {
                id = email
                idName = "e-mail"
            } else {
                throw InputError(header.missingColumn("id", hint: hint))
            }
            name = header.index(of: Roster.nameHeaders)
            if name == nil {
                firstName = header.index(of: ["first name", "given name"])
                lastName = header.index(of: ["last name", "surname", "family name"])
                if firstName == nil || lastName == nil {
                    // Research data often has ids only: the id doubles as the name.
                    (firstName, lastName) = (nil, nil)
                    namesFromIDs = true
                }
            }
            title = header.index(of: ["title", "role", "position", "job title"])
            let used = Set([id, name, firstName, lastName, email, title].compactMap { $0 })
            for (i, n) in header.names.enumerated() where !used.contains(i) && !n.isEmpty {
                attributes.append(i)
                attributeNames.append(n)
            }
            let attributeKeys = attributeNames.map(CSVHeader.key)  // folded once, however wide the roster
            if let requestedUnit {
                guard let k = attributeKeys.firstIndex(of: CSVHeader.key(requestedUnit)) else {
                    throw InputError(
                        header.missingColumn("\"\(requestedUnit)\"", hint: "--unit names the roster column that holds each person's unit", remedy: .nameTheUnitColumn))
                }
                unitName = attributeNames[k]
            } else {
                for candidate in Roster.unitColumnNames {
                    if let k = attributeKeys.firstIndex(of: CSVHeader.key(candidate)) {
                        unitName = attributeNames[k]
                        break
                    }
                }
            }
        }

        func cell(_ column: Int, of record: CSVRecord) -> (String, CSVRecord.FieldPosition) {
            (record[column].trimmed, record.position(ofField: column))
        }
    }
}

extension Roster {
    /// `--formal-title WORD` at import: people whose title contains one of `words` are stored as
    /// formal leaders (a `formal` column, added when the roster has none), unless their own
    /// `formal` cell says otherwise; a note says how many.
    public mutating func markFormalLeaders(titleWords words: [String]) {
        let wanted = Set(words.map { $0.lowercased() })
        guard !wanted.isEmpty else { return }
        var count = 0
        people = people.map { person in
            let marked = person.markingFormal(titleWords: wanted)
            if marked != person { count += 1 }
            return marked
        }
        if count > 0, !attributeColumns.contains(where: { $0.lowercased() == "formal" }) { attributeColumns.append("formal") }
        let list = wanted.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
        diagnostics.append(
            Diagnostic(.note, file: fileName, "\(count) \(count == 1 ? "person" : "people") marked formal leaders by a title word (\(list))"))
    }
}
