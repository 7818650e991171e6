/// Two unit names, as a finding names them (in the order found: for a pair of units, the
/// alphabetical order).
public struct UnitNamePair: Sendable, Hashable {
    public var first: String
    public var second: String

    public init(_ first: String, _ second: String) {
        self.first = first
        self.second = second
    }
}
