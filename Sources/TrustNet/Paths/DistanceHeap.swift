/// A binary min-heap of (distance, node) pairs for Dijkstra's algorithm, with lazy deletion:
/// a node may be pushed several times and stale entries are skipped by the caller.
struct DistanceHeap {
    private var distances: [Double] = []
    private var nodes: [Int32] = []

    init(capacity: Int) {
        distances.reserveCapacity(capacity)
        nodes.reserveCapacity(capacity)
    }

    var isEmpty: Bool { nodes.isEmpty }

    mutating func removeAll() {
        distances.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
    }

    /// Adds `node` at `distance`. O(log size).
    mutating func push(_ distance: Double, _ node: Int32) {
        distances.append(distance)
        nodes.append(node)
        var child = nodes.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(child, parent) else { break }
            swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the entry with the smallest distance (ties: smallest node). O(log size).
    mutating func pop() -> (distance: Double, node: Int32) {
        let top = (distances[0], nodes[0])
        let last = nodes.count - 1
        swapAt(0, last)
        distances.removeLast()
        nodes.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < nodes.count && less(left, smallest) { smallest = left }
            if right < nodes.count && less(right, smallest) { smallest = right }
            if smallest == parent { break }
            swapAt(parent, smallest)
            parent = smallest
        }
        return top
    }

    private func less(_ i: Int, _ j: Int) -> Bool {
        distances[i] < distances[j] || (distances[i] == distances[j] && nodes[i] < nodes[j])
    }

    private mutating func swapAt(_ i: Int, _ j: Int) {
        distances.swapAt(i, j)
        nodes.swapAt(i, j)
    }
}
