/// One survey wave, such as `"2025-fall"`. Terms are ordered; ties, roster attributes and the
/// coalition belong to a term.
public struct Term: Hashable, Sendable, Comparable {
    public var name: String
    /// Position in the workspace's order of terms (0 first).
    public var order: Int
    /// First day of the term, when known (used to place one-on-one meetings in terms).
    public var starts: CalendarDay?
    /// Last day of the term, inclusive, when known.
    public var ends: CalendarDay?

    public init(name: String, order: Int = 0, starts: CalendarDay? = nil, ends: CalendarDay? = nil) {
        self.name = name
        self.order = order
        self.starts = starts
        self.ends = ends
    }

    public static func < (lhs: Term, rhs: Term) -> Bool {
        (lhs.order, lhs.name) < (rhs.order, rhs.name)
    }

    /// Whether `day` falls within the term's date range (open ends are unbounded).
    public func contains(_ day: CalendarDay) -> Bool {
        if let starts, day < starts { return false }
        if let ends, day > ends { return false }
        return starts != nil || ends != nil
    }
}

/// A calendar date without time zone, written `YYYY-MM-DD`.
public struct CalendarDay: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; `nil` when the text is not a valid date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]),
            let d = Int(parts[2]), (1...12).contains(m)
        else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        guard (1...days).contains(d) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
