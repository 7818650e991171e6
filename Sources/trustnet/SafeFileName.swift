/// Text from a user's data (a term's name) made into one file or folder name that stays where
/// it is put: no separators, no `.` or `..`, no leading dot, no control characters.
enum SafeFileName {
    static func make(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        for s in name.unicodeScalars {
            let unsafe = s == "/" || s == "\\" || s == ":" || s.value < 0x20 || (0x7F...0x9F).contains(s.value)
                || s.properties.generalCategory == .format
            scalars.append(unsafe ? "_" : s)
        }
        var text = String(scalars)
        while let first = text.first, first == "." || first == " " { text.removeFirst() }
        while let last = text.last, last == "." || last == " " { text.removeLast() }
        if text.utf8.count > 120 { text = String(text.prefix(100)) }
        return text.isEmpty ? "term" : text
    }
}
