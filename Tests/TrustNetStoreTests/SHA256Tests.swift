import Testing
@testable import TrustNetStore

/// FIPS 180-4 examples (NIST "SHA256.pdf" example values).
@Suite struct SHA256Tests {
    @Test func knownDigests() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // Two blocks after padding, and a million bytes.
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

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
