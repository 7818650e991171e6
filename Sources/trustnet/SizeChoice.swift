import ArgumentParser
import TrustNet

/// What sets the size of the circles (`--size-by`): a person measure, or any numeric roster
/// column (years, seniority, a survey score).
enum SizeChoice: ExpressibleByArgument, Equatable {
    case measure(PersonMeasure)
    case column(String)

    init?(argument: String) {
        if let measure = PersonMeasure(argument: argument) { self = .measure(measure) } else if !argument.isEmpty { self = .column(argument) } else { return nil }
    }

    static var defaultValueDescription: String { "pagerank" }

    /// The name the legend shows and the values, one per person.
    func values(for network: Network, relations: Set<Relation>?) throws -> (name: String, values: [Double]) {
        switch self {
        case .measure(let measure):
            let graph = network.graph(relations: relations)
            return (measure.rawValue, try measure.scores(on: graph, options: MeasureOptions(for: network)).values)
        case .column(let wanted):
            let columns = Set(network.people.flatMap(\.attributes.keys))
            guard let column = columns.first(where: { $0.lowercased() == wanted.lowercased() }) else {
                throw UsageError(
                    "--size-by \(wanted): neither a measure (\(PersonMeasure.allCases.map(\.rawValue).joined(separator: ", "))) nor a roster column (\(columns.sorted().joined(separator: ", ")))")
            }
            var values: [Double] = []
            for person in network.people {
                let text = person.attributes[column] ?? ""
                guard let value = Double(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")), value.isFinite else {
                    if text.trimmingCharacters(in: .whitespaces).isEmpty {
                        values.append(0)
                        continue
                    }
                    throw UsageError("--size-by \(column): \"\(text)\" (\(person.id)) is not a number; size by a numeric column")
                }
                values.append(value)
            }
            return (column, values)
        }
    }
}
