/// A number as a spreadsheet writes one: decimal digits, an optional fraction after `.` (or
/// `,`, a decimal comma), an optional exponent (`1e3`). Swift's `Double(_:)` also reads
/// hexadecimal (`0x10` is 16), `nan` and `inf`, which no survey means as a weight.
public enum DecimalNumber {
    /// The value of `text`, or `nil` when it is not a plain decimal number.
    public static func parse(_ text: String) -> Double? {
        // A whole number of up to 15 digits (a frequency, a count: nearly every weight) is
        // exact as a Double: read without copying the text or calling strtod.
        var whole = 0
        var digitCount = 0
        for b in text.utf8 {
            guard b >= 0x30, b <= 0x39, digitCount < 15 else {
                digitCount = -1
                break
            }
            whole = whole * 10 + Int(b - 0x30)
            digitCount += 1
        }
        if digitCount > 0 { return Double(whole) }
        var bytes = Array(text.utf8)
        var i = 0
        func digits() -> Int {
            let start = i
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
            return i - start
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
        var count = digits()
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ",") {
            bytes[i] = UInt8(ascii: ".")
            i += 1
            count += digits()
        }
        guard count > 0 else { return nil }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return nil }
        }
        guard i == bytes.count else { return nil }
        return Double(String(decoding: bytes, as: UTF8.self)).flatMap { $0.isFinite ? $0 : nil }
    }
}
