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
