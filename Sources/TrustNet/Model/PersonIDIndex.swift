import Synchronization

/// People's positions by id as written, each id interned once: what reading a tie list (a
/// million cells naming people) and ordering a term's tie rows look every id up in.
///
/// ASCII ids — staff numbers, e-mails, the common case — are found in an open-addressing table
/// (linear probing) of the ids with their positions, hashed by FNV-1a over their bytes: a lookup
/// hashes a few bytes and compares one string, where a `[String: Int]` sets up a SipHash
/// hasher for each. Anything else goes through a dictionary, so ids compare exactly as Swift
/// strings do (canonical equivalence: a non-ASCII text can equal an ASCII id, as the Kelvin
/// sign U+212A equals "K"). An id given twice keeps its last position, as assigning into a
/// dictionary does.
public struct PersonIDIndex: Sendable {
    /// An ASCII id and its position, or position -1 for an empty slot: the id is kept in the
    /// slot itself (a short id inside the string's own bytes), so a lookup reads one place in
    /// memory, not a slot and then the id (a million lookups in random order are as many
    /// cache misses).
    private struct Slot {
        var id: String
        var position: Int32
    }

    private let slots: [Slot]
    private let idCount: Int
    /// Positions of the ids that are whole numbers written plainly ("0", "4711"; no sign, no
    /// leading zero), by their value, for values below 4 × count + 64: such an id is found
    /// without hashing, in an array a few bytes a person (200 kB for 50,000 people, where the
    /// table holds 3 MB), which a million lookups in random order find in the cache. -1: no
    /// such id. Text equal to a plain number is that number's bytes (no other text is
    /// canonically equivalent to ASCII digits), so a miss here is a miss.
    private let byNumber: [Int32]
    private let shift: UInt64
    /// Every id, for text that is not ASCII, and for ASCII text when some id is not; made on
    /// first need when every id is ASCII (a tie list naming people by id never needs it).
    private let byID: ByID
    private let allASCII: Bool

    private final class ByID: Sendable {
        private let ids: [String]
        private let made: Mutex<[String: Int]?>

        init(_ ids: [String], made: [String: Int]?) {
            self.ids = made == nil ? ids : []
            self.made = Mutex(made)
        }

        static func dictionary(_ ids: [String]) -> [String: Int] {
            var byID: [String: Int] = [:]
            byID.reserveCapacity(ids.count)
            for (i, id) in ids.enumerated() { byID[id] = i }
            return byID
        }

        subscript(id: String) -> Int? {
            made.withLock { made in
                if made == nil { made = ByID.dictionary(ids) }
                return made![id]
            }
        }
    }
    /// Whether no id was given twice.
    public let hasNoRepeats: Bool

    /// - Parameter ids: the ids in order; position `i` is `ids[i]`'s (fewer than 2³¹).
    public init(_ ids: [String]) {
        precondition(ids.count < Int(Int32.max), "too many ids for one index")
        var size = 16
        while size < ids.count * 2 { size <<= 1 }
        var slots = [Slot](repeating: Slot(id: "", position: -1), count: size)
        let shift = UInt64(64 - size.trailingZeroBitCount)
        let mask = size - 1
        var allASCII = true
        var hasNoRepeats = true
        var byNumber = [Int32](repeating: -1, count: ids.count * 4 + 64)
        for (i, id) in ids.enumerated() {
            if let n = PersonIDIndex.plainNumber(id.utf8), n < byNumber.count { byNumber[n] = Int32(i) }
            guard let h = PersonIDIndex.asciiHash(id.utf8) else {
                allASCII = false
                continue
            }
            var s = PersonIDIndex.slot(h, shift: shift)
            while slots[s].position >= 0 && slots[s].id != id { s = (s + 1) & mask }
            if slots[s].position >= 0 { hasNoRepeats = false }
            slots[s] = Slot(id: id, position: Int32(i))
        }
        var byID: [String: Int]?
        if !allASCII {
            byID = ByID.dictionary(ids)
            hasNoRepeats = byID!.count == ids.count
        }
        self.idCount = ids.count
        self.byNumber = byNumber
        self.slots = slots
        self.shift = shift
        self.byID = ByID(ids, made: byID)
        self.allASCII = allASCII
        self.hasNoRepeats = hasNoRepeats
    }

    /// The number of ids given (repeats included).
    public var count: Int { idCount }

    /// The position of `id`, or `nil` when it is not one of the ids.
    public subscript(id: String) -> Int? {
        // The id's bytes are read where they are: walking the UTF-8 view of a short id byte
        // by byte took twice as long (a million lookups for a state's ties).
        if let position = id.utf8.withContiguousStorageIfAvailable({ position(of: id, bytes: $0) }) { return position }
        return position(of: id, bytes: id.utf8)
    }

    /// The position of `id`, whose UTF-8 is `bytes`.
    @inline(__always)
    private func position(of id: String, bytes: some Sequence<UInt8>) -> Int? {
        if let n = PersonIDIndex.plainNumber(bytes), n < byNumber.count {
            let p = byNumber[n]
            return p < 0 ? nil : Int(p)
        }
        guard let h = PersonIDIndex.asciiHash(bytes) else { return byID[id] }
        let mask = slots.count - 1
        var s = PersonIDIndex.slot(h, shift: shift)
        while true {
            let p = slots[s].position
            if p < 0 { return allASCII ? nil : byID[id] }
            if slots[s].id == id { return Int(p) }
            s = (s + 1) & mask
        }
    }

    /// The value of a whole number written plainly in at most 9 digits ("0", "4711"; not "007",
    /// "+1" or "1.0"), from the text's UTF-8; `nil` for any other text.
    @inline(__always)
    static func plainNumber(_ utf8: some Sequence<UInt8>) -> Int? {
        var value = 0
        var digits = 0
        for b in utf8 {
            guard b >= 0x30, b <= 0x39, digits < 9, !(digits == 1 && value == 0) else { return nil }
            value = value * 10 + Int(b - 0x30)
            digits += 1
        }
        return digits > 0 ? value : nil
    }

    /// FNV-1a of the UTF-8 of an ASCII text; `nil` for any other.
    @inline(__always)
    static func asciiHash(_ utf8: some Sequence<UInt8>) -> UInt64? {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var all: UInt8 = 0
        for b in utf8 {
            all |= b
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
        }
        return all < 0x80 ? h : nil
    }

    @inline(__always)
    static func slot(_ hash: UInt64, shift: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift) }
}
