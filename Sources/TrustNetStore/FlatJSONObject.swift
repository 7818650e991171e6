/// Reads (and, in the common case, writes) the JSON the workspace keeps for roster attributes — one object of string values,
/// `{"school":"North","title":"Coach"}`, as `encodeJSON` makes it — without a `JSONDecoder`
/// per person (loading 50,000 people decoded 50,000 times).
///
/// Anything else (white space, another value type, a repeated key, a broken escape) is `nil`,
/// and the caller decodes it with `JSONDecoder`: this reads a subset of JSON exactly, never
/// differently.
enum FlatJSONObject {
    /// `object` as `encodeJSON` writes it (`JSONEncoder`, sorted keys), without a `JSONEncoder`
    /// per person (writing 50,000 people's attributes encoded 50,000 times) — or `nil` when
    /// that is not certain to be the same text: a key or value with anything but printable
    /// ASCII other than `"`, `\` and `/` (which the encoder escapes), or several keys of which
    /// one holds a digit (the encoder's key order there is not plain byte order).
    static func encode(_ object: [String: String]) -> String? {
        func plain(_ text: String) -> Bool {
            text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: "/") }
        }
        guard object.allSatisfy({ plain($0.key) && plain($0.value) }) else { return nil }
        if object.count > 1 {
            guard object.keys.allSatisfy({ key in key.utf8.allSatisfy { !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }) else { return nil }
        }
        var text = "{"
        for (k, key) in object.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
            if k > 0 { text += "," }
            text += "\"" + key + "\":\"" + object[key]! + "\""
        }
        return text + "}"
    }

    static func decode(_ text: String) -> [String: String]? {
        var text = text
        return text.withUTF8 { bytes -> [String: String]? in
            var i = 0
            let n = bytes.count
            func string() -> String? {
                guard i < n, bytes[i] == UInt8(ascii: "\"") else { return nil }
                i += 1
                let start = i
                while i < n, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\"), bytes[i] >= 0x20 { i += 1 }
                guard i < n else { return nil }
                if bytes[i] == UInt8(ascii: "\"") {
                    defer { i += 1 }
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                }
                // Escapes: decode the rest scalar by scalar.
                var scalars = String.UnicodeScalarView()
                scalars.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self).unicodeScalars)
                var pendingUTF8: [UInt8] = []
                func flush() {
                    if !pendingUTF8.isEmpty { scalars.append(contentsOf: String(decoding: pendingUTF8, as: UTF8.self).unicodeScalars) }
                    pendingUTF8.removeAll()
                }
                func hex4() -> UInt32? {
                    guard i + 4 <= n else { return nil }
                    var value: UInt32 = 0
                    for k in i..<i + 4 {
                        let b = bytes[k]
                        let digit: UInt32
                        switch b {
                        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
                        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
                        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
                        default: return nil
                        }
                        value = value << 4 | digit
                    }
                    i += 4
                    return value
                }
                while i < n {
                    let b = bytes[i]
                    if b == UInt8(ascii: "\"") {
                        i += 1
                        flush()
                        return String(scalars)
                    }
                    guard b >= 0x20 else { return nil }
                    guard b == UInt8(ascii: "\\") else {
                        pendingUTF8.append(b)
                        i += 1
                        continue
                    }
                    flush()
                    i += 1
                    guard i < n else { return nil }
                    let e = bytes[i]
                    i += 1
                    switch e {
                    case UInt8(ascii: "\""): scalars.append("\"")
                    case UInt8(ascii: "\\"): scalars.append("\\")
                    case UInt8(ascii: "/"): scalars.append("/")
                    case UInt8(ascii: "b"): scalars.append("\u{08}")
                    case UInt8(ascii: "f"): scalars.append("\u{0C}")
                    case UInt8(ascii: "n"): scalars.append("\n")
                    case UInt8(ascii: "r"): scalars.append("\r")
                    case UInt8(ascii: "t"): scalars.append("\t")
                    case UInt8(ascii: "u"):
                        guard let unit = hex4() else { return nil }
                        if (0xD800...0xDBFF).contains(unit) {
                            guard i + 2 <= n, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { return nil }
                            i += 2
                            guard let low = hex4(), (0xDC00...0xDFFF).contains(low),
                                let scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                            else { return nil }
                            scalars.append(scalar)
                        } else {
                            guard let scalar = Unicode.Scalar(unit) else { return nil }
                            scalars.append(scalar)
                        }
                    default: return nil
                    }
                }
                return nil
            }
            guard n >= 2, bytes[0] == UInt8(ascii: "{") else { return nil }
            i = 1
            var object: [String: String] = [:]
            if bytes[i] == UInt8(ascii: "}") { return i + 1 == n ? object : nil }
            while true {
                guard let key = string(), i < n, bytes[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                guard let value = string(), object.updateValue(value, forKey: key) == nil, i < n else { return nil }
                let b = bytes[i]
                i += 1
                if b == UInt8(ascii: "}") { return i == n ? object : nil }
                guard b == UInt8(ascii: ",") else { return nil }
            }
        }
    }
}
