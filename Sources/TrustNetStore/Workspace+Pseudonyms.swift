import Crypto
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

extension Workspace {
    /// Stable pseudonyms for `ids`: "P-" and eight letters or digits derived from the id with
    /// HMAC-SHA-256 under a random key kept in this workspace, or in `keyFile` when one is
    /// named. The same person gets the same pseudonym in every term and every output under one
    /// key; without the key nobody can link a pseudonym back to a person (ids are not guessable
    /// from it). Whoever holds the key and the roster can: the workspace is as sensitive as the
    /// roster, and `keyFile` keeps the key apart from it (NIST SP 800-188, pseudonymization
    /// with a keyed hash whose key is kept separately).
    ///
    /// - Parameter keyFile: a file holding the key as 64 hexadecimal digits; created (mode 0600,
    ///   never through a symbolic link) with a new random key when missing.
    /// - Throws: ``WorkspaceError/readOnlyWithoutKey(path:)`` when the key would have to be
    ///   created in a workspace that cannot be written; ``WorkspaceError/badKeyFile(path:reason:)``.
    public func pseudonyms(for ids: [String], keyFile: String? = nil) throws -> [String: String] {
        let key = try keyFile.map(PseudonymKeyFile.key(at:)) ?? pseudonymKey()
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

    /// The workspace's pseudonym key, created (32 random bytes) on first use. Read without
    /// writing when it exists, so `--anonymize` works on a read-only workspace.
    func pseudonymKey() throws -> [UInt8] {
        let select = "SELECT value FROM secret WHERE name = 'pseudonym-key'"
        if let hex = try database.read({ db in try String.fetchOne(db, sql: select) }) { return Pseudonym.bytes(hex: hex) }
        do {
            var key: [UInt8] = []
            // IMMEDIATE: the write lock first, so a reader upgrading cannot deadlock with another.
            try database.inTransaction(.immediate) { db in
                if let hex = try String.fetchOne(db, sql: select) {
                    key = Pseudonym.bytes(hex: hex)
                    return .commit
                }
                key = PseudonymKeyFile.randomKey()
                try db.execute(sql: "INSERT INTO secret (name, value) VALUES ('pseudonym-key', ?)", arguments: [Pseudonym.hex(key)])
                return .commit
            }
            return key
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN {
            throw WorkspaceError.readOnlyWithoutKey(path: path)
        }
    }
}

/// A pseudonym key kept in a file of its own (`--key-file`): 64 hexadecimal digits.
enum PseudonymKeyFile {
    static func randomKey() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    /// The key in the file at `path`, created with a new random key when there is no file.
    static func key(at path: String) throws -> [UInt8] {
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            let key = randomKey()
            let text = Array((Pseudonym.hex(key) + "\n").utf8)
            let written = text.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            let closed = Glibc.close(descriptor)
            guard written == text.count, closed == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(path)
                throw WorkspaceError.badKeyFile(path: path, reason: "it could not be written (\(reason))")
            }
            return key
        }
        guard errno == EEXIST else { throw WorkspaceError.badKeyFile(path: path, reason: String(cString: strerror(errno))) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WorkspaceError.badKeyFile(path: path, reason: "it cannot be read")
        }
        let hex = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard hex.utf8.count >= 32, hex.utf8.count % 2 == 0, hex.allSatisfy(\.isHexDigit) else {
            throw WorkspaceError.badKeyFile(path: path, reason: "it should hold a key of at least 32 hexadecimal digits, as trustnet writes when the file does not exist")
        }
        return Pseudonym.bytes(hex: hex)
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
