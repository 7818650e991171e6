import TrustNet

extension Relation {
    /// Word stems that mark a relation as negative: a tie of dislike or blame, not of support.
    static let negativeStems = [
        "dislike", "disesteem", "distrust", "blame", "antagon", "negative", "conflict", "avoid", "troubl", "hostil", "enem",
        "bully", "reject",
    ]

    /// Whether the name reads as a negative tie (Sampson's dislike and blame, Hawthorne's
    /// antagonism, van de Bunt's troubled): one that measures which add weights up should not
    /// sum with positive ties.
    public var soundsNegative: Bool { Self.negativeStems.contains { name.contains($0) } }
}
