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

    /// The standard relation a dataset's own relation means, by the words in its name
    /// (`collaboration` → sharing, `confidential` → trust, `helping` → advice): a hint for
    /// `--map-relation`, never applied by itself. `nil` for the standard relations, for negative
    /// ones (`dislike`, `troubled`) and for names that match no word (`friendship`,
    /// `reports-to`).
    public var readsLike: Relation? {
        guard !isStandard, !soundsNegative else { return nil }
        for (relation, stems) in Relation.meaningStems where stems.contains(where: { name.contains($0) }) { return relation }
        return nil
    }

    /// Word stems of relation names in research data and survey tools, by the standard
    /// relation they mean.
    static let meaningStems: [(Relation, [String])] = [
        (.oneOnOne, ["meet", "one-to-one"]),
        (.trust, ["trust", "confid", "rely", "emotional", "support"]),
        (.advice, ["advi", "help", "consult", "guidance", "mentor", "instrumental", "expert"]),
        (.sharing, ["collaborat", "shar", "exchang", "material", "cowork", "co-work", "discuss", "information", "communicat", "message"]),
    ]
}
