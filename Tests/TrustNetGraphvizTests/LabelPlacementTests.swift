import Testing
import TrustNet
@testable import TrustNetGraphviz

@Suite struct LabelPlacementTests {
    typealias Circle = LabelPlacement.Circle
    typealias Box = LabelPlacement.Box

    /// The doc comment's example, worked by hand.
    @Test func handExample() {
        let name = LabelPlacement.Request(node: 0, width: 30, height: 10)
        let alone = LabelPlacement.place([name], around: [Circle(x: 0, y: 0, radius: 10)])
        #expect(alone.boxes[0] == Box(minX: 12, minY: -5, maxX: 42, maxY: 5))

        let crowded = [Circle(x: 0, y: 0, radius: 10), Circle(x: 30, y: 0, radius: 10), Circle(x: -30, y: 0, radius: 10)]
        let above = LabelPlacement.place([name], around: crowded)
        let box = try! #require(above.boxes[0])
        #expect(abs(box.minX + 15) < 1e-9 && abs(box.maxX - 15) < 1e-9 && abs(box.minY - 12) < 1e-9 && abs(box.maxY - 22) < 1e-9)
        #expect(abs(box.gap(to: crowded[1]) - ((15.0 * 15 + 12 * 12).squareRoot() - 10)) < 1e-9)
    }

    /// The first name takes the preferred place; a second name that would collide goes elsewhere
    /// or nowhere, never over the first.
    @Test func importantNamesComeFirst() {
        let circles = [Circle(x: 0, y: 0, radius: 5), Circle(x: 0, y: 30, radius: 5)]
        let wide = [LabelPlacement.Request(node: 1, width: 60, height: 10), LabelPlacement.Request(node: 0, width: 60, height: 10)]
        let result = LabelPlacement.place(wide, around: circles)
        #expect(result.boxes[1] == Box(minX: 7, minY: 25, maxX: 67, maxY: 35))
        let other = try! #require(result.boxes[0])
        #expect(!other.overlaps(result.boxes[1]!))
    }

    /// A frame keeps names inside: a circle at the frame's right edge is named on its left.
    @Test func frameKeepsNamesInside() {
        let frame = Box(minX: -100, minY: -100, maxX: 10, maxY: 100)
        let result = LabelPlacement.place([.init(node: 0, width: 40, height: 10)], around: [Circle(x: 0, y: 0, radius: 5)], within: frame)
        #expect(result.boxes[0] == Box(minX: -47, minY: -5, maxX: -7, maxY: 5))
    }

    /// Whether `box`, for the circle `own`, breaks a rule given the circles and other boxes,
    /// with the margins the placement keeps (half a point between gaps, a point between names).
    static func breaksARule(_ box: Box, own: Int, circles: [Circle], others: [Box], frame: Box?) -> Bool {
        if let frame, !frame.contains(box) { return true }
        let ownGap = box.gap(to: circles[own])
        for (j, c) in circles.enumerated() where j != own && box.gap(to: c) <= ownGap + 0.5 { return true }
        return others.contains { box.overlaps($0, padding: LabelPlacement.padding) }
    }

    /// Random layouts (seeded): every placed name is 2–9 points from its own circle, farther
    /// from every other circle, inside the frame, clear of every other name; and a name is left
    /// out only when none of its candidate places would have kept those rules.
    @Test(arguments: 1...40) func randomLayoutsKeepEveryRule(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let n = 10 + random.index(below: 190)
        let width = 200 + Double(random.index(below: 800)), height = 200 + Double(random.index(below: 500))
        let circles = (0..<n).map { _ in
            Circle(x: random.unitInterval() * width, y: random.unitInterval() * height, radius: 2 + random.unitInterval() * 16)
        }
        var order = Array(0..<n)
        random.shuffle(&order)
        let requests = order.map { LabelPlacement.Request(node: $0, width: 15 + random.unitInterval() * 70, height: 10) }
        let frame = seed.isMultiple(of: 2) ? Box(minX: -20, minY: -20, maxX: width + 20, maxY: height + 20) : nil
        let result = LabelPlacement.place(requests, around: circles, within: frame)

        #expect(result.boxes.count + result.unplaced.count == n)
        #expect(result.boxes.count > 0)
        let placed = Array(result.boxes)
        for (i, (node, box)) in placed.enumerated() {
            let own = box.gap(to: circles[node])
            #expect(LabelPlacement.defaultGaps.contains { abs($0 - own) < 1e-6 }, "gap \(own)")
            #expect(own <= 12)
            for (j, c) in circles.enumerated() where j != node {
                #expect(box.gap(to: c) > own, "name of \(node) as near circle \(j) as its own")
            }
            for (other, otherBox) in placed[(i + 1)...] {
                #expect(!box.overlaps(otherBox), "names of \(node) and \(other) overlap")
            }
            if let frame { #expect(frame.contains(box)) }
        }
        let boxes = placed.map(\.value)
        for request in requests where result.boxes[request.node] == nil {
            for gap in LabelPlacement.defaultGaps {
                for direction in LabelPlacement.directions {
                    let candidate = LabelPlacement.candidate(
                        around: circles[request.node], width: request.width, height: request.height, gap: gap, direction: direction)
                    #expect(Self.breaksARule(candidate, own: request.node, circles: circles, others: boxes, frame: frame))
                }
            }
        }
    }
}
