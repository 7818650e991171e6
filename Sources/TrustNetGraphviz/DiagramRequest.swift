import TrustNet

/// One diagram with the options `trustnet render` takes — the command line reads them from its
/// flags, the web app from the query parameters of `/diagram/{term}/{relation}.{format}` —
/// made into ``DiagramOptions`` and drawn in one way for both.
public struct DiagramRequest: Sendable {
    /// The relations drawn (all when `nil`).
    public var relations: Set<Relation>?
    /// The roster column that colours the people (the unit when `nil`).
    public var colorBy: String?
    public var sizeBy: DiagramSize = .measure(.pagerank)
    /// Ties weaker than this are left out.
    public var minWeight: Double = 0
    /// Units as nodes.
    public var byUnit = false
    public var layout: LayoutEngine = .auto
    public var labels: NameChoice = .all
    public var labelTop = 15
    /// The heading above the legend (TrustNetAnalysis's `Wording.diagramTitle`).
    public var title: String?
    /// Positions by person id from a ``StableLayout``; drawn as given when not empty.
    public var pinned: [String: (x: Double, y: Double)] = [:]

    public init(
        relations: Set<Relation>? = nil, colorBy: String? = nil, sizeBy: DiagramSize = .measure(.pagerank), minWeight: Double = 0, byUnit: Bool = false,
        layout: LayoutEngine = .auto, labels: NameChoice = .all, labelTop: Int = 15, pinned: [String: (x: Double, y: Double)] = [:]
    ) {
        self.relations = relations
        self.colorBy = colorBy
        self.sizeBy = sizeBy
        self.minWeight = minWeight
        self.byUnit = byUnit
        self.layout = layout
        self.labels = labels
        self.labelTop = labelTop
        self.pinned = pinned
    }

    /// The options of the diagram of `network`.
    ///
    /// - Throws: ``DiagramRequestError`` when `colorBy` or `sizeBy` names no roster column of
    ///   the network, or the size column holds a word; a measure's own error.
    public func options(for network: Network) throws -> DiagramOptions {
        if let colorBy, !network.people.contains(where: { $0.attributes[colorBy] != nil }) {
            throw DiagramRequestError.noColumnToColorBy(colorBy, columns: Set(network.people.flatMap(\.attributes.keys)).sorted())
        }
        var options = DiagramOptions()
        options.relations = relations
        options.colorBy = colorBy
        options.minWeight = minWeight
        options.byUnit = byUnit
        options.title = title
        if !byUnit { options.sizeBy = try sizeBy.values(for: network, relations: relations) }
        options.pinned = pinned
        options.labels = labels
        options.labelTop = labelTop
        return options
    }

    /// The diagram of `network` in `format`, laid out by ``layout`` (or at ``pinned``).
    public func render(_ network: Network, format: OutputFormat) throws -> [UInt8] {
        try DiagramDrawing(Diagram(network: network, options: try options(for: network)), engine: layout).render(format: format)
    }
}

/// What sets the size of the circles: a person measure, or a numeric roster column (years,
/// seniority, a survey score).
public enum DiagramSize: Sendable, Hashable {
    case measure(PersonMeasure)
    case column(String)

    /// A measure by its name, else a roster column; `nil` for the empty text.
    public init?(_ text: String) {
        if let measure = PersonMeasure(rawValue: text) { self = .measure(measure) } else if !text.isEmpty { self = .column(text) } else { return nil }
    }

    /// The name the legend shows and the values, one per person (an empty cell counts 0).
    public func values(for network: Network, relations: Set<Relation>?) throws -> (name: String, values: [Double]) {
        switch self {
        case .measure(let measure):
            let graph = network.graph(relations: relations)
            return (measure.rawValue, try measure.scores(on: graph, options: MeasureOptions(for: network)).values)
        case .column(let wanted):
            let columns = Set(network.people.flatMap(\.attributes.keys))
            guard let column = columns.first(where: { $0.lowercased() == wanted.lowercased() }) else {
                throw DiagramRequestError.noSize(wanted, columns: columns.sorted())
            }
            var values: [Double] = []
            for person in network.people {
                let text = String((person.attributes[column] ?? "").drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
                guard let value = Double(String(text.map { $0 == "," ? "." : $0 })), value.isFinite else {
                    if text.isEmpty {
                        values.append(0)
                        continue
                    }
                    throw DiagramRequestError.notANumber(column: column, text: text, person: person.id)
                }
                values.append(value)
            }
            return (column, values)
        }
    }
}

/// A diagram asked for with options the network cannot meet (a bad request, not a failure).
public enum DiagramRequestError: Error, Sendable, CustomStringConvertible {
    case noColumnToColorBy(String, columns: [String])
    case noSize(String, columns: [String])
    case notANumber(column: String, text: String, person: String)

    public var description: String {
        switch self {
        case .noColumnToColorBy(let column, let columns):
            "no roster column \"\(column)\" to colour by (columns: \(columns.joined(separator: ", ")))"
        case .noSize(let wanted, let columns):
            "size by \(wanted): neither a measure (\(PersonMeasure.allCases.map(\.rawValue).joined(separator: ", "))) nor a roster column (\(columns.joined(separator: ", ")))"
        case .notANumber(let column, let text, let person):
            "size by \(column): \"\(text)\" (\(person)) is not a number; size by a numeric column"
        }
    }
}
