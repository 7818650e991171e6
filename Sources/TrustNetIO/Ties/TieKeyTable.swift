/// Tie indices by a 64-bit key — two people and a group (relation and term) packed into one
/// word — for the repeat check of ``TieCollector``: an open-addressing table with linear
/// probing and a multiplicative hash, so a state's half a million ties are checked without
/// hashing a structure of strings for each (Swift's `Hasher` runs SipHash over every field).
///
/// Keys are any 64-bit values; the table grows at half full.
struct TieKeyTable {
    private var keys: [UInt64]
    /// The tie index of each slot, or -1 for an empty slot.
    private var values: [Int]
    private var shift: UInt64
    private(set) var count = 0

    init(capacity: Int = 0) {
        var slots = 16
        while slots < capacity * 2 { slots <<= 1 }
        keys = [UInt64](repeating: 0, count: slots)
        values = [Int](repeating: -1, count: slots)
        shift = UInt64(64 - slots.trailingZeroBitCount)
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The value stored for `key`; else stores `value` for it and returns `nil`.
    mutating func valueOrInsert(_ key: UInt64, _ value: Int) -> Int? {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = slot(of: key)
        while values[i] >= 0 {
            if keys[i] == key { return values[i] }
            i = (i + 1) & mask
        }
        keys[i] = key
        values[i] = value
        count += 1
        return nil
    }

    private mutating func grow() {
        var bigger = TieKeyTable(capacity: keys.count)
        for i in keys.indices where values[i] >= 0 { _ = bigger.valueOrInsert(keys[i], values[i]) }
        self = bigger
    }
}
