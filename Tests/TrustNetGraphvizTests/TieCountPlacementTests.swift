import Foundation
import Testing
import TrustNet
@testable import TrustNetGraphviz

@Suite struct TieCountPlacementTests {
    typealias Circle = LabelPlacement.Circle
    typealias Segment = TieCountPlacement.Segment

    /// The doc comment's example, worked by hand.
    @Test func handExample() throws {
        let line = TieCountPlacement.Request(segment: Segment(x0: 0, y0: 0, x1: 100, y1: 0), width: 10, height: 10)
        let two = [Circle(x: 0, y: 0, radius: 10), Circle(x: 100, y: 0, radius: 10)]
        let alone = try #require(TieCountPlacement.place([line], around: two)[0])
        #expect(alone == LabelPlacement.Box(minX: 45, minY: -5, maxX: 55, maxY: 5))
        let blocked = try #require(TieCountPlacement.place([line], around: two + [Circle(x: 50, y: 0, radius: 10)])[0])
        #expect(blocked == LabelPlacement.Box(minX: 21, minY: -5, maxX: 31, maxY: 5))
    }

    /// Two units 10 points apart and a 10 × 10 count: no room on the line between them, so the
    /// count goes beside its middle, half its diagonal and 2 points off the line.
    @Test func aShortLineGetsItsCountBesideIt() throws {
        let line = TieCountPlacement.Request(segment: Segment(x0: 0, y0: 0, x1: 20, y1: 0), width: 10, height: 10)
        let box = try #require(TieCountPlacement.place([line], around: [Circle(x: 0, y: 0, radius: 5), Circle(x: 20, y: 0, radius: 5)])[0])
        let offset = 50.0.squareRoot() + 2
        #expect(abs(box.centre.x - 10) < 1e-9 && abs(abs(box.centre.y) - offset) < 1e-9)
    }

    /// Two lines crossing in the middle: the first count takes the middle of its line only if
    /// no other line passes there, so neither count sits on the crossing.
    @Test func countsStayOffOtherLines() throws {
        let circles = [Circle(x: 0, y: 0, radius: 5), Circle(x: 100, y: 100, radius: 5), Circle(x: 0, y: 100, radius: 5), Circle(x: 100, y: 0, radius: 5)]
        let requests = [
            TieCountPlacement.Request(segment: Segment(x0: 0, y0: 0, x1: 100, y1: 100), width: 8, height: 10),
            TieCountPlacement.Request(segment: Segment(x0: 0, y0: 100, x1: 100, y1: 0), width: 8, height: 10),
        ]
        let boxes = TieCountPlacement.place(requests, around: circles)
        for (i, box) in boxes.enumerated() {
            let b = try #require(box)
            #expect(requests[i].segment.distance(toX: b.centre.x, y: b.centre.y) < 1e-9)
            #expect(requests[1 - i].segment.distance(toX: b.centre.x, y: b.centre.y) > 6)
        }
    }

    /// Random unit layouts: every count placed is centred on its own line (or just beside it,
    /// nearer it than any other line), overlaps no unit and no other count.
    @Test(arguments: 1...30) func randomLayoutsKeepEveryRule(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let n = 3 + random.index(below: 30)
        let circles = (0..<n).map { _ in
            Circle(x: random.unitInterval() * 900, y: random.unitInterval() * 700, radius: 15 + random.unitInterval() * 40)
        }
        var requests: [TieCountPlacement.Request] = []
        for _ in 0..<(n * 2) {
            let a = random.index(below: n), b = random.index(below: n)
            guard a != b else { continue }
            requests.append(.init(segment: Segment(x0: circles[a].x, y0: circles[a].y, x1: circles[b].x, y1: circles[b].y), width: 8 + random.unitInterval() * 8, height: 11))
        }
        let boxes = TieCountPlacement.place(requests, around: circles)
        #expect(boxes.count == requests.count)
        for (i, box) in boxes.enumerated() {
            guard let box else { continue }
            // On its line, or beside it (half its diagonal and 2 points off) and nearer it than any other line.
            let own = requests[i].segment.distance(toX: box.centre.x, y: box.centre.y)
            let beside = (box.width * box.width + box.height * box.height).squareRoot() / 2 + 2
            #expect(own < 1e-9 || abs(own - beside) < 1e-9, "\(own) from its line")
            if own > 1e-9 {
                for (j, other) in requests.enumerated() where j != i {
                    #expect(other.segment.distance(toX: box.centre.x, y: box.centre.y) > own)
                }
            }
            #expect(abs(box.width - requests[i].width) < 1e-9 && abs(box.height - requests[i].height) < 1e-9)
            for c in circles { #expect(box.gap(to: c) > TieCountPlacement.padding) }
            for (j, other) in boxes.enumerated() where j > i {
                if let other { #expect(!box.overlaps(other, padding: TieCountPlacement.padding)) }
            }
        }
    }

    /// The sample school drawn by units: each count is a box of its own in the SVG, on its line.
    @Test func unitDiagramsDrawCountsAsTheirOwnBoxes() throws {
        var options = DiagramOptions()
        options.byUnit = true
        let drawing = try DiagramDrawing(Diagram(network: SmallSchool.network(), options: options))
        #expect(drawing.engine == .nop)
        #expect(drawing.dot.contains("\"count:0\" [class=\"count\", shape=box"))
        // The line no longer carries its count as a Graphviz label.
        #expect(drawing.dot.contains("\"unit:Maths\" -> \"unit:Science\" [dir=both, penwidth=4.50, tooltip="))
        let svg = String(decoding: try drawing.render(format: .svg), as: UTF8.self)
        #expect(svg.contains("<title>count:0</title>"))
    }
}
