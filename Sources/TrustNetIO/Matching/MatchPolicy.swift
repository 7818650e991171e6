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

    public init(strict: Bool = false, addUnknown: Bool = false, aliases: [NameAlias] = []) {
        self.strict = strict
        self.addUnknown = addUnknown
        self.aliases = aliases
    }
}
