import Foundation
import Testing
import TrustNet
@testable import TrustNetGraphviz

/// The bundled networks of Datasets/, read straight from their CSV files (none has quotes).
enum BundledNetworks {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Datasets")

    static func rows(_ path: String) -> [[String: String]] {
        let text = try! String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
    }

    static func network(
        people: [[String: String]], ties: [[String: String]], name: (([String: String]) -> String), unit: String?, term: String
    ) -> Network {
        let persons = people.map { row in Person(id: row["id"]!, name: name(row), unit: unit.flatMap { row[$0] }, title: row["title"]) }
        var index: [String: Int] = [:]
        for (i, p) in persons.enumerated() { index[p.id] = i }
        let list = ties.compactMap { t -> Tie? in
            guard let s = index[t["source"]!], let d = index[t["target"]!], let r = Relation(t["relation"]!) else { return nil }
            return Tie(source: s, target: d, relation: r, weight: Double(t["weight"] ?? "1") ?? 1)
        }
        return Network(term: Term(name: term), people: persons, ties: list, unitName: unit ?? "unit")
    }

    /// Krackhardt's high-tech managers (21, advice), by department.
    static var krackhardt: Network {
        network(
            people: rows("krackhardt_hightech/people.csv"), ties: rows("krackhardt_hightech/ties.csv"),
            name: { "Manager \($0["id"]!) (\($0["level_label"]!))" }, unit: "dept", term: "krackhardt")
    }

    /// Kapferer's tailor shop (39), the second wave.
    static var kapferer: Network {
        network(
            people: rows("kapferer_tailor_shop/people.csv"), ties: rows("kapferer_tailor_shop/ties.csv").filter { $0["wave"] == "2" },
            name: { $0["name"]! }, unit: nil, term: "kapferer")
    }

    /// The sample district's first term (125 people), by department.
    static var sampleDistrict: Network {
        network(
            people: rows("sample-district/roster-2025-fall.csv"), ties: rows("sample-district/ties-2025-fall.csv"),
            name: { $0["name"]! }, unit: "department", term: "2025-fall")
    }
}

/// What a rendered SVG shows: each person's circle and each drawn name's box and text, in the
/// SVG's own coordinates.
struct SVGDrawing {
    var circles: [String: LabelPlacement.Circle] = [:]
    var names: [String: (box: LabelPlacement.Box, text: String)] = [:]

    /// XML text with its character references (`&#45;`, `&amp;`, …) read.
    static func unescaped(_ text: String) -> String {
        var out = "", rest = Substring(text)
        while let amp = rest.firstIndex(of: "&"), let semi = rest[amp...].firstIndex(of: ";") {
            out += rest[..<amp]
            let entity = rest[rest.index(after: amp)..<semi]
            switch entity {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(code) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += rest[amp...semi]
                }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }

    init(_ svg: String) {
        func value(_ name: String, in text: Substring) -> Substring? {
            text.range(of: " " + name + "=\"").map { text[$0.upperBound...].prefix { $0 != "\"" } }
        }
        func points(_ group: Substring) -> [(Double, Double)] {
            (value("points", in: group) ?? "").split(separator: " ").map { $0.split(separator: ",").compactMap { Double($0) } }
                .filter { $0.count == 2 }.map { ($0[0], $0[1]) }
        }
        for part in svg.components(separatedBy: "<g id=\"node").dropFirst() {
            let group = Substring(part.prefix { $0 != "\u{0}" })
            guard let start = group.range(of: "<title>"), let end = group.range(of: "</title>") else { continue }
            let title = String(group[start.upperBound..<end.lowerBound])
            if title.hasPrefix("anchor:") { continue }
            if title.hasPrefix(Diagram.nameNodePrefix) {
                let xy = points(group)
                let box = LabelPlacement.Box(
                    minX: xy.map(\.0).min()!, minY: xy.map(\.1).min()!, maxX: xy.map(\.0).max()!, maxY: xy.map(\.1).max()!)
                let text = group.range(of: "<text").flatMap { t in group[t.upperBound...].range(of: ">").map { group[$0.upperBound...].prefix { $0 != "<" } } }
                names[String(title.dropFirst(Diagram.nameNodePrefix.count))] = (box, Self.unescaped(String(text ?? "")))
            } else if let cx = value("cx", in: group).flatMap({ Double($0) }), let cy = value("cy", in: group).flatMap({ Double($0) }),
                let rx = value("rx", in: group).flatMap({ Double($0) })
            {
                circles[title] = .init(x: cx, y: cy, radius: rx)
            } else {
                let xy = points(group)
                guard !xy.isEmpty else { continue }
                let cx = (xy.map(\.0).min()! + xy.map(\.0).max()!) / 2, cy = (xy.map(\.1).min()! + xy.map(\.1).max()!) / 2
                circles[title] = .init(x: cx, y: cy, radius: xy.map { (($0.0 - cx) * ($0.0 - cx) + ($0.1 - cy) * ($0.1 - cy)).squareRoot() }.max()!)
            }
        }
    }
}

@Suite struct DiagramDrawingTests {
    /// The issue's check on real networks: every drawn name is at most 12 px from its own
    /// circle and nearer it than any other; no name overlaps another circle or name; the ten
    /// most named people are named.
    @Test(arguments: ["krackhardt", "kapferer", "sample district"])
    func namesBelongToTheirPeople(dataset: String) throws {
        let network = dataset == "krackhardt" ? BundledNetworks.krackhardt : dataset == "kapferer" ? BundledNetworks.kapferer : BundledNetworks.sampleDistrict
        let relation: Relation = dataset == "kapferer" ? Relation("instrumental") : .advice
        var options = DiagramOptions()
        options.relations = [relation]
        let named = network.graph(relations: [relation]).degrees(.incoming)
        options.sizeBy = ("in-degree", named.values)
        let drawing = try DiagramDrawing(Diagram(network: network, options: options))
        let svg = SVGDrawing(String(decoding: try drawing.render(format: .svg), as: UTF8.self))

        #expect(svg.circles.count == network.people.count)
        #expect(svg.names.count == drawing.names.count)
        #expect(svg.names.count >= network.people.count / 2, "\(svg.names.count) of \(network.people.count) named")
        let names = Array(svg.names)
        for (i, (id, name)) in names.enumerated() {
            let own = try #require(svg.circles[id])
            let gap = name.box.gap(to: own)
            #expect(gap >= 0 && gap <= 12, "\(name.text): \(gap) from its circle")
            for (other, circle) in svg.circles where other != id {
                #expect(name.box.gap(to: circle) > gap, "\(name.text) is nearer \(other) than its own circle")
            }
            for (other, otherName) in names[(i + 1)...] {
                #expect(!name.box.overlaps(otherName.box), "\(name.text) overlaps \(otherName.text) (\(other))")
            }
            let person = network.people[network.index(ofPersonWithID: id)!]
            #expect(name.text == Diagram.shortened(person.name))
        }
        for v in named.top(10) {
            #expect(svg.names[network.people[v].id] != nil, "\(network.people[v].name), named by \(Int(named.values[v])), is not named")
        }
        // The legend says who is named.
        let text = String(decoding: try drawing.render(format: .svg), as: UTF8.self)
        let legend = SVGDrawing.unescaped(text)
        #expect(legend.contains("names: everyone") || legend.contains("names: the 15 most sought-out and the 15 largest by in-degree"))
    }

    /// `labels: .key` names only the key people; `.none` names nobody and says so.
    @Test func keyAndNone() throws {
        let network = BundledNetworks.sampleDistrict
        var options = DiagramOptions()
        options.relations = [.advice]
        options.labels = .key
        options.labelTop = 5
        options.coalition = [7, 8]
        let key = try DiagramDrawing(Diagram(network: network, options: options))
        let authority = InformalAuthority(network: network).ranking.prefix(5)
        #expect(Set(key.naming.key).isSuperset(of: Set(authority).union([7, 8])))
        #expect(key.naming.key.count <= 5 + 2 + 5)
        #expect(Set(key.names.keys).isSubset(of: Set(key.naming.key)))
        #expect(key.names.count == key.naming.key.count - key.unnamedKeyPeople.count)
        #expect(key.dot.contains("names: the 5 most sought-out, the coalition and the 5 most named"))
        options.labels = .none
        let none = try DiagramDrawing(Diagram(network: network, options: options))
        #expect(none.names.isEmpty)
        #expect(!none.dot.contains(Diagram.nameNodePrefix))
        #expect(none.dot.contains("names: none"))
    }

    /// Pinned positions are drawn as given and names stay inside the frame, so two terms drawn
    /// on one layout put a shared person at the same SVG coordinates whatever is named.
    @Test func pinnedDrawingsShareCoordinates() throws {
        let first = BundledNetworks.sampleDistrict
        let later = BundledNetworks.network(
            people: BundledNetworks.rows("sample-district/roster-2026-fall.csv"), ties: BundledNetworks.rows("sample-district/ties-2026-fall.csv"),
            name: { $0["name"]! }, unit: "department", term: "2026-fall")
        let positions = try StableLayout.positions(of: [first, later], relations: [.advice])
        var drawings: [SVGDrawing] = []
        for network in [first, later] {
            var options = DiagramOptions()
            options.relations = [.advice]
            options.pinned = positions
            drawings.append(SVGDrawing(String(decoding: try DiagramDrawing(Diagram(network: network, options: options)).render(format: .svg), as: UTF8.self)))
        }
        let shared = Set(drawings[0].circles.keys).intersection(drawings[1].circles.keys)
        #expect(shared.count >= 100)
        for id in shared {
            let a = drawings[0].circles[id]!, b = drawings[1].circles[id]!
            #expect(abs(a.x - b.x) < 0.01 && abs(a.y - b.y) < 0.01, "\(id)")
        }
    }
}
