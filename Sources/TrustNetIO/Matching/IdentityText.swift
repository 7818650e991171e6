import Foundation

/// What makes two ids, e-mails or names the same person's, and what may never be in one.
///
/// Ids that look alike must not become two people: ``key(_:)`` folds them (Unicode NFKC, so
/// full-width letters are plain ones; case-folded; invisible format characters such as
/// zero-width spaces removed). Control characters (U+0000–U+001F, U+007F–U+009F) have no
/// place in an id or a name: a NUL cut stored names short, and a terminal acts on the others;
/// ``controlCharacter(in:)`` finds one so it can be refused with its place, never echoed.
public enum IdentityText {
    /// The text two ids (or e-mails) share when they name the same person.
    public static func key(_ text: String) -> String {
        // ASCII text has nothing to compose or make invisible, and folding its case is lowering
        // it: the common case (staff ids, e-mails), without Foundation's Unicode passes.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        let folded = text.precomposedStringWithCompatibilityMapping.folding(options: [.caseInsensitive], locale: nil)
        guard folded.unicodeScalars.contains(where: isInvisible) else { return folded }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: folded.unicodeScalars.filter { !isInvisible($0) })
        return String(scalars)
    }

    /// Format characters that show nothing: zero-width spaces and joiners, the BOM, soft
    /// hyphens, bidirectional marks and controls.
    static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        s.properties.generalCategory == .format || s.value == 0x00AD || s.value == 0x034F || s.value == 0x115F || s.value == 0x1160
            || s.value == 0x3164
    }

    /// The first control character in `text`: its code (`U+0000`) and 0-based character offset.
    public static func controlCharacter(in text: String) -> (code: String, offset: Int)? {
        // Most text has none: look at the bytes first, where they are (walking the UTF-8 view
        // of a short name took twice as long), and count characters only when one is there.
        guard text.utf8.withContiguousStorageIfAvailable(holdsControlCharacter) ?? holdsControlCharacter(text.utf8) else { return nil }
        for (k, c) in text.enumerated() {
            if let s = c.unicodeScalars.first(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
                let hex = String(s.value, radix: 16, uppercase: true)
                return ("U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex, k)
            }
        }
        return nil
    }

    /// Whether the UTF-8 `bytes` hold a control character: C0 and DEL are single bytes, C1's
    /// U+0080–U+009F are C2 80–C2 9F.
    private static func holdsControlCharacter(_ bytes: some Sequence<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for b in bytes {
            if b < 0x20 || b == 0x7F || (previous == 0xC2 && b >= 0x80 && b <= 0x9F) { return true }
            previous = b
        }
        return false
    }

    /// An error for a control character in `text` (what the cell is: "id", "name"…), at the
    /// character where it stands, without the text itself.
    public static func controlCharacterError(
        in text: String, what: String, file: String, at position: CSVRecord.FieldPosition
    ) -> Diagnostic? {
        guard let found = controlCharacter(in: text) else { return nil }
        return Diagnostic(
            .error, file: file, line: position.line, column: position.column + found.offset,
            "this \(what) holds a control character (\(found.code)\(found.code == "U+0000" ? ", NUL" : "")), which no \(what) may: remove it in the file")
    }
}
