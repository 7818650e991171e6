import TrustNet

/// A person as every output names them: id first (stable across terms), then name and unit.
public struct PersonRef: Sendable, Hashable, Encodable {
    public var id: String
    public var name: String
    public var unit: String?

    public init(_ person: Person) {
        id = person.id
        name = person.name
        unit = person.unit
    }
}
