import Crypto

/// The fingerprint the import log keeps of every file: SHA-256 of its bytes (swift-crypto), as
/// lower-case hex, so the same file is not imported twice by mistake.
enum FileFingerprint {
    static func sha256(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        var text = ""
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 15)])
        }
        return text
    }
}
