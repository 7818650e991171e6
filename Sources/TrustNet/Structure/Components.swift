/// Which component each node belongs to, numbered 0..<count by smallest member.
public struct Components: Sendable, Equatable {
    public let membership: [Int]
    public let count: Int

    /// The sizes of the components, by component number.
    public var sizes: [Int] {
        var sizes = [Int](repeating: 0, count: count)
        for c in membership { sizes[c] += 1 }
        return sizes
    }

    /// Renumbers `labels` so components are numbered in order of their smallest node.
    init(labels: [Int]) {
        var renumber: [Int: Int] = [:]
        membership = labels.map { label in
            if let c = renumber[label] { return c }
            renumber[label] = renumber.count
            return renumber.count - 1
        }
        count = renumber.count
    }
}

extension Graph {
    /// Weak components: groups in which everyone is linked by ties in either direction.
    ///
    /// Definition: the connected components of the undirected view.
    ///
    /// - Returns: component membership; an isolate is a component of its own.
    /// - Complexity: O(n + m).
    ///
    /// Directed ties read both ways; unweighted.
    ///
    /// Reference: Wasserman, S., Faust, K. (1994). *Social Network Analysis*, §4.3.
    /// DOI 10.1017/CBO9780511815478.
    ///
    /// Example: a → b, c → b, d alone: two components {a, b, c} and {d}.
    public func weakComponents() -> Components {
        var label = [Int](repeating: -1, count: nodeCount)
        var stack: [Int] = []
        for start in 0..<nodeCount where label[start] < 0 {
            label[start] = start
            stack.append(start)
            while let v = stack.popLast() {
                for u in successors(of: v) + predecessors(of: v) where label[Int(u)] < 0 {
                    label[Int(u)] = start
                    stack.append(Int(u))
                }
            }
        }
        return Components(labels: label)
    }

    /// Strong components: groups in which everyone can reach everyone along ties.
    ///
    /// Definition: maximal sets where every ordered pair is joined by a directed path;
    /// Tarjan's algorithm, iterative (no recursion limit on large networks).
    ///
    /// - Returns: component membership; a person on no cycle is a component of their own.
    /// - Complexity: O(n + m).
    ///
    /// Directed; unweighted.
    ///
    /// Reference: Tarjan, R. (1972). Depth-first search and linear graph algorithms. *SIAM
    /// Journal on Computing* 1(2), 146–160. DOI 10.1137/0201010.
    ///
    /// Example: a ⇄ b → c: two strong components {a, b} and {c}.
    public func strongComponents() -> Components {
        let n = nodeCount
        var index = [Int](repeating: -1, count: n)
        var lowLink = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var label = [Int](repeating: -1, count: n)
        var stack: [Int] = []
        var next = 0
        // Call stack of (node, position in its out-ties).
        var calls: [(node: Int, edge: Int)] = []
        for root in 0..<n where index[root] < 0 {
            calls.append((root, outOffsets[root]))
            index[root] = next; lowLink[root] = next; next += 1
            stack.append(root); onStack[root] = true
            while !calls.isEmpty {
                let (v, k) = calls[calls.count - 1]
                if k < outOffsets[v + 1] {
                    calls[calls.count - 1].edge += 1
                    let w = Int(outTargets[k])
                    if index[w] < 0 {
                        index[w] = next; lowLink[w] = next; next += 1
                        stack.append(w); onStack[w] = true
                        calls.append((w, outOffsets[w]))
                    } else if onStack[w] {
                        lowLink[v] = min(lowLink[v], index[w])
                    }
                } else {
                    calls.removeLast()
                    if let parent = calls.last { lowLink[parent.node] = min(lowLink[parent.node], lowLink[v]) }
                    if lowLink[v] == index[v] {
                        while let w = stack.popLast() {
                            onStack[w] = false
                            label[w] = v
                            if w == v { break }
                        }
                    }
                }
            }
        }
        return Components(labels: label)
    }

    /// People with no tie at all, in either direction.
    public var isolates: [Int] { (0..<nodeCount).filter { inDegree(of: $0) == 0 && outDegree(of: $0) == 0 } }
}
