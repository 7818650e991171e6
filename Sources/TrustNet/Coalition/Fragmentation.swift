/// How far a network falls apart, and how far it would if one person left: Borgatti's KPP-Neg
/// fragmentation, with the articulation points (cut points) that carry it.
///
/// Definition: with s_k the sizes of the weak components (the components of the undirected
/// view), F = 1 − Σ_k s_k(s_k − 1) / (n(n − 1)): the share of pairs of people with no path
/// between them. F is 0 when the network is connected and 1 when nobody has a tie. The
/// fragmentation without person v is F computed on the n − 1 people left, over their own
/// (n − 1)(n − 2) pairs, as in Borgatti's KPP-Neg. A person is an articulation point when
/// removing them leaves their component in more than one piece.
///
/// All n removals are computed in one depth-first search (Hopcroft and Tarjan): removing a
/// person who is not an articulation point only shrinks their component by one; removing an
/// articulation point v splits their component into one piece per depth-first child c with
/// low(c) ≥ discovery(v) (of the size of c's subtree) plus the piece holding v's parent.
///
/// - Parameter graph: the ties (read both ways; see ``init(graph:)``).
/// - Complexity: O(n + m) time and memory for the whole profile.
///
/// Directed ties count in either direction (the undirected view); weights are ignored; an
/// isolate is a component of its own. For n ≤ 1 (no pairs) F is 0.
///
/// Reference: Borgatti, S. P. (2006). Identifying sets of key players in a social network.
/// *Computational and Mathematical Organization Theory* 12(1), 21–34.
/// DOI 10.1007/s10588-006-7084-x. Hopcroft, J., Tarjan, R. (1973). Algorithm 447: efficient
/// algorithms for graph manipulation. *Communications of the ACM* 16(6), 372–378.
/// DOI 10.1145/362248.362272.
///
/// Example: the path a — b — c and an isolate d. Components {a, b, c} and {d}:
/// F = 1 − (3·2 + 0) / (4·3) = 1/2. Without b the three people left are all isolates: F = 1,
/// pieces [1, 1] (a and c). Without a: components {b, c}, {d}, F = 1 − 2/6 = 2/3. Without d:
/// F = 0. The only articulation point is b.
public struct Fragmentation: Sendable, Equatable {
    /// F of the whole network.
    public let value: Double
    /// F after removing each person, by node.
    public let withoutPerson: NodeScores
    /// People whose removal splits their component, in node order.
    public let articulationPoints: [Int]
    /// The component of each node (weak components, numbered by smallest member).
    public let components: Components
    /// For each person, the sizes of the pieces their component falls into without them,
    /// largest first: one piece of size s − 1 for someone who is not an articulation point (in
    /// a component of s ≥ 2), none for an isolate.
    public let piecesWithout: [[Int]]

    /// Profiles `graph` (directed or not: ties are read both ways).
    public init(graph: Graph) {
        let n = graph.nodeCount
        let undirected = graph.undirected
        let components = undirected.weakComponents()
        let sizes = components.sizes
        self.components = components
        let pairsConnected = sizes.reduce(0.0) { $0 + Double($1) * Double($1 - 1) }
        value = Self.fragmentation(connectedOrderedPairs: pairsConnected, people: n)

        let search = CutPointSearch(graph: undirected)
        articulationPoints = (0..<n).filter { search.isArticulationPoint[$0] }
        var pieces = [[Int]](repeating: [], count: n)
        var without = [Double](repeating: 0, count: n)
        for v in 0..<n {
            let size = sizes[components.membership[v]]
            var parts = search.separatedPieces[v]
            let rest = size - 1 - parts.reduce(0, +)
            if rest > 0 { parts.append(rest) }
            parts.sort(by: >)
            pieces[v] = parts
            let remaining = pairsConnected - Double(size) * Double(size - 1) + parts.reduce(0.0) { $0 + Double($1) * Double($1 - 1) }
            without[v] = Self.fragmentation(connectedOrderedPairs: remaining, people: n - 1)
        }
        piecesWithout = pieces
        withoutPerson = NodeScores(without)
    }

    /// How many people would lose every path to the largest piece left of their component if
    /// `v` left: (component size − 1) − largest piece. 0 for anyone who is not an articulation
    /// point.
    public func cutOff(without v: Int) -> Int {
        piecesWithout[v].dropFirst().reduce(0, +)
    }

    /// F = 1 − Σ s_k(s_k − 1) / (n(n − 1)) for the given component sizes.
    ///
    /// Example: sizes [3, 1] → 1 − 6/12 = 0.5.
    public static func fragmentation(componentSizes: [Int]) -> Double {
        fragmentation(
            connectedOrderedPairs: componentSizes.reduce(0.0) { $0 + Double($1) * Double($1 - 1) },
            people: componentSizes.reduce(0, +))
    }

    static func fragmentation(connectedOrderedPairs: Double, people n: Int) -> Double {
        guard n > 1 else { return 0 }
        return 1 - connectedOrderedPairs / (Double(n) * Double(n - 1))
    }
}

extension Graph {
    /// Articulation points (cut points): people whose leaving would split the part of the
    /// network they belong to, so that some colleagues no longer have any path between them.
    ///
    /// Definition: v is an articulation point when its weak component, without v, has more
    /// than one component. Found by Hopcroft and Tarjan's depth-first search: a root is one when
    /// it has two or more depth-first children; any other v when some child c has
    /// low(c) ≥ discovery(v) (nothing below c reaches above v). Iterative, with an explicit
    /// stack, so long chains cannot overflow the call stack.
    ///
    /// - Returns: the articulation points in node order.
    /// - Complexity: O(n + m).
    ///
    /// Directed ties are read both ways (the undirected view); weights are ignored; every
    /// component is searched, isolates are never articulation points. Matches NetworkX
    /// `articulation_points(G.to_undirected())` as a set.
    ///
    /// Reference: Hopcroft, J., Tarjan, R. (1973). Algorithm 447: efficient algorithms for
    /// graph manipulation. *Communications of the ACM* 16(6), 372–378.
    /// DOI 10.1145/362248.362272.
    ///
    /// Example: the bow tie a — b — c — a, c — d — e — c: only c (removing it separates
    /// {a, b} from {d, e}). In the star with centre a and leaves b, c, d: only a.
    public func articulationPoints() -> [Int] {
        let search = CutPointSearch(graph: undirected)
        return (0..<nodeCount).filter { search.isArticulationPoint[$0] }
    }
}

/// One iterative Hopcroft–Tarjan depth-first search over a symmetric graph: which nodes are
/// articulation points, and the sizes of the subtrees each one separates.
struct CutPointSearch {
    var isArticulationPoint: [Bool]
    /// For each v, the sizes of the depth-first subtrees of its children c with
    /// low(c) ≥ discovery(v): the pieces that lose their link to the rest without v (for a root:
    /// all its children's subtrees).
    var separatedPieces: [[Int]]

    /// - Parameter graph: a symmetric graph (``Graph/undirected``); self-ties are ignored.
    init(graph: Graph) {
        let n = graph.nodeCount
        var discovery = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var subtree = [Int](repeating: 1, count: n)
        var parent = [Int](repeating: -1, count: n)
        var children = [Int](repeating: 0, count: n)
        isArticulationPoint = [Bool](repeating: false, count: n)
        separatedPieces = [[Int]](repeating: [], count: n)
        var time = 0
        // Call stack of (node, next position in its ties).
        var calls: [(node: Int, edge: Int)] = []
        for root in 0..<n where discovery[root] < 0 {
            discovery[root] = time; low[root] = time; time += 1
            calls.append((root, graph.outOffsets[root]))
            while let top = calls.last {
                let (v, k) = (top.node, top.edge)
                if k < graph.outOffsets[v + 1] {
                    calls[calls.count - 1].edge += 1
                    let w = Int(graph.outTargets[k])
                    if w == v || w == parent[v] { continue }
                    if discovery[w] < 0 {
                        parent[w] = v
                        discovery[w] = time; low[w] = time; time += 1
                        calls.append((w, graph.outOffsets[w]))
                    } else {
                        low[v] = min(low[v], discovery[w])
                    }
                } else {
                    calls.removeLast()
                    let p = parent[v]
                    guard p >= 0 else { continue }
                    low[p] = min(low[p], low[v])
                    subtree[p] += subtree[v]
                    children[p] += 1
                    if low[v] >= discovery[p] {
                        separatedPieces[p].append(subtree[v])
                        if parent[p] >= 0 { isArticulationPoint[p] = true }
                    }
                }
            }
            isArticulationPoint[root] = children[root] >= 2
        }
    }
}
