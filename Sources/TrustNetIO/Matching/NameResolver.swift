import TrustNet

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
    public var matchedBy: [PersonMatcher.Rule: Int] {
        var counts: [PersonMatcher.Rule: Int] = [:]
        for (rule, count) in zip(PersonMatcher.Rule.allCases, matches) where count > 0 { counts[rule] = count }
        return counts
    }
    /// ``matchedBy`` as counts in the order of `Rule.allCases` (a million names counted without
    /// hashing a rule for each).
    private var matches = [Int](repeating: 0, count: PersonMatcher.Rule.allCases.count)
    /// Aliases by normalized alias (a later one for the same alias wins).
    private let aliases: [String: NameAlias]
    /// Aliases some file used, by normalized alias.
    public private(set) var usedAliases: Set<String> = []
    private var matcher: PersonMatcher
    private var reported: Set<String> = []

    public init(people: [Person], policy: MatchPolicy = .init()) {
        self.people = people
        self.policy = policy
        self.matcher = PersonMatcher(people: people)
        var aliases: [String: NameAlias] = [:]
        for alias in policy.aliases { aliases[PersonMatcher.normalizedName(alias.alias)] = alias }
        self.aliases = aliases
    }

    /// The person `text` names exactly (by id, e-mail or normalized name, or an alias of
    /// theirs), without reporting anything: for telling a name with a comma ("Garcia, Maria")
    /// from a list of two.
    public func exactMatch(_ text: String) -> Int? {
        if case .person(let index, let rule) = matcher.match(text), !rule.isGuess { return index }
        if let alias = aliases[PersonMatcher.normalizedName(text)], case .person(let index, let rule) = matcher.match(alias.name), !rule.isGuess {
            return index
        }
        return nil
    }

    /// ``exactMatch(_:)``, recording an alias it went through as used.
    public mutating func matchExactly(_ text: String) -> Int? {
        guard let index = exactMatch(text) else { return nil }
        if !matcher.match(text).isExact { usedAliases.insert(PersonMatcher.normalizedName(text)) }
        return index
    }

    /// Errors for aliases that name nobody on the roster exactly (by id, e-mail or name), with
    /// the closest roster names.
    public func aliasErrors() -> [Diagnostic] {
        policy.aliases.compactMap { alias in
            if case .person(_, let rule) = matcher.match(alias.name), !rule.isGuess { return nil }
            return Diagnostic(
                .error, file: alias.file, line: alias.line,
                "the alias \"\(TextEscaping.singleLine(alias.alias))\" stands for \"\(TextEscaping.singleLine(alias.name))\", who is not on the roster (by id, e-mail or name)\(didYouMean(alias.name))"
            )
        }
    }

    /// Aliases no file used, for a note.
    public var unusedAliases: [NameAlias] {
        policy.aliases.filter { !usedAliases.contains(PersonMatcher.normalizedName($0.alias)) }
    }

    /// "; did you mean Ann Lee (S1) or Anna Leigh (S9)?" for the closest roster names, or "".
    func didYouMean(_ name: String) -> String { didYouMean(matcher.closest(to: name)) }

    private func didYouMean(_ closest: [Int]) -> String {
        guard !closest.isEmpty else { return "" }
        let names = closest.map { "\(TextEscaping.singleLine(people[$0].name)) (\(TextEscaping.singleLine(people[$0].id)))" }
        return "; did you mean \(names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " or " + names.last!)?"
    }

    /// The person `text` names, or `nil` (with an error or warning in `log`).
    public mutating func resolve(
        _ text: String, file: String, at position: CSVRecord.FieldPosition, log: inout DiagnosticLog
    ) -> Int? {
        let name = text.trimmed
        func report(_ severity: Diagnostic.Severity, _ message: String, about subject: DiagnosticSubject? = nil) {
            var d = Diagnostic(severity, file: file, line: position.line, column: position.column, message)
            d.subject = subject
            log.append(d)
        }
        func choices(_ indices: [Int]) -> [DiagnosticSubject.Candidate] { indices.map { .init(people[$0]) } }
        if let error = IdentityText.controlCharacterError(in: name, what: "name", file: file, at: position) {
            log.append(error)
            return nil
        }
        let match = matcher.match(trimmed: name)
        if !match.isExact, !aliases.isEmpty, let alias = aliases[PersonMatcher.normalizedName(name)] {
            usedAliases.insert(PersonMatcher.normalizedName(name))
            if case .person(let index, let rule) = matcher.match(alias.name), !rule.isGuess { return index }
            report(.error, "\"\(TextEscaping.singleLine(name))\" is an alias (\(alias.origin)) of \"\(TextEscaping.singleLine(alias.name))\", who is not on the roster")
            return nil
        }
        // A name the user chose to add as a new person (the import page's "add as new").
        if !match.isExact, policy.newPeople.contains(PersonMatcher.normalizedName(name)), !name.isEmpty {
            return add(name, log: &log, file: file, at: position)
        }
        switch match {
        case .person(let index, let rule):
            matches[rule.ordinal] += 1
            if rule.isGuess {
                let guess = "read \"\(name)\" as \(people[index].name) (\(people[index].id)) by \(rule.rawValue)"
                if policy.strict {
                    report(.error, guess + "; with --strict, write the name as on the roster")
                    return nil
                }
                // Each distinct guess once per file: the reader needs it, not 40 copies of it.
                if reported.insert("\(file)|\(name)").inserted { report(.warning, guess, about: .name(written: name, match: .guessed, candidates: choices([index]))) }
            }
            return index
        case .ambiguous(let candidates):
            let ids = candidates.map { people[$0].id }.joined(separator: ", ")
            report(
                .error, "\"\(name)\" could be several people on the roster\(ids.isEmpty ? "" : " (\(ids))"); use the id or e-mail",
                about: .name(written: name, match: .ambiguous, candidates: choices(candidates)))
            return nil
        case .unknown:
            guard policy.addUnknown, !name.isEmpty else {
                let shown = TextEscaping.singleLine(String(name.prefix(80)))
                let closest = matcher.closest(to: name)
                let alias = closest.first.map { " --alias \"\(shown)=\(TextEscaping.singleLine(people[$0].name))\" reads it as \(TextEscaping.singleLine(people[$0].name))" } ?? ""
                report(
                    .error,
                    "\"\(shown)\" is not on the roster (by id, e-mail or name)\(didYouMean(closest))\(alias)\(policy.addUnknown ? "" : "; --add-unknown adds such people")",
                    about: .name(written: name, match: .unknown, candidates: choices(closest)))
                return nil
            }
            return add(name, log: &log, file: file, at: position)
        }
    }

    /// Adds `name` as a new person (id = the name as written), with a note.
    private mutating func add(_ name: String, log: inout DiagnosticLog, file: String, at position: CSVRecord.FieldPosition) -> Int {
        people.append(Person(id: name, name: name))
        matcher = PersonMatcher(people: people)
        addedPeople.append(people.count - 1)
        log.append(Diagnostic(.note, file: file, line: position.line, column: position.column, "added \"\(name)\", who is not on the roster"))
        return people.count - 1
    }
}
