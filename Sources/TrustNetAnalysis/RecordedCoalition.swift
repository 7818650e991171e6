/// A coalition a leader recorded with `trustnet coalition record`: the term it was recorded in
/// and its members' ids.
public struct RecordedCoalition: Sendable, Equatable {
    public var term: String
    public var personIDs: [String]

    public init(term: String, personIDs: [String]) {
        self.term = term
        self.personIDs = personIDs
    }
}
