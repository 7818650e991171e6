import TrustNet

extension ResultTable {
    /// The growth table for other tools: one row per term, the columns of ``GrowthColumn`` in
    /// order (the required ones first); a cell with no value (kept/new/lost on the first term) is
    /// empty.
    public static func growth(_ growth: Growth) -> ResultTable {
        var table = ResultTable(columns: GrowthColumn.allCases.map(\.name))
        for row in growth.rows {
            table.append(
                GrowthColumn.allCases.map { column in
                    if column == .term { return .text(row.term) }
                    guard let value = row[column] else { return .empty }
                    return column.isCount ? .integer(Int(value)) : .number(value)
                })
        }
        return table
    }

    /// The growth table for reading: one row per measure with the dimension of scale it speaks
    /// to, one column per term.
    public static func growthByMeasure(_ growth: Growth) -> ResultTable {
        var table = ResultTable(columns: ["measure", "dimension"] + growth.rows.map(\.term))
        for column in GrowthColumn.allCases where column != .term {
            table.append(
                [.text(column.name), .text(column.dimension?.rawValue ?? "context")]
                    + growth.rows.map { row in
                        guard let value = row[column] else { return .empty }
                        return column.isCount ? .integer(Int(value)) : .number(value)
                    })
        }
        return table
    }

    /// Which columns measure which of Coburn's dimensions of scale: `dimension,question,columns`.
    public static func scaleDimensions() -> ResultTable {
        var table = ResultTable(columns: ["dimension", "question", "columns"])
        for dimension in ScaleDimension.allCases {
            table.append([
                .text(dimension.rawValue), .text(dimension.question),
                .text(GrowthColumn.columns(of: dimension).map(\.name).joined(separator: " ")),
            ])
        }
        return table
    }

    /// Who is behind the counts, term by term: new Sarahs, people moved from the periphery to
    /// the core, coalition members not retained. `term,change,count,people`; `name` turns an id
    /// into what to print (a name, or a pseudonym); at most `limit` people are listed per row.
    public static func growthPeople(_ growth: Growth, name: (String, _ term: String) -> String, limit: Int = 12) -> ResultTable {
        var table = ResultTable(columns: ["term", "change", "count", "people"])
        for row in growth.rows {
            let lists: [(String, [String]?)] = [
                ("new Sarahs", row.newSarahs), ("periphery to core", row.peripheryToCore), ("coalition members not retained", row.coalitionNotRetained),
            ]
            for (change, ids) in lists {
                guard let ids, !ids.isEmpty else { continue }
                let shown = ids.prefix(limit).map { name($0, row.term) }.joined(separator: "; ")
                table.append([.text(row.term), .text(change), .integer(ids.count), .text(shown + (ids.count > limit ? "; …" : ""))])
            }
        }
        return table
    }
}
