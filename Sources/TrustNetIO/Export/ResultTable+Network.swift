import TrustNet

extension ResultTable {
    /// One row per person: `id,name,unit`, then one column per measure, in the order given.
    public static func personMeasures(_ network: Network, _ measures: [(name: String, scores: NodeScores, isCount: Bool)]) -> ResultTable {
        var table = ResultTable(columns: ["id", "name", "unit"] + measures.map(\.name))
        for (i, person) in network.people.enumerated() {
            var row: [Cell] = [.text(person.id), .text(person.name), person.unit.map(Cell.text) ?? .empty]
            for m in measures {
                row.append(m.isCount ? .integer(Int(m.scores[i])) : .number(m.scores[i]))
            }
            table.append(row)
        }
        return table
    }
}
