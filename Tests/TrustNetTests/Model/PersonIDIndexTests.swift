import Testing
import TrustNet

/// ``PersonIDIndex`` finds exactly what a `[String: Int]` of the same ids finds: ASCII ids
/// through its own table, other text as Swift strings compare (canonical equivalence).
@Suite struct PersonIDIndexTests {
    @Test func findsWhatADictionaryFinds() {
        var ids = (0..<5000).map { "\($0)" } + ["S1", "s1", "maria@x.org", "", " 7", "Zoë", "Zoe\u{308}x", "東京-3", "K", "e\u{301}", "007", "99999999", "1234567890"]
        ids.append("0")  // given twice: the last position, as a dictionary keeps
        let index = PersonIDIndex(ids)
        var reference: [String: Int] = [:]
        for (i, id) in ids.enumerated() { reference[id] = i }
        #expect(index.count == ids.count)
        #expect(!index.hasNoRepeats)
        let queries = ids + ["5000", "-1", "S2", "MARIA@X.ORG", "Zoe\u{308}", "Zoëx", "\u{212A}", "\u{E9}", "e", "00", "1 ", "07", "7", "099999999", "123456789", "+5", "5.0", "0"]
        for q in queries { #expect(index[q] == reference[q], "\(q.unicodeScalars.map { $0.value })") }
        #expect(index["0"] == ids.count - 1)
        // Canonically equal text finds the id written the other way.
        #expect(index["Zoëx"] == ids.firstIndex(of: "Zoe\u{308}x"))
        #expect(index["\u{E9}"] == ids.firstIndex(of: "e\u{301}"))
        #expect(index["\u{212A}"] == ids.firstIndex(of: "K"))
        #expect(PersonIDIndex(["a", "b"]).hasNoRepeats)
    }

    /// Plain numbers are found by value; numbers written otherwise ("007") and large ones by
    /// the table; a plain number that is no id is nobody, even beside "007".
    @Test func numbersAreFoundAsWritten() {
        let index = PersonIDIndex(["007", "3", "100000", "0"])
        #expect(index["007"] == 0)
        #expect(index["7"] == nil)
        #expect(index["3"] == 1)
        #expect(index["03"] == nil)
        #expect(index["100000"] == 2)
        #expect(index["0"] == 3)
        #expect(index["1"] == nil)
        #expect(index.hasNoRepeats)
        #expect(!PersonIDIndex(["12", "x", "12"]).hasNoRepeats)
        #expect(PersonIDIndex(["12", "x", "12"])["12"] == 2)
    }

    @Test func anASCIIIdFindsAnEqualIdWrittenOtherwise() {
        // "K" (ASCII) equals the Kelvin sign as Swift compares strings: found through the dictionary.
        let index = PersonIDIndex(["x", "\u{212A}"])
        #expect(index["K"] == 1)
        #expect(index["k"] == nil)
        #expect(PersonIDIndex([])["a"] == nil)
    }
}
