import Foundation

/// JSON of an analysis answer on stdout: keys sorted, indented, the same bytes for the same
/// answer.
enum AnswerJSON {
    static func text(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
