import TrustNet

extension Wording {
    /// One person as a search lists them: "Ann Lee (S1), Math, Head of Math: named by 4 people".
    public static func personLine(_ person: Person, namedBy: Int) -> String {
        "\(person.name) (\(person.id))\(person.unit.map { ", " + $0 } ?? "")\(person.title.map { ", " + $0 } ?? ""): named by \(people(namedBy))"
    }

    /// A search that found nobody.
    public static func nobodyMatches(term: String) -> String { "Nobody on the roster of \(term) matches." }

    /// One tie of a person, from their side: "names Bob Stone for advice (weight 3)" or "named
    /// by Bob Stone for trust".
    public static func tieLine(outgoing: Bool, other: Person, relation: Relation, weight: Double) -> String {
        let strength = weight == 1 ? "" : " (strength \(weight == weight.rounded() ? String(Int(weight)) : fixed(weight, 1)))"
        return "\(outgoing ? "names" : "named by") \(other.name) for \(relation.name)\(strength)"
    }

    /// Under the network page's diagram when a district is drawn school by school (or a large
    /// network unit by unit): what the picture shows and how to go further.
    public static func overview(people: Int, groups: Int, groupName: String) -> String {
        "\(Wording.people(people)) in \(count(groups, groupName)): each circle is one \(groupName), each line the ties between two. Click one (or choose it below) to see its people."
    }

    /// The downloads page's note.
    public static let downloadsNote =
        "Everything here is computed from the workspace as the commands compute it; anonymized files name people by stable pseudonyms."
}
