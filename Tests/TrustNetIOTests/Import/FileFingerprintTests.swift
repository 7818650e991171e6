import Testing
@testable import TrustNetIO

/// FIPS 180-4 examples (NIST "SHA256.pdf" example values), as the import log writes them.
@Suite struct FileFingerprintTests {
    @Test func knownDigests() {
        #expect(FileFingerprint.sha256([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(FileFingerprint.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            FileFingerprint.sha256(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(FileFingerprint.sha256([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        // A roster's fingerprint as the hand-written SHA-256 wrote it into existing import logs.
        #expect(FileFingerprint.sha256(Array("id,name\nS1,Ann Lee\n".utf8)) == "0011b7516603fbb1d1a08c5e43e96830c2e5bdd5d3352636786ac3c4a197fcd5")
    }
}
