import TrustNet

extension ResultTable {
    /// One row per person: `id,name,unit`, then one column per measure, in the order given.
    public static func personMeasures(_ network: Network, _ measures: [(name: String, scores: NodeScores, isCount: Bool)]) -> ResultTable {
        var table = ResultTable(columns: ["id", "name", "unit"] + measures.map(\.name))
        for (i, person) in network.people.enumerated() {
            var row: [Cell] = [.text(person.id), .text(person.name), person.unit.map(Cell.text) ?? .empty]
            for m in measures {
                let value = m.scores[i]
                row.append(!value.isFinite ? .empty : m.isCount ? .integer(Int(value)) : .number(value))
            }
            table.append(row)
        }
        return table
    }

    /// The table of `measures` (in that order) computed by ``PersonMeasure/compute(_:on:options:progress:)``.
    public static func personMeasures(_ network: Network, _ measures: [PersonMeasure], _ scores: [PersonMeasure: NodeScores]) -> ResultTable {
        personMeasures(network, measures.map { ($0.rawValue, scores[$0]!, $0.isCount) })
    }
}
