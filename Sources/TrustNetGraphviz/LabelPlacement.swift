/// Names placed against their own circles: greedy point-feature label placement.
///
/// **Definition.** Every node is a circle (centre, radius); every request asks for a
/// `width × height` box for one node's name. Requests are taken in the order given (the most
/// important name first). For each, candidate boxes are tried in a fixed order of preference:
/// the box touches a ring of radius `r + gap` around its own circle — to the right, left, upper
/// right, upper left, lower right, lower left, above, below, then the eight directions between
/// those — first at ``defaultGaps``[0], then at the wider gaps. The first candidate that
///
/// 1. lies inside `frame` (when one is given),
/// 2. keeps every *other* circle farther away than its own (the gap to another circle is more
///    than the gap to its own, so it overlaps no other circle and reads as nobody else's name),
/// 3. overlaps no box already placed (with ``padding`` between boxes),
///
/// is taken; a request with no such candidate gets no box (its name is left out, never moved
/// away from its circle). The gap from a box to its own circle is the distance from the
/// circle's centre to the nearest point of the box, minus the radius: always one of `gaps`,
/// so at most the largest of them.
///
/// - Parameters:
///   - requests: the names to place, most important first.
///   - nodes: every circle of the drawing (named or not); a request's `node` indexes it.
///   - frame: a box every name must stay inside (a stable drawing's fixed extent), or `nil`.
///   - gaps: the distances from a circle at which a name may sit, tried in order.
/// - Returns: the box of every placed name, and the requests left unnamed, in request order.
/// - Complexity: O((n + L·C)·k) for n circles, L requests, C = 16 × gaps candidates, k the
///   circles and boxes in the grid cells a candidate touches (small when names are short
///   beside the drawing), through a uniform grid of ``cellSize``-point cells.
///
/// Coordinates are Graphviz's points, y growing upwards ("above" is +y). Circles may overlap
/// each other; a name whose circle is covered by another circle's ring finds no place.
///
/// Reference: S. A. Christensen, J. Marks & S. Shieber (1995), "An empirical study of
/// algorithms for point-feature label placement", ACM Transactions on Graphics 14(3):203–232,
/// doi:10.1145/212332.212334 (greedy placement over a fixed set of candidate positions);
/// E. Imhof (1975), "Positioning names on maps", The American Cartographer 2(2):128–144,
/// doi:10.1559/152304075784313304 (a name beside its point, never nearer another).
///
/// Example (check by hand): one circle of radius 10 at (0, 0) and a 30 × 10 name: the first
/// candidate, to the right, is the box x 12…42, y −5…5 (gap 2). Add circles of radius 10 at
/// (30, 0) and (−30, 0): they cover the right and left boxes and the four diagonal ones (the
/// upper right box, corner at 12·(cos 45°, sin 45°) ≈ (8.49, 8.49), reaches x = 30 at
/// y 8.49, inside the circle at (30, 0)); the name goes above: x −15…15, y 12…22, 9.2 from
/// the nearest other circle.
public enum LabelPlacement {
    /// A circle of the drawing.
    public struct Circle: Sendable, Equatable {
        public var x: Double
        public var y: Double
        public var radius: Double
        public init(x: Double, y: Double, radius: Double) {
            self.x = x
            self.y = y
            self.radius = radius
        }
    }

    /// An axis-aligned box.
    public struct Box: Sendable, Equatable {
        public var minX: Double
        public var minY: Double
        public var maxX: Double
        public var maxY: Double
        public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
            self.minX = minX
            self.minY = minY
            self.maxX = maxX
            self.maxY = maxY
        }

        public var width: Double { maxX - minX }
        public var height: Double { maxY - minY }
        public var centre: (x: Double, y: Double) { ((minX + maxX) / 2, (minY + maxY) / 2) }

        /// The distance from a point to the nearest point of the box (0 inside).
        public func distance(toX x: Double, y: Double) -> Double {
            let dx = max(minX - x, 0, x - maxX), dy = max(minY - y, 0, y - maxY)
            return (dx * dx + dy * dy).squareRoot()
        }

        /// The gap between the box and a circle: negative when they overlap.
        public func gap(to circle: Circle) -> Double { distance(toX: circle.x, y: circle.y) - circle.radius }

        /// Whether the two boxes share interior (touching edges do not count).
        public func overlaps(_ other: Box, padding: Double = 0) -> Bool {
            minX < other.maxX + padding && other.minX < maxX + padding && minY < other.maxY + padding && other.minY < maxY + padding
        }

        public func contains(_ other: Box) -> Bool {
            other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY
        }
    }

    /// A name to place: the node it belongs to and the size of its box.
    public struct Request: Sendable, Equatable {
        public var node: Int
        public var width: Double
        public var height: Double
        public init(node: Int, width: Double, height: Double) {
            self.node = node
            self.width = width
            self.height = height
        }
    }

    /// Where the names went: a box for every placed node, and who was left unnamed.
    public struct Result: Sendable {
        /// The box of each placed name, by node.
        public var boxes: [Int: Box]
        /// Requests that found no place, by node, in request order.
        public var unplaced: [Int]
    }

    /// Gaps from a circle, in points: touching (2), then a little off (5), then the most a
    /// name may stand off (9, below the 12 a reader still ties to the circle).
    public static let defaultGaps: [Double] = [2, 5, 9]
    /// Space kept between two names.
    public static let padding = 1.0
    static let cellSize = 24.0

    /// Directions in order of preference, as unit vectors: right, left, the four diagonals (upper
    /// first), above, below, then the eight between them.
    static let directions: [(x: Double, y: Double)] = {
        // cos and sin of multiples of 22.5°, without Foundation.
        let a = 0.9238795325112867, b = 0.3826834323650898, h = 0.7071067811865476
        return [(1, 0), (-1, 0), (h, h), (-h, h), (h, -h), (-h, -h), (0, 1), (0, -1),
                (a, b), (-a, b), (a, -b), (-a, -b), (b, a), (-b, a), (b, -a), (-b, -a)]
    }()

    /// The box of `width × height` whose nearest point to the centre of `circle` is `gap` away
    /// from the circle in `direction` (a unit vector).
    static func candidate(around circle: Circle, width: Double, height: Double, gap: Double, direction: (x: Double, y: Double)) -> Box {
        let d = circle.radius + gap
        let c = direction.x, s = direction.y
        let px = circle.x + d * c, py = circle.y + d * s
        let epsilon = 1e-9
        // On an axis the nearest point is the middle of an edge; between axes it is a corner.
        let minX = abs(c) < epsilon ? px - width / 2 : c > 0 ? px : px - width
        let minY = abs(s) < epsilon ? py - height / 2 : s > 0 ? py : py - height
        return Box(minX: minX, minY: minY, maxX: minX + width, maxY: minY + height)
    }

    public static func place(_ requests: [Request], around circles: [Circle], within frame: Box? = nil, gaps: [Double] = defaultGaps) -> Result {
        var grid = Grid(cellSize: cellSize)
        for (i, c) in circles.enumerated() {
            grid.insert(.circle(i), covering: Box(minX: c.x - c.radius, minY: c.y - c.radius, maxX: c.x + c.radius, maxY: c.y + c.radius))
        }
        var placed: [Box] = []
        var result = Result(boxes: [:], unplaced: [])
        for request in requests {
            let own = circles[request.node]
            var chosen: Box?
            search: for gap in gaps {
                for direction in directions {
                    let box = candidate(around: own, width: request.width, height: request.height, gap: gap, direction: direction)
                    if let frame, !frame.contains(box) { continue }
                    let reach = max(gap, padding) + 1e-6
                    var fits = true
                    grid.visit(Box(minX: box.minX - reach, minY: box.minY - reach, maxX: box.maxX + reach, maxY: box.maxY + reach)) { item in
                        switch item {
                        case .circle(let j):
                            // Strictly farther than its own circle (a tolerance keeps the comparison
                            // safe from rounding in the drawing).
                            if j != request.node && box.gap(to: circles[j]) <= gap + 0.5 { fits = false }
                        case .box(let k):
                            if box.overlaps(placed[k], padding: padding) { fits = false }
                        }
                        return fits
                    }
                    if fits {
                        chosen = box
                        break search
                    }
                }
            }
            if let chosen {
                grid.insert(.box(placed.count), covering: chosen)
                placed.append(chosen)
                result.boxes[request.node] = chosen
            } else {
                result.unplaced.append(request.node)
            }
        }
        return result
    }

    /// Circles and boxes by the grid cells they cover.
    struct Grid {
        enum Item: Hashable { case circle(Int), box(Int) }
        let cellSize: Double
        var cells: [Int64: [Item]] = [:]

        init(cellSize: Double) { self.cellSize = cellSize }

        private func range(_ box: Box) -> (ClosedRange<Int64>, ClosedRange<Int64>) {
            let x0 = Int64((box.minX / cellSize).rounded(.down)), x1 = Int64((box.maxX / cellSize).rounded(.down))
            let y0 = Int64((box.minY / cellSize).rounded(.down)), y1 = Int64((box.maxY / cellSize).rounded(.down))
            return (x0...max(x0, x1), y0...max(y0, y1))
        }

        private static func key(_ x: Int64, _ y: Int64) -> Int64 { (x &* 1_000_003) &+ y }

        mutating func insert(_ item: Item, covering box: Box) {
            let (xs, ys) = range(box)
            for x in xs { for y in ys { cells[Self.key(x, y), default: []].append(item) } }
        }

        /// Calls `body` on the items of the cells `box` touches (an item once) until it
        /// returns false.
        func visit(_ box: Box, _ body: (Item) -> Bool) {
            let (xs, ys) = range(box)
            var seen = Set<Item>()
            for x in xs {
                for y in ys {
                    for item in cells[Self.key(x, y)] ?? [] where seen.insert(item).inserted {
                        if !body(item) { return }
                    }
                }
            }
        }
    }
}
