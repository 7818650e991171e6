import Testing
import TrustNet
@testable import TrustNetIO

/// The repeat check of ``TieCollector`` — people and (relation, term) packed into one word in a
/// ``TieKeyTable``, or a dictionary past the packing's bounds — merges exactly the ties given
/// twice (same people, relation and term) and nothing else.
@Suite struct TieCollectorTests {
    func tie(_ s: Int, _ t: Int, _ r: Relation = .advice, w: Double = 1, term: String = "t", line: Int = 1) -> ImportedTie {
        ImportedTie(source: s, target: t, relation: r, weight: w, term: term, line: line)
    }

    @Test func mergesOnlyTiesGivenTwice() {
        var collector = TieCollector(file: "f", repeatRule: .keepStrongest)
        var log = DiagnosticLog()
        let at = CSVRecord.FieldPosition(line: 1, column: 1)
        // People past 2²⁴ go through the dictionary; the rest through the packed table.
        let big = 1 << 24
        let given = [
            tie(1, 2, w: 2, line: 2), tie(2, 1, line: 3), tie(1, 2, .trust, line: 4), tie(1, 2, term: "u", line: 5), tie(big, 2, line: 6), tie(2, big, line: 7),
            tie(1, 2, w: 5, line: 8), tie(big, 2, w: 3, line: 9), tie(1, 2, .trust, w: 1, line: 10), tie(3, 3, line: 11), tie(big + 1, 2, line: 12),
        ]
        for t in given { collector.add(t, at: at, log: &log) }
        let result = collector.result(format: .tieList, rowCount: given.count, respondents: nil, log: log)
        #expect(result.ties.map(\.line) == [2, 3, 4, 5, 6, 7, 12])
        #expect(result.ties.map(\.weight) == [5, 1, 1, 1, 3, 1, 1])
        #expect(result.duplicatesMerged == 3)
        #expect(result.selfTies == 1)
        #expect(log.diagnostics.filter { $0.message.contains("already given on line 2") }.count == 1)
        #expect(log.diagnostics.filter { $0.message.contains("already given on line 6") }.count == 1)
    }

    @Test func meetingsAddUp() {
        var collector = TieCollector(file: "f", repeatRule: .add)
        var log = DiagnosticLog()
        let at = CSVRecord.FieldPosition(line: 1, column: 1)
        for k in 0..<5 { collector.add(tie(4, 7, .oneOnOne, line: k), at: at, log: &log) }
        collector.add(tie(7, 4, .oneOnOne), at: at, log: &log)
        #expect(collector.ties.map(\.weight) == [5, 1])
        #expect(log.diagnostics.isEmpty)
    }

    /// The table against a dictionary, through many growths and clustered keys.
    @Test func keyTableAgreesWithADictionary() {
        var table = TieKeyTable()
        var reference: [UInt64: Int] = [:]
        var random = SplitMix(seed: 7)
        for k in 0..<20_000 {
            // Keys that share low or high bits, and repeats.
            let key: UInt64 = [random.next() & 0xFFFF, random.next() << 48, UInt64(k % 5000), random.next()][k % 4]
            let expected = reference[key]
            if expected == nil { reference[key] = k }
            #expect(table.valueOrInsert(key, k) == expected)
        }
        #expect(table.count == reference.count)
        for (key, value) in reference { #expect(table.valueOrInsert(key, -5) == value) }
    }

    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
