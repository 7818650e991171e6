import Crypto
import Foundation

/// The secret in a personal survey link (`/s/TOKEN`): 256 random bits from swift-crypto's
/// `SymmetricKey` (the system's secure generator), written as 43 base64url characters. The
/// workspace keeps only its SHA-256, so a copy of the workspace opens no one's answers.
public struct SurveyToken: Sendable, Hashable, CustomStringConvertible {
    public let value: String

    /// A fresh random token.
    public init() {
        value = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    public init(value: String) { self.value = value }

    public var description: String { value }

    /// What the workspace stores and looks a token up by: SHA-256 of its text, lower-case hex.
    public var sha256: String { Self.sha256(value) }

    static func sha256(_ text: some StringProtocol) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `text` could be a token at all (43 base64url characters), checked before any
    /// lookup so arbitrary text never reaches the database.
    public static func isWellFormed(_ text: some StringProtocol) -> Bool {
        text.utf8.count == 43 && text.utf8.allSatisfy { c in
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2D || c == 0x5F
        }
    }
}
