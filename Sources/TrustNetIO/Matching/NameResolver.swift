import TrustNet

/// How strictly names are matched to the roster.
public struct MatchPolicy: Sendable, Hashable {
    /// Guesses (initials, close spellings) and unknown names are errors, not warnings.
    public var strict = false
    /// People named but not on the roster are added to it (with the name as id), not refused.
    public var addUnknown = false

    public init(strict: Bool = false, addUnknown: Bool = false) {
        self.strict = strict
        self.addUnknown = addUnknown
    }
}

/// Resolves the names in one import to roster people, reporting every guess and every
/// unmatched name with its file, line and column — never dropping one silently.
///
/// With ``MatchPolicy/addUnknown`` an unknown name becomes a new person (id = the name as
/// written) appended to ``people``; ``addedPeople`` lists them so the workspace can put them on
/// the term's roster.
public struct NameResolver: Sendable {
    public private(set) var people: [Person]
    public let policy: MatchPolicy
    /// Indices of people added because they were not on the roster.
    public private(set) var addedPeople: [Int] = []
    /// How many names each rule matched, for the data-quality report.
    public private(set) var matchedBy: [PersonMatcher.Rule: Int] = [:]
    private var matcher: PersonMatcher
    private var reported: Set<String> = []

    public init(people: [Person], policy: MatchPolicy = .init()) {
        self.people = people
        self.policy = policy
        self.matcher = PersonMatcher(people: people)
    }

    /// The person `text` names exactly (by id, e-mail or normalized name), without reporting
    /// anything: for telling a name with a comma ("Garcia, Maria") from a list of two.
    public func exactMatch(_ text: String) -> Int? {
        if case .person(let index, let rule) = matcher.match(text), !rule.isGuess { return index }
        return nil
    }

    /// The person `text` names, or `nil` (with an error or warning in `log`).
    public mutating func resolve(
        _ text: String, file: String, at position: CSVRecord.FieldPosition, log: inout DiagnosticLog
    ) -> Int? {
        let name = text.trimmed
        func report(_ severity: Diagnostic.Severity, _ message: String) {
            log.append(Diagnostic(severity, file: file, line: position.line, column: position.column, message))
        }
        if let error = IdentityText.controlCharacterError(in: name, what: "name", file: file, at: position) {
            log.append(error)
            return nil
        }
        switch matcher.match(name) {
        case .person(let index, let rule):
            matchedBy[rule, default: 0] += 1
            if rule.isGuess {
                let guess = "read \"\(name)\" as \(people[index].name) (\(people[index].id)) by \(rule.rawValue)"
                if policy.strict {
                    report(.error, guess + "; with --strict, write the name as on the roster")
                    return nil
                }
                // Each distinct guess once per file: the reader needs it, not 40 copies of it.
                if reported.insert("\(file)|\(name)").inserted { report(.warning, guess) }
            }
            return index
        case .ambiguous(let candidates):
            let ids = candidates.map { people[$0].id }.joined(separator: ", ")
            report(.error, "\"\(name)\" could be several people on the roster\(ids.isEmpty ? "" : " (\(ids))"); use the id or e-mail")
            return nil
        case .unknown:
            guard policy.addUnknown, !name.isEmpty else {
                report(.error, "\"\(TextEscaping.singleLine(String(name.prefix(80))))\" is not on the roster (by id, e-mail or name)\(policy.addUnknown ? "" : "; --add-unknown adds such people")")
                return nil
            }
            people.append(Person(id: name, name: name))
            matcher = PersonMatcher(people: people)
            addedPeople.append(people.count - 1)
            report(.note, "added \"\(name)\", who is not on the roster")
            return people.count - 1
        }
    }
}
