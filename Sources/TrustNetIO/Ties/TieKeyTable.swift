/// Tie indices by a 64-bit key — two people and a group (relation and term) packed into one
/// word — for the repeat check of ``TieCollector``: an open-addressing table with linear
/// probing and a multiplicative hash, so a state's half a million ties are checked without
/// hashing a structure of strings for each (Swift's `Hasher` runs SipHash over every field).
///
/// Keys are any 64-bit values; the table grows at half full.
struct TieKeyTable {
    /// A key and its tie index (-1: an empty slot), side by side: one cache line a probe.
    private struct Slot {
        var key: UInt64
        var value: Int
    }

    private var slots: [Slot]
    private var shift: UInt64
    private(set) var count = 0

    init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: -1), count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The value stored for `key`; else stores `value` for it and returns `nil`.
    mutating func valueOrInsert(_ key: UInt64, _ value: Int) -> Int? {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var i = slot(of: key)
        while slots[i].value >= 0 {
            if slots[i].key == key { return slots[i].value }
            i = (i + 1) & mask
        }
        slots[i] = Slot(key: key, value: value)
        count += 1
        return nil
    }

    private mutating func grow() {
        var bigger = TieKeyTable(capacity: slots.count)
        for slot in slots where slot.value >= 0 { _ = bigger.valueOrInsert(slot.key, slot.value) }
        self = bigger
    }
}
