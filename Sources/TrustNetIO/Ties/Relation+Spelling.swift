import TrustNet

extension Relation {
    /// The standard relation this one is probably a misspelling of (`advise` → advice): a
    /// relation TrustNet does not know by name, one or two edits from one it does. `nil` for
    /// the standard relations and for names far from all of them (`friendship`, `reports-to`),
    /// which are relations of their own.
    public var likelyMisspelling: Relation? {
        guard !Relation.standard.contains(self) else { return nil }
        let scalars = Array(name.unicodeScalars)
        return Relation.standard.first { standard in
            let other = Array(standard.name.unicodeScalars)
            let limit = PersonMatcher.closeSpellingLimit(for: other.count)
            return PersonMatcher.editDistance(scalars, other, limit: limit) <= limit
        }
    }
}
