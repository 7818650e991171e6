/// A fixed-size buffer with unchecked element access, freed with it: the working arrays of a
/// hot loop that Swift arrays would slow down with bounds and uniqueness checks.
///
/// The workers of one parallel step may share one (a Swift array cannot be written from
/// several threads), each writing only the indices it owns, the nodes of its communities, say.
/// That disjointness, and every index being in range, is the caller's to keep: indices come
/// from the graph being walked.
final class UncheckedBuffer<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    let count: Int

    init(repeating value: Element, count: Int) {
        self.count = count
        base = .allocate(capacity: max(count, 1))
        base.initialize(repeating: value, count: count)
    }

    init(_ elements: [Element]) {
        count = elements.count
        base = .allocate(capacity: max(count, 1))
        elements.withUnsafeBufferPointer { source in
            if let address = source.baseAddress { base.initialize(from: address, count: count) }
        }
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Checked in debug builds (the tests), unchecked in release.
    subscript(index: Int) -> Element {
        @inline(__always) get {
            assert(index >= 0 && index < count, "index out of range")
            return base[index]
        }
        @inline(__always) set {
            assert(index >= 0 && index < count, "index out of range")
            base[index] = newValue
        }
    }

    /// A copy of the contents (once the workers are done).
    var array: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
