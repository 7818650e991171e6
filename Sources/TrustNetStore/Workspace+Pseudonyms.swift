import Crypto
import Foundation
import GRDB

extension Workspace {
    /// Stable pseudonyms for `ids`: "P-" and eight letters or digits derived from the id with
    /// HMAC-SHA-256 under a random key kept in this workspace. The same person gets the same
    /// pseudonym in every term and every output; without the workspace's key nobody can link a
    /// pseudonym back to a person (ids are not guessable from it, and the key never leaves
    /// the file).
    public func pseudonyms(for ids: [String]) throws -> [String: String] {
        let key = try pseudonymKey()
        var result: [String: String] = [:]
        var used: Set<String> = []
        for id in ids.sorted() where result[id] == nil {
            // A collision (40 bits: about one in a million for 1,000 people) moves to the next
            // counter value, deterministically.
            var counter = 0
            var alias: String
            repeat {
                alias = Pseudonym.make(key: key, message: Array((counter == 0 ? id : "\(id)#\(counter)").utf8))
                counter += 1
            } while used.contains(alias)
            used.insert(alias)
            result[id] = alias
        }
        return result
    }

    /// The workspace's pseudonym key, created (32 random bytes) on first use.
    func pseudonymKey() throws -> [UInt8] {
        try database.write { db in
            if let hex = try String.fetchOne(db, sql: "SELECT value FROM secret WHERE name = 'pseudonym-key'") {
                return Pseudonym.bytes(hex: hex)
            }
            var generator = SystemRandomNumberGenerator()
            let key = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
            try db.execute(sql: "INSERT INTO secret (name, value) VALUES ('pseudonym-key', ?)", arguments: [Pseudonym.hex(key)])
            return key
        }
    }
}

/// HMAC-SHA-256 pseudonyms (RFC 2104, swift-crypto) written in Crockford's base 32.
enum Pseudonym {
    static func make(key: [UInt8], message: [UInt8]) -> String {
        let mac = hmac(key: key, message: message)
        // 40 bits → 8 characters of Crockford base 32 (no I, L, O, U).
        let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        var bits = UInt64(0)
        for byte in mac.prefix(5) { bits = bits << 8 | UInt64(byte) }
        var text = ""
        for i in stride(from: 35, through: 0, by: -5) { text.append(alphabet[Int((bits >> UInt64(i)) & 31)]) }
        return "P-" + text
    }

    static func hmac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key)))
    }

    static func bytes(hex: String) -> [UInt8] {
        var result: [UInt8] = []
        var high: UInt8?
        for c in hex.utf8 {
            let v: UInt8 = c >= 97 ? c - 87 : c >= 65 ? c - 55 : c - 48
            if let h = high {
                result.append(h << 4 | v)
                high = nil
            } else {
                high = v
            }
        }
        return result
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
    }
}
