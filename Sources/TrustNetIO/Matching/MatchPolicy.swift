import TrustNet

/// How strictly names are matched to the roster.
public struct MatchPolicy: Sendable, Hashable {
    /// Guesses (initials, close spellings) and unknown names are errors, not warnings.
    public var strict = false
    /// People named but not on the roster are added to it (with the name as id), not refused.
    public var addUnknown = false
    /// Other names for roster people (`--alias`, `--aliases FILE`), tried after the exact
    /// matches (id, e-mail, name) and before any guess.
    public var aliases: [NameAlias] = []
    /// Names (normalized, ``PersonMatcher/normalizedName(_:)``) to add as new people rather than
    /// match to anyone by a guess or refuse as unknown: the import page's "add as new", one name
    /// at a time where ``addUnknown`` adds every unknown name.
    public var newPeople: Set<String> = []

    public init(strict: Bool = false, addUnknown: Bool = false, aliases: [NameAlias] = [], newPeople: Set<String> = []) {
        self.strict = strict
        self.addUnknown = addUnknown
        self.aliases = aliases
        self.newPeople = newPeople
    }
}
