import GRDB
import Testing
@testable import TrustNetStore

/// RFC 4231 HMAC-SHA-256 test cases 1, 2 and 6 (a key longer than the block), and pseudonyms.
@Suite struct PseudonymTests {
    @Test func hmacKnownValues() {
        #expect(Pseudonym.hex(Pseudonym.hmac(key: [UInt8](repeating: 0x0b, count: 20), message: Array("Hi There".utf8)))
            == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        #expect(Pseudonym.hex(Pseudonym.hmac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)))
            == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(Pseudonym.hex(Pseudonym.hmac(
            key: [UInt8](repeating: 0xaa, count: 131), message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)))
            == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    /// A workspace made before swift-crypto keeps its pseudonyms: the same stored key gives the
    /// same HMAC, hence the same pseudonym. The expected values were computed with the
    /// hand-written HMAC-SHA-256 this replaced (commit 40ec210) and agree with Python's
    /// `hmac.new(key, id, hashlib.sha256)`.
    @Test func existingWorkspaceKeepsItsPseudonyms() throws {
        let workspace = try Workspace()
        let key = (0..<32).map { UInt8($0 * 7 + 3) }
        #expect(Pseudonym.hex(key) == "030a11181f262d343b424950575e656c737a81888f969da4abb2b9c0c7ced5dc")
        try workspace.database.write { db in
            try db.execute(sql: "INSERT INTO secret (name, value) VALUES ('pseudonym-key', ?)", arguments: [Pseudonym.hex(key)])
        }
        let pseudonyms = try workspace.pseudonyms(for: ["S1", "S2", "ann@x.org", "María García"])
        #expect(pseudonyms == ["S1": "P-FV8SKP3K", "S2": "P-Y7PA39Z6", "ann@x.org": "P-56XN9KRN", "María García": "P-1JKJBC39"])
        // The collision rule's second try for S1 ("S1#1"), computed the same way.
        #expect(Pseudonym.make(key: key, message: Array("S1#1".utf8)) == "P-WQ6JPK8S")
    }

    /// The same workspace gives the same pseudonyms every time; another workspace (another key)
    /// gives others; all are distinct and in the documented form.
    @Test func stablePerWorkspace() throws {
        let ids = (1...500).map { "S\($0)" }
        let a = try Workspace(), b = try Workspace()
        let first = try a.pseudonyms(for: ids), again = try a.pseudonyms(for: ids.reversed()), other = try b.pseudonyms(for: ids)
        #expect(first == again)
        #expect(first != other)
        #expect(Set(first.values).count == 500)
        // "P-" and eight Crockford base-32 characters (no I, L, O, U).
        let alphabet = Set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        #expect(first.values.allSatisfy { $0.hasPrefix("P-") && $0.count == 10 && $0.dropFirst(2).allSatisfy(alphabet.contains) })
    }
}
