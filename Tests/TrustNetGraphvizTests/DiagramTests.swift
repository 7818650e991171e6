import Foundation
import Testing
import TrustNet
@testable import TrustNetGraphviz

/// A small school: Ann and Bo in Maths, Cy in Science, Di with no unit.
///
///     Bo ─advice(3)─▶ Ann ◀─advice─ Cy
///     Ann ─trust(2)─▶ Cy,   Di ─sharing─▶ Ann,   Ann ─one-on-one─▶ Di
enum SmallSchool {
    static func network(names: [String] = ["Ann Lee", "Bo Diaz", "Cy Ng", "Di Roy"]) -> Network {
        Network(
            term: Term(name: "2025-fall"),
            people: [
                Person(id: "a", name: names[0], unit: "Maths", title: "Head of Maths", attributes: ["department": "Maths", "school": "Lincoln"]),
                Person(id: "b", name: names[1], unit: "Maths", attributes: ["department": "Maths", "school": "Lincoln"]),
                Person(id: "c", name: names[2], unit: "Science", attributes: ["department": "Science", "school": "Maple"]),
                Person(id: "d", name: names[3], attributes: ["school": "Maple"]),
            ],
            ties: [
                Tie(source: 1, target: 0, relation: .advice, weight: 3), Tie(source: 2, target: 0, relation: .advice),
                Tie(source: 0, target: 2, relation: .trust, weight: 2), Tie(source: 3, target: 0, relation: .sharing),
                Tie(source: 0, target: 3, relation: .oneOnOne),
            ], unitName: "department")
    }
}

@Suite struct DiagramTests {
    /// The DOT text of a fixed diagram, byte for byte. After an intended change, regenerate with
    /// `TRUSTNET_UPDATE_GOLDEN=1 swift test --filter goldenDOT` and review the diff.
    @Test func goldenDOT() throws {
        var options = DiagramOptions()
        options.sizeBy = ("pagerank", [0.4, 0.2, 0.3, 0.1])
        options.coalition = [2]
        options.title = "2025-fall: all relations"
        let dot = Diagram(network: SmallSchool.network(), options: options).dot()
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/small.dot")
        if ProcessInfo.processInfo.environment["TRUSTNET_UPDATE_GOLDEN"] == "1" {
            try dot.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(dot == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func sameInputSameBytes() {
        let a = Diagram(network: SmallSchool.network()).dot()
        #expect(a == Diagram(network: SmallSchool.network()).dot())
    }

    @Test func relationsAndMinWeightChooseTheTies() {
        var options = DiagramOptions()
        options.relations = [.advice]
        #expect(Diagram(network: SmallSchool.network(), options: options).drawnTies.count == 2)
        options.minWeight = 2
        let strong = Diagram(network: SmallSchool.network(), options: options)
        #expect(strong.drawnTies.map { [$0.source, $0.target] } == [[1, 0]])
        #expect(strong.dot().components(separatedBy: " -> ").count == 2)
    }

    @Test func coloursFollowTheChosenColumn() {
        var options = DiagramOptions()
        #expect(Diagram(network: SmallSchool.network(), options: options).groups.names == ["Maths", "Science"])
        #expect(Diagram(network: SmallSchool.network(), options: options).groups.ofPerson == [0, 0, 1, nil])
        options.colorBy = "school"
        #expect(Diagram(network: SmallSchool.network(), options: options).groups.ofPerson == [0, 0, 1, 1])
    }

    @Test func labelsOnlyForTheMostCentralInLargeNetworks() {
        let n = 100
        let people = (0..<n).map { Person(id: "p\($0)", name: "Person \($0)", unit: "U\($0 % 5)") }
        let ties = (1..<n).map { Tie(source: $0, target: $0 % 7, relation: .advice) }
        let network = Network(term: Term(name: "t"), people: people, ties: ties)
        let dot = Diagram(network: network).dot()
        #expect(dot.components(separatedBy: "xlabel=").count - 1 == 15)
        #expect(dot.contains("xlabel=\"Person 0\""))
        #expect(!dot.contains("xlabel=\"Person 99\""))
    }

    @Test func dotEscapingKeepsHostileTextInsideOneString() {
        #expect(DOTText.quoted("Robert\"; node [shape=box]; x=\"") == #""Robert\"; node [shape=box]; x=\"""#)
        #expect(DOTText.quoted("back\\slash") == #""back\\slash""#)
        #expect(DOTText.quoted("two\r\nlines\u{7}") == #""two\nlines""#)
        #expect(DOTText.html("<b>&'\"</b>") == "&lt;b&gt;&amp;&#39;&quot;&lt;/b&gt;")
        #expect(DOTText.fixed(0.125, 2) == "0.13")
        #expect(DOTText.fixed(-2.5, 1) == "-2.5")
        #expect(DOTText.fixed(3, 0) == "3")
    }

    @Test func autoLayoutChoosesBySize() {
        #expect(LayoutEngine.auto.resolved(nodeCount: 300) == .neato)
        #expect(LayoutEngine.auto.resolved(nodeCount: 1000) == .sfdp)
        #expect(LayoutEngine.fdp.resolved(nodeCount: 10) == .fdp)
    }

    /// Relations of a dataset's own (Krackhardt's friendship and reports-to, Sampson's eight)
    /// get heads of their own, and the legend lists every relation drawn, four to a row.
    @Test func customRelationsLookDifferentAndAllAreInTheLegend() {
        let school = SmallSchool.network()
        let own = ["blame", "esteem", "friendship", "praise", "reports-to"].map { Relation($0 as String)! }
        let extra = own.enumerated().map { Tie(source: 1, target: $0.offset.isMultiple(of: 2) ? 2 : 3, relation: $0.element) }
        let network = Network(term: school.term, people: school.people, ties: school.ties + extra, unitName: school.unitName)
        let dot = Diagram(network: network).dot()
        let heads = own.map { RelationStyle.style(of: $0, among: Set(network.ties.map(\.relation)).sorted()).arrowhead }
        #expect(Set(heads).count == own.count, "\(heads)")
        for head in heads { #expect(dot.contains("arrowhead=\(head)")) }
        for relation in own + [.advice, .trust, .sharing, .oneOnOne] {
            #expect(dot.contains(" \(relation.name)</td>") || dot.contains(" \(relation.name)    "), "\(relation.name)")
        }
    }
}
