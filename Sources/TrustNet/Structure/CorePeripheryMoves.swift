/// The people of a core–periphery search grouped by what a move of theirs would do to the fit:
/// two people on the same side with the same number of ties into the core and into the
/// periphery change the fit alike, so one evaluation serves the whole group. Each group keeps
/// its smallest person (a heap, cleaned lazily), so the search picks the same person a scan
/// over everyone in order would.
struct CorePeripheryMoves {
    /// (isCore, ties into the core, degree) packed into one integer.
    private static func key(isCore: Bool, inCore: Int, degree: Int) -> Int {
        (degree << 32) | (inCore << 1) | (isCore ? 1 : 0)
    }

    private var slotOfKey: [Int: Int] = [:]
    private(set) var keys: [Int] = []
    private(set) var counts: [Int] = []
    private var heaps: [[Int32]] = []
    /// The key each person is filed under.
    private var keyOf: [Int]

    init(nodeCount n: Int) {
        keyOf = [Int](repeating: -1, count: n)
    }

    /// Files `v` under its current side and tie counts (moving it from its old group).
    mutating func file(_ v: Int, isCore: Bool, inCore: Int, degree: Int) {
        let key = Self.key(isCore: isCore, inCore: inCore, degree: degree)
        let old = keyOf[v]
        guard old != key else { return }
        if old >= 0 { counts[slotOfKey[old]!] -= 1 }
        keyOf[v] = key
        let slot: Int
        if let existing = slotOfKey[key] {
            slot = existing
        } else {
            slot = keys.count
            slotOfKey[key] = slot
            keys.append(key)
            counts.append(0)
            heaps.append([])
        }
        counts[slot] += 1
        Self.push(Int32(v), onto: &heaps[slot])
    }

    /// The side and tie counts of the people in `slot`.
    func move(ofSlot slot: Int) -> (isCore: Bool, inCore: Int, degree: Int) {
        let key = keys[slot]
        return (key & 1 == 1, (key >> 1) & 0x7FFF_FFFF, key >> 32)
    }

    /// The smallest person in `slot` (which must not be empty).
    mutating func smallest(inSlot slot: Int) -> Int {
        let key = keys[slot]
        while let top = heaps[slot].first, keyOf[Int(top)] != key { Self.popMinimum(&heaps[slot]) }
        return Int(heaps[slot][0])
    }

    private static func push(_ value: Int32, onto heap: inout [Int32]) {
        heap.append(value)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child] < heap[parent] else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private static func popMinimum(_ heap: inout [Int32]) {
        let last = heap.removeLast()
        guard !heap.isEmpty else { return }
        heap[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < heap.count && heap[left] < heap[smallest] { smallest = left }
            if right < heap.count && heap[right] < heap[smallest] { smallest = right }
            guard smallest != parent else { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
