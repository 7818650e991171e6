import Dispatch
import Foundation
import Testing
import TrustNet
@testable import TrustNetGraphviz

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Collects the text content of an SVG document, and fails on malformed XML.
final class SVGText: NSObject, XMLParserDelegate {
    var text = ""
    var titles = 0
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { text += "\n" }
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "title" { titles += 1 }
    }

    static func parse(_ bytes: [UInt8]) -> SVGText? {
        let collector = SVGText()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }
}

@Suite struct GraphvizRendererTests {
    @Test func svgParsesAndNamesEveryone() throws {
        let network = SmallSchool.network()
        let svg = try GraphvizRenderer.render(dot: Diagram(network: network).dot(), engine: .neato, format: .svg)
        let parsed = try #require(SVGText.parse(svg))
        for person in network.people { #expect(parsed.text.contains(person.name), "\(person.name) missing from the SVG") }
        #expect(parsed.text.contains("colour: department"))
    }

    @Test func pngAndPdfHaveTheirMagicBytes() throws {
        let dot = Diagram(network: SmallSchool.network()).dot()
        let png = try GraphvizRenderer.render(dot: dot, engine: .neato, format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try GraphvizRenderer.render(dot: dot, engine: .neato, format: .pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        let laidOut = String(decoding: try GraphvizRenderer.render(dot: dot, engine: .neato, format: .dot), as: UTF8.self)
        #expect(laidOut.contains("pos=\""))
    }

    @Test(arguments: [LayoutEngine.dot, .neato, .fdp, .sfdp, .circo, .auto])
    func everyEngineRenders(engine: LayoutEngine) throws {
        let svg = try GraphvizRenderer.render(dot: Diagram(network: SmallSchool.network()).dot(), engine: engine, format: .svg)
        #expect(SVGText.parse(svg) != nil)
    }

    /// Names that try to break out of their DOT string come back intact, one node each.
    @Test func hostileNamesStayNames() throws {
        let names = ["Robert\"; node [shape=box]; x=\"", "<b>bold</b> & <script>alert(1)</script>", "back\\slash\\", "Zoë 🙂 שלום"]
        let network = SmallSchool.network(names: names)
        let svg = try GraphvizRenderer.render(dot: Diagram(network: network).dot(), engine: .neato, format: .svg)
        let parsed = try #require(SVGText.parse(svg))
        for name in names { #expect(parsed.text.contains(name), "\(name) not intact") }
        // One <title> for the graph, one per node, one per edge: no node was injected.
        #expect(parsed.titles == 1 + 4 + 5)
        let positions = try GraphvizRenderer.positions(dot: Diagram(network: network).dot(), engine: .neato)
        #expect(Set(positions.keys) == ["a", "b", "c", "d"])
    }

    @Test func syntaxErrorsAreErrorsNotCrashes() {
        #expect(throws: GraphvizError.self) { try GraphvizRenderer.render(dot: "digraph { a -> ", engine: .neato, format: .svg) }
        #expect(throws: GraphvizError.self) { try GraphvizRenderer.render(dot: "not dot at all {{{", engine: .dot, format: .svg) }
        // Graphviz still works afterwards.
        #expect((try? GraphvizRenderer.render(dot: "digraph { a -> b }", engine: .dot, format: .svg)) != nil)
    }

    @Test func concurrentRenderingIsSerialized() {
        let dot = Diagram(network: SmallSchool.network()).dot()
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            let format: OutputFormat = i % 2 == 0 ? .svg : .png
            results.add((try? GraphvizRenderer.render(dot: dot, engine: .neato, format: format))?.count ?? 0)
        }
        #expect(results.values.count == 8)
        #expect(results.values.allSatisfy { $0 > 1000 })
    }

    @Test func byUnitDrawsOneNodePerUnit() throws {
        var options = DiagramOptions()
        options.byUnit = true
        let dot = Diagram(network: SmallSchool.network(), options: options).dot()
        #expect(dot.contains("\"unit:Maths\" [label=\"Maths\\n2 people\\n1 ties within\""))
        // Maths → Science 1 (trust), Science → Maths 1 (advice): one line, arrows both ways.
        #expect(dot.contains("\"unit:Maths\" -> \"unit:Science\" [dir=both, penwidth=4.50, label=\"2\""))
        let svg = try GraphvizRenderer.render(dot: dot, engine: .neato, format: .svg)
        #expect(try #require(SVGText.parse(svg)).titles == 1 + 2 + 1)
    }

    /// Pinned positions (points) are kept by the nop engine, up to one shift of the whole drawing.
    @Test func pinnedPositionsStay() throws {
        var options = DiagramOptions()
        options.pinned = ["a": (0, 0), "b": (200, 0), "c": (0, 300), "d": (200, 300)]
        let p = try GraphvizRenderer.positions(dot: Diagram(network: SmallSchool.network(), options: options).dot(), engine: .nop)
        let a = try #require(p["a"])
        for (id, given) in options.pinned {
            let got = try #require(p[id])
            #expect(abs((got.x - a.x) - given.x) < 0.01 && abs((got.y - a.y) - given.y) < 0.01, "\(id): \(got)")
        }
    }
}

final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Int] = []
    func add(_ v: Int) {
        lock.lock()
        values.append(v)
        lock.unlock()
    }
}
