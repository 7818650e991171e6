import Crypto

/// The secret in the printed address (`?token=…`) and in `Authorization: Bearer …`: 256 random
/// bits from swift-crypto, written as 64 hexadecimal digits. Session ids and CSRF tokens are
/// made the same way.
public struct AccessToken: Sendable, Equatable, CustomStringConvertible {
    public let value: String

    /// A fresh random token.
    public init() {
        value = SymmetricKey(size: .bits256).withUnsafeBytes { bytes in
            bytes.map { byte in
                let digits = Array("0123456789abcdef")
                return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
            }.joined()
        }
    }

    /// A token given by the caller (tests).
    public init(value: String) { self.value = value }

    public var description: String { value }

    /// Whether `candidate` is this token, in time that does not depend on where they differ.
    public func matches(_ candidate: some StringProtocol) -> Bool {
        let a = Array(value.utf8), b = Array(candidate.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in a.indices { difference |= a[i] ^ b[i] }
        return difference == 0
    }
}
