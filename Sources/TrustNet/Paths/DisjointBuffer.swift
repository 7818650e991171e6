/// A fixed-size buffer that the workers of one parallel step share, each writing only the
/// indices it owns (the nodes of its communities, say), so no two workers touch one element.
///
/// Swift arrays cannot be written from several threads at once; this is the smallest thing that
/// can, and the disjointness that makes it safe is the caller's to keep: each use says which
/// indices belong to which worker.
final class DisjointBuffer<Element>: @unchecked Sendable {
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

    /// Unchecked, like the pointer it wraps: indices come from the graph being walked.
    subscript(index: Int) -> Element {
        @inline(__always) get { base[index] }
        @inline(__always) set { base[index] = newValue }
    }

    /// A copy of the contents, once the workers are done.
    var array: [Element] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
