import TrustNet

/// A term's network written for other tools: GraphML and GEXF (Gephi, NetworkX, igraph), JSON,
/// and CSV (people and ties). People carry their unit, title, roster columns and measures;
/// ties their relation and weight. Survey text passes through the escaping of each language.
public struct NetworkExport: Sendable {
    public let network: Network
    /// Measures to attach to the people, in column order.
    public var measures: [(name: String, scores: NodeScores)]
    /// The relations exported (all when `nil`).
    public var relations: Set<Relation>?

    public init(network: Network, measures: [(name: String, scores: NodeScores)] = [], relations: Set<Relation>? = nil) {
        self.network = network
        self.measures = measures
        self.relations = relations
    }

    public var ties: [Tie] { network.ties.filter { relations?.contains($0.relation) ?? true } }

    /// Roster columns, sorted, with the header each is written under. The id, name, unit and
    /// title have fields of their own: a roster column that repeats one of them for everyone
    /// (`unit`, when it gave the units) is left out, and one that only shares the name of a
    /// field or a measure is written as `roster_NAME`.
    var attributeColumns: [(key: String, header: String)] {
        let fields: [String: (Person) -> String?] = ["id": { $0.id }, "name": { $0.name }, "unit": { $0.unit }, "title": { $0.title }]
        let measureNames = Set(measures.map { $0.name.lowercased() })
        return Set(network.people.flatMap(\.attributes.keys)).sorted().compactMap { key in
            let name = key.trimmed.lowercased()
            if let field = fields[name] {
                let repeats = network.people.allSatisfy { ($0.attributes[key] ?? "").trimmed == (field($0) ?? "").trimmed }
                return repeats ? nil : (key, "roster_\(key)")
            }
            return (key, measureNames.contains(name) ? "roster_\(key)" : key)
        }
    }

    /// GraphML (graphml.graphdrawing.org): directed; node data `name`, `unit`, `title`, each
    /// roster column and each measure; edge data `relation` and `weight`. Parallel ties of
    /// different relations are separate edges (NetworkX reads them as a multigraph).
    public func graphML() -> String {
        let columns = attributeColumns
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        out += "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        out += "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
        out += "  <key id=\"unit\" for=\"node\" attr.name=\"unit\" attr.type=\"string\"/>\n"
        out += "  <key id=\"title\" for=\"node\" attr.name=\"title\" attr.type=\"string\"/>\n"
        for (i, column) in columns.enumerated() {
            out += "  <key id=\"a\(i)\" for=\"node\" attr.name=\(XMLText.attribute(column.header)) attr.type=\"string\"/>\n"
        }
        for (i, m) in measures.enumerated() {
            out += "  <key id=\"m\(i)\" for=\"node\" attr.name=\(XMLText.attribute(m.name)) attr.type=\"double\"/>\n"
        }
        out += "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
        out += "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
        out += "  <graph id=\(XMLText.attribute(network.term.name)) edgedefault=\"directed\">\n"
        for (v, p) in network.people.enumerated() {
            out += "    <node id=\(XMLText.attribute(p.id))>"
            out += "<data key=\"name\">\(XMLText.content(p.name))</data>"
            if let unit = p.unit { out += "<data key=\"unit\">\(XMLText.content(unit))</data>" }
            if let title = p.title { out += "<data key=\"title\">\(XMLText.content(title))</data>" }
            for (i, column) in columns.enumerated() {
                if let value = p.attributes[column.key] { out += "<data key=\"a\(i)\">\(XMLText.content(value))</data>" }
            }
            for (i, m) in measures.enumerated() where m.scores[v].isFinite {
                out += "<data key=\"m\(i)\">\(ResultTable.fullNumber(m.scores[v]))</data>"
            }
            out += "</node>\n"
        }
        for tie in ties {
            out += "    <edge source=\(XMLText.attribute(network.people[tie.source].id)) target=\(XMLText.attribute(network.people[tie.target].id))>"
            out += "<data key=\"relation\">\(XMLText.content(tie.relation.name))</data><data key=\"weight\">\(ResultTable.fullNumber(tie.weight))</data></edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// GEXF 1.3 (gexf.net): directed; node attributes `unit`, `title`, roster columns and
    /// measures; edges with `weight` and a `relation` attribute.
    public func gexf() -> String {
        let columns = attributeColumns
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
        out += "  <meta><creator>TrustNet</creator><description>\(XMLText.content(network.term.name))</description></meta>\n"
        out += "  <graph defaultedgetype=\"directed\" mode=\"static\">\n"
        out += "    <attributes class=\"node\">\n"
        out += "      <attribute id=\"unit\" title=\"unit\" type=\"string\"/>\n"
        out += "      <attribute id=\"title\" title=\"title\" type=\"string\"/>\n"
        for (i, column) in columns.enumerated() {
            out += "      <attribute id=\"a\(i)\" title=\(XMLText.attribute(column.header)) type=\"string\"/>\n"
        }
        for (i, m) in measures.enumerated() {
            out += "      <attribute id=\"m\(i)\" title=\(XMLText.attribute(m.name)) type=\"double\"/>\n"
        }
        out += "    </attributes>\n"
        out += "    <attributes class=\"edge\">\n      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n    </attributes>\n"
        out += "    <nodes>\n"
        for (v, p) in network.people.enumerated() {
            var values: [(String, String)] = []
            if let unit = p.unit { values.append(("unit", unit)) }
            if let title = p.title { values.append(("title", title)) }
            for (i, column) in columns.enumerated() {
                if let value = p.attributes[column.key] { values.append(("a\(i)", value)) }
            }
            for (i, m) in measures.enumerated() where m.scores[v].isFinite {
                values.append(("m\(i)", ResultTable.fullNumber(m.scores[v])))
            }
            out += "      <node id=\(XMLText.attribute(p.id)) label=\(XMLText.attribute(p.name))><attvalues>"
            out += values.map { "<attvalue for=\"\($0.0)\" value=\(XMLText.attribute($0.1))/>" }.joined()
            out += "</attvalues></node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (k, tie) in ties.enumerated() {
            out += "      <edge id=\"\(k)\" source=\(XMLText.attribute(network.people[tie.source].id)) "
            out += "target=\(XMLText.attribute(network.people[tie.target].id)) weight=\"\(ResultTable.fullNumber(tie.weight))\">"
            out += "<attvalues><attvalue for=\"relation\" value=\(XMLText.attribute(tie.relation.name))/></attvalues></edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    /// The people as a table: `id,name,unit,title`, the roster columns, then the measures.
    public func peopleTable() -> ResultTable {
        let columns = attributeColumns
        var table = ResultTable(columns: ["id", "name", "unit", "title"] + columns.map(\.header) + measures.map(\.name))
        for (v, p) in network.people.enumerated() {
            var row: [ResultTable.Cell] = [.text(p.id), .text(p.name), p.unit.map { .text($0) } ?? .empty, p.title.map { .text($0) } ?? .empty]
            row += columns.map { p.attributes[$0.key].map { .text($0) } ?? .empty }
            row += measures.map { $0.scores[v].isFinite ? .number($0.scores[v]) : .empty }
            table.append(row)
        }
        return table
    }

    /// The ties as a table: `source,target,relation,weight` (person ids).
    public func tieTable() -> ResultTable {
        var table = ResultTable(columns: ["source", "target", "relation", "weight"])
        for tie in ties {
            table.append([.text(network.people[tie.source].id), .text(network.people[tie.target].id), .text(tie.relation.name), .number(tie.weight)])
        }
        return table
    }

    /// `{"term": …, "people": [...], "ties": [...]}`.
    public func json() -> String {
        func trimmed(_ s: String) -> String { s.hasSuffix("\n") ? String(s.dropLast()) : s }
        return "{\n\"term\": \(JSONText.string(network.term.name)),\n\"people\": \(trimmed(peopleTable().json())),\n\"ties\": \(trimmed(tieTable().json()))\n}\n"
    }
}

/// Escaping of survey text for XML (GraphML, GEXF, SVG text).
public enum XMLText {
    /// Element content: `&`, `<`, `>` escaped; characters XML 1.0 forbids (most control
    /// characters) replaced by U+FFFD so the file always parses.
    public static func content(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                let v = scalar.value
                let allowed = v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000
                out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// A quoted attribute value (new lines and tabs as character references, so they survive
    /// attribute-value normalization).
    public static func attribute(_ text: String) -> String {
        "\"" + content(text).replacingOccurrences(of: "\n", with: "&#10;").replacingOccurrences(of: "\r", with: "&#13;")
            .replacingOccurrences(of: "\t", with: "&#9;") + "\""
    }
}
