import TrustNet

/// Another name for a roster person, given by the user: `--alias "Jim Smith=James Smith"` or a
/// row `Jim Smith,James Smith` of an aliases file (`--aliases FILE`). A survey that writes the
/// alias is read as writing the name (or id, or e-mail) it stands for.
public struct NameAlias: Sendable, Hashable {
    /// The name as surveys write it.
    public var alias: String
    /// The roster's name, id or e-mail for that person.
    public var name: String
    /// Where the alias was given: `--alias`, or the aliases file, with its line.
    public var file: String
    public var line: Int?

    public init(alias: String, name: String, file: String = "--alias", line: Int? = nil) {
        self.alias = alias
        self.name = name
        self.file = file
        self.line = line
    }

    /// How the user wrote it, for messages: `--alias "Jim Smith=James Smith"`, `aliases.csv:3`,
    /// or where else it was given (`file`, such as "the import page").
    public var origin: String { line.map { "\(file):\($0)" } ?? (file == "--alias" ? "--alias \"\(alias)=\(name)\"" : file) }

    /// `"Jim Smith=James Smith"`; `nil` unless both sides are non-empty.
    public init?(parsing text: String) {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let alias = text[..<equals].trimmed
        let name = text[text.index(after: equals)...].trimmed
        guard !alias.isEmpty, !name.isEmpty else { return nil }
        self.init(alias: alias, name: name)
    }

    /// Reads an aliases file: `alias,name` per row (a header row `alias,name` is optional).
    ///
    /// Errors (with line and column): a row without both cells.
    public static func read(_ reader: CSVReader) throws(InputError) -> [NameAlias] {
        var aliases: [NameAlias] = []
        var log = DiagnosticLog()
        try reader.forEachRecord { record throws(InputError) in
            if record.isBlank { return true }
            let alias = record[0].trimmed
            let name = record.fields.count > 1 ? record[1].trimmed : ""
            if aliases.isEmpty && CSVHeader.key(alias) == "alias" && ["name", "rostername", "id"].contains(CSVHeader.key(name)) { return true }
            guard !alias.isEmpty, !name.isEmpty else {
                let p = record.position(ofField: alias.isEmpty ? 0 : min(1, record.fields.count - 1))
                log.append(Diagnostic(.error, file: reader.fileName, line: p.line, column: p.column, "an alias row is alias,name (e.g. Jim Smith,James Smith)"))
                return !log.isFull
            }
            aliases.append(NameAlias(alias: alias, name: name, file: reader.fileName, line: record.line))
            return true
        }
        try log.throwIfErrors()
        return aliases
    }
}
