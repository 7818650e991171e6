/// Tie counts placed on their own lines in a diagram of units: greedy placement along each
/// straight line.
///
/// **Definition.** Every unit is a circle (centre, radius: the enclosing circle of its shape);
/// every request is a straight line between two units and a `width × height` box for the
/// number of ties it stands for. Requests are taken in the order given (the strongest line
/// first). For each, candidate boxes are centred on the line at the fractions of its length
/// in ``fractions`` (the middle first, then outwards on both sides). The first candidate that
///
/// 1. overlaps no circle (with ``padding``),
/// 2. overlaps no box already placed (with ``padding``),
/// 3. keeps every *other* line farther from its centre than half its diagonal, so the number
///    cannot be read as another line's,
///
/// is taken; when none meets all three, the first meeting 1 and 2 (a number on a crossing of
/// lines still sits on its own). When the line is too short for its number between the two
/// units, the same fractions are tried with the box beside the line (its centre moved along
/// the line's normal by half the box's diagonal and 2 points, on either side), where the box
/// must meet 1 and 2 and be nearer its own line than any other. A request that finds no box
/// is left out rather than drawn over a unit or another count (the line's tooltip keeps it).
///
/// - Parameters:
///   - requests: the lines and their counts' box sizes, most important first.
///   - circles: every unit of the drawing.
/// - Returns: the box of each request, `nil` for one left out, in request order.
/// - Complexity: O(L·F·(n + L)) for L lines, F fractions and n units (diagrams of units
///   have at most a few hundred lines).
///
/// Coordinates are Graphviz's points. Lines are the straight segments between unit centres
/// (unit diagrams are drawn with `splines=false`).
///
/// Reference: S. A. Christensen, J. Marks & S. Shieber (1995), "An empirical study of
/// algorithms for point-feature label placement", ACM Transactions on Graphics 14(3):203–232,
/// doi:10.1145/212332.212334 (greedy placement over fixed candidates, here along a line, as
/// line-feature labels are placed on maps: Imhof 1975, doi:10.1559/152304075784313304).
///
/// Example (check by hand): units of radius 10 at (0, 0) and (100, 0), a 10 × 10 count: the
/// middle candidate, x 45…55, y −5…5, is taken. Add a unit of radius 10 at (50, 0): the middle
/// and the fractions 0.42 and 0.58 (centres 42 and 58, boxes reaching 47 and 53, within 10 of
/// the centre 50) overlap it; 0.34 gives the box x 29…39, 11 from the centre at (50, 0) — taken.
public enum TieCountPlacement {
    /// A straight line between two points.
    public struct Segment: Sendable, Equatable {
        public var x0: Double
        public var y0: Double
        public var x1: Double
        public var y1: Double
        public init(x0: Double, y0: Double, x1: Double, y1: Double) {
            self.x0 = x0
            self.y0 = y0
            self.x1 = x1
            self.y1 = y1
        }

        /// The point at fraction `t` of the way from (x0, y0) to (x1, y1).
        public func point(at t: Double) -> (x: Double, y: Double) { (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t) }

        /// The distance from a point to the nearest point of the segment.
        public func distance(toX x: Double, y: Double) -> Double {
            let dx = x1 - x0, dy = y1 - y0
            let length2 = dx * dx + dy * dy
            let t = length2 > 0 ? min(max(((x - x0) * dx + (y - y0) * dy) / length2, 0), 1) : 0
            let px = x0 + dx * t - x, py = y0 + dy * t - y
            return (px * px + py * py).squareRoot()
        }
    }

    /// A count to place: its line and the size of its box.
    public struct Request: Sendable, Equatable {
        public var segment: Segment
        public var width: Double
        public var height: Double
        public init(segment: Segment, width: Double, height: Double) {
            self.segment = segment
            self.width = width
            self.height = height
        }
    }

    /// Where along a line a count may sit: the middle first, then outwards on both sides.
    public static let fractions: [Double] = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82]
    /// Space kept between a count and a unit or another count.
    public static let padding = 1.0

    public static func place(_ requests: [Request], around circles: [LabelPlacement.Circle]) -> [LabelPlacement.Box?] {
        var placed: [LabelPlacement.Box] = []
        var result: [LabelPlacement.Box?] = []
        for (index, request) in requests.enumerated() {
            let halfDiagonal = (request.width * request.width + request.height * request.height).squareRoot() / 2
            func box(_ x: Double, _ y: Double) -> LabelPlacement.Box? {
                let box = LabelPlacement.Box(
                    minX: x - request.width / 2, minY: y - request.height / 2, maxX: x + request.width / 2, maxY: y + request.height / 2)
                guard circles.allSatisfy({ box.gap(to: $0) > padding }), !placed.contains(where: { box.overlaps($0, padding: padding) })
                else { return nil }
                return box
            }
            func otherLines(fartherThan distance: Double, fromX x: Double, y: Double) -> Bool {
                requests.indices.allSatisfy { $0 == index || requests[$0].segment.distance(toX: x, y: y) > distance }
            }
            var fallback: LabelPlacement.Box?
            var chosen: LabelPlacement.Box?
            for t in fractions {
                let (x, y) = request.segment.point(at: t)
                guard let candidate = box(x, y) else { continue }
                if otherLines(fartherThan: halfDiagonal, fromX: x, y: y) {
                    chosen = candidate
                    break
                }
                if fallback == nil { fallback = candidate }
            }
            if chosen == nil && fallback == nil {
                // Beside the line: along its normal, on either side.
                let s = request.segment
                let length = ((s.x1 - s.x0) * (s.x1 - s.x0) + (s.y1 - s.y0) * (s.y1 - s.y0)).squareRoot()
                let (nx, ny) = length > 0 ? (-(s.y1 - s.y0) / length, (s.x1 - s.x0) / length) : (0.0, 1.0)
                let offset = halfDiagonal + 2
                search: for t in fractions {
                    let (x, y) = s.point(at: t)
                    for side in [1.0, -1.0] {
                        let cx = x + side * nx * offset, cy = y + side * ny * offset
                        if let candidate = box(cx, cy), otherLines(fartherThan: offset, fromX: cx, y: cy) {
                            chosen = candidate
                            break search
                        }
                    }
                }
            }
            if let box = chosen ?? fallback { placed.append(box) }
            result.append(chosen ?? fallback)
        }
        return result
    }
}
