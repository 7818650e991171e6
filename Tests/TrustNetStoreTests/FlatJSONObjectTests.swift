import Foundation
import Testing
@testable import TrustNetStore

/// The roster attributes' fast reader gives what `JSONDecoder` gives for everything the
/// workspace writes, and declines (nil) what it does not read, never reading it differently.
@Suite struct FlatJSONObjectTests {
    @Test func readsWhatTheEncoderWritesAsJSONDecoderDoes() throws {
        let values: [[String: String]] = [
            [:], ["school": "North"], ["a": "", "b": "x"],
            ["quote \" and \\ backslash": "slash / tab \t newline \n return \r", "control": "\u{01}\u{1F}\u{08}\u{0C}"],
            ["accents": "Zoë Ñúñez 東京", "emoji": "🧑🏽‍🏫 teacher", "bidi": "\u{202E}abc"],
            ["=formula": "+1", "comma,": "semi;colon", "unit": "School 103"],
        ]
        for value in values {
            let text = encodeJSON(value)
            #expect(FlatJSONObject.decode(text) == value, "\(text)")
            #expect(FlatJSONObject.decode(text) == (try JSONDecoder().decode([String: String].self, from: Data(text.utf8))))
        }
    }

    /// The fast writer writes what `JSONEncoder` (sorted keys) writes, or declines.
    @Test func writesWhatTheEncoderWrites() throws {
        let values: [[String: String]] = [
            [:], ["school": "North"], ["school": "School 103", "team": "B", "Grade Team": "x", "a b": "", "Z": "z", "_": "-"],
            ["unit": "Maths & Science (upper)", "role": "coach; mentor", "site": "=SUM(A1)", "Mixed": "~!@#$%^*()[]{}|<>?"],
            ["year 2": "a", "year 10": "b"], ["x": "a/b"], ["quote": "\"q\""], ["accent": "Zoë"], ["tab": "a\tb"],
        ]
        var encoded = 0
        for value in values {
            guard let text = FlatJSONObject.encode(value) else { continue }
            encoded += 1
            #expect(text == encodeJSON(value), "\(value)")
        }
        #expect(encoded == 4)
        #expect(FlatJSONObject.encode(["year 2": "a", "year 10": "b"]) == nil)
        #expect(FlatJSONObject.encode(["x": "a/b"]) == nil)
        #expect(FlatJSONObject.encode(["accent": "Zoë"]) == nil)
    }

    @Test func escapesAreReadAsJSONReadsThem() throws {
        for text in [#"{"a":"\u00e9\u0041"}"#, #"{"a":"\ud83d\ude00"}"#, #"{"\/k":"\b\f\n\r\t\"\\"}"#] {
            #expect(FlatJSONObject.decode(text) == (try JSONDecoder().decode([String: String].self, from: Data(text.utf8))), "\(text)")
        }
    }

    @Test func declinesWhatItDoesNotRead() {
        for text in ["", "{", "[]", #"{"a":1}"#, #"{ "a":"b"}"#, #"{"a":"b",}"#, #"{"a":"b"} "#, #"{"a":"b","a":"c"}"#, #"{"a":"\x"}"#,
            #"{"a":"\ud83d"}"#, "{\"a\":\"line\nbreak\"}", #"{"a":null}"#]
        {
            #expect(FlatJSONObject.decode(text) == nil, "\(text)")
        }
    }
}
