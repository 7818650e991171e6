/// How long the tables of a large network's report get (above 400 people, where the network is
/// drawn units first): the page and its JSON cut them alike, to the same rows, and say how
/// many there are in all. A state's report lists its 100 first people on the edge, not 12,000.
enum ReportLimits {
    /// Rows of a table of people (on-ramps, isolates) in a large network's report.
    static let rows = 100
    /// Rows of the per-unit E-I table with many units (the most inward units first).
    static let unitRows = 25
    /// Units up to which the unit coupling heat map is drawn.
    static let heatMapUnits = 40

    /// Whether a network of `people` people gets cut tables.
    static func isLarge(people: Int) -> Bool { people > UnitDrillDown.unitsFirstAbove }

    /// The rows shown of `rows` for a network of `people` people.
    static func shown<T>(_ rows: [T], people: Int) -> [T] {
        isLarge(people: people) ? Array(rows.prefix(Self.rows)) : rows
    }
}
