extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without leading and trailing white space (Unicode White_Space: spaces, tabs,
    /// line breaks, no-break spaces). A fast path for the common case of nothing to trim:
    /// reading a 500,000-row file calls this for every cell, and Foundation's
    /// `trimmingCharacters(in:)` bridges through NSString on Linux.
    var trimmed: String {
        // Looked at as bytes first, where they are (walking the UTF-8 view of a short string
        // to its first and last byte took half as long again): an ASCII
        // first and last byte that are not white space (nearly every cell) need no decoding of
        // scalars from either end.
        let plain = utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return first < 0x80 && last < 0x80 && !Unicode.Scalar(first).isWhiteSpace && !Unicode.Scalar(last).isWhiteSpace
        }
        if plain == true { return String(self) }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !first.isWhiteSpace && !last.isWhiteSpace { return String(self) }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end && scalars[start].isWhiteSpace { start = scalars.index(after: start) }
        while end > start && scalars[scalars.index(before: end)].isWhiteSpace { end = scalars.index(before: end) }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}

extension Unicode.Scalar {
    /// Unicode White_Space, with ASCII answered without a property lookup.
    @inline(__always)
    fileprivate var isWhiteSpace: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }
}
