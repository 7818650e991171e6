/// Which ties of a person a measure counts: those pointing at them or those they send.
public enum TieDirection: Sendable, Hashable {
    /// Ties to the person: they were named (sought out, trusted).
    case incoming
    /// Ties from the person: they named others.
    case outgoing
}
