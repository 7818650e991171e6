import Foundation
import Testing
import TrustNet
@testable import TrustNetIO

/// Ids that look alike are one person or an error, never two people; control characters in ids
/// and names are refused where they stand and never shown.
@Suite struct IdentityTextTests {
    func roster(_ text: String) throws -> Roster {
        try Roster.read(CSVReader(data: Array(text.utf8), fileName: "roster.csv"))
    }

    func error(_ text: String) -> InputError? {
        #expect(throws: InputError.self) { try roster(text) }
    }

    /// ASCII ids skip Foundation's passes: the key is what those passes give.
    @Test func asciiKeysAreFoundationsFolding() {
        var ascii = (0x20..<0x7F).map { String(UnicodeScalar(UInt8($0))) }
        ascii += ["S1", "Ann.Lee@X.ORG", "\u{01}A\u{7F}", "ID-007_b", ""]
        for text in ascii {
            #expect(IdentityText.key(text) == text.precomposedStringWithCompatibilityMapping.folding(options: [.caseInsensitive], locale: nil), "\(text)")
        }
        // Control characters and the rest of the controls and controls' check, by bytes.
        #expect(IdentityText.controlCharacter(in: "ab\u{85}c")?.code == "U+0085")
        #expect(IdentityText.controlCharacter(in: "ab\u{7F}")?.offset == 2)
        #expect(IdentityText.controlCharacter(in: "Zoë ¿\u{A0}") == nil)
    }

    @Test func keysFoldCaseWidthAndInvisibles() {
        #expect(IdentityText.key("S1") == IdentityText.key("s1"))
        #expect(IdentityText.key("S1") == IdentityText.key("Ｓ１"))
        #expect(IdentityText.key("S1") == IdentityText.key("S\u{200B}1"))
        #expect(IdentityText.key("S1") != IdentityText.key("S2"))
        #expect(IdentityText.controlCharacter(in: "An\u{0}n")! == ("U+0000", 2))
        #expect(IdentityText.controlCharacter(in: "Ann \u{202E}Lee") == nil)
    }

    /// "S1" and "s1" (or full-width, or with a zero-width space) on one roster: an error with
    /// both places (they became two people).
    @Test(arguments: ["s1", "Ｓ1", "S\u{200B}1"])
    func idsThatLookAlikeAreAnError(other: String) {
        let e = error("id,name\nS1,Ann Lee\nS2,Bo Diaz\n\(other),Cy Ng\n")
        #expect(e?.diagnostics.first?.line == 4)
        #expect(e?.diagnostics.first?.column == 1)
        #expect(e?.description.contains("the same as \"S1\" on line 2, column 1") == true, "\(e?.description ?? "")")
    }

    @Test func twoPeopleWithOneEmailAreAnError() {
        let e = error("id,name,email\nS1,Ann Lee,ann@x.org\nS2,Bo Diaz,ANN@x.org\n")
        #expect(e?.description.hasPrefix("roster.csv:3:12: error: e-mail \"ANN@x.org\" is also S1's (line 2, column 12)") == true, "\(e?.description ?? "")")
    }

    /// A NUL (or any control character) in an id, name, e-mail or title: refused at its
    /// column, and the message does not hold it (a NUL cut the stored name short and "S1\0x"
    /// renamed S1 in every term).
    @Test(arguments: [
        ("id,name\nS1\u{0}x,Ann\n", 2, 3), ("id,name\nS1,An\u{0}n\n", 2, 6), ("id,name,email\nS1,Ann,a\u{1B}[31m@x.org\n", 2, 9),
        ("id,name,title\nS1,Ann,Head\u{7}\n", 2, 12), ("id,name\nS1,\"Ann\nLee\"\n", 2, 7),
    ])
    func controlCharactersAreRefused(text: String, line: Int, column: Int) {
        let e = error(text)
        #expect(e?.diagnostics.first?.line == line)
        #expect(e?.diagnostics.first?.column == column, "\(e?.description ?? "")")
        #expect(e?.description.contains("control character") == true)
        #expect(e?.description.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" } == false)
    }

    /// Names in tie lists: a control character is refused with its place; ids that differ
    /// only by case or width name the roster's person.
    @Test func resolverRefusesControlsAndFoldsIDs() {
        let people = [Person(id: "S1", name: "Ann Lee"), Person(id: "S2", name: "Bo Diaz", email: "bo@x.org")]
        var resolver = NameResolver(people: people)
        var log = DiagnosticLog()
        #expect(resolver.resolve("S1\u{0}x", file: "t.csv", at: .init(line: 3, column: 5), log: &log) == nil)
        #expect(log.diagnostics.first?.description.hasPrefix("t.csv:3:7: error: this name holds a control character (U+0000, NUL)") == true)
        #expect(!log.diagnostics[0].description.contains("\u{0}"))
        #expect(resolver.resolve("s1", file: "t.csv", at: .init(line: 4, column: 1), log: &log) == 0)
        #expect(resolver.resolve("Ｓ２", file: "t.csv", at: .init(line: 5, column: 1), log: &log) == 1)
        #expect(resolver.resolve("BO@X.ORG", file: "t.csv", at: .init(line: 6, column: 1), log: &log) == 1)
        #expect(log.diagnostics.count == 1)
    }
}
