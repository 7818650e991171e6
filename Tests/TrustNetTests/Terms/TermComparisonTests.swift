import Foundation
import Testing
@testable import TrustNet

/// Two small terms with turnover, drawn by hand.
///
/// Term 1 (2025-fall): a, b (unit X; a is Head of X), c, d (Y), e (Z).
///
///     advice:  b → a, c → a, a → b, d → c, e → d        sharing: b → c, d → e
///
/// Term 2 (2026-spring): d and e left; f (Y) and g (Z) joined.
///
///     advice:  b → a (3), a → b (1), c → b (2), f → c (1), g → a (1)     sharing: c → b (4)
///
/// Among the people on both rosters {a, b, c}: kept b → a, a → b (advice); new c → b (advice),
/// c → b (sharing); lost c → a (advice), b → c (sharing). d → c, e → d and d → e go to or from
/// people who left: not lost. f → c and g → a come from newcomers: not new.
enum TurnoverTerms {
    static func person(_ id: String, _ unit: String, _ title: String? = nil) -> Person {
        Person(id: id, name: id, unit: unit, title: title)
    }

    static func network(_ term: Term, _ people: [Person], _ ties: [(String, String, Relation, Double)]) -> Network {
        let index = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($1.id, $0) })
        return Network(
            term: term, people: people,
            ties: ties.map { Tie(source: index[$0.0]!, target: index[$0.1]!, relation: $0.2, weight: $0.3) }, unitName: "department")
    }

    static var first: Network {
        network(
            Term(name: "2025-fall", order: 0),
            [person("a", "X", "Head of X"), person("b", "X"), person("c", "Y"), person("d", "Y"), person("e", "Z")],
            [
                ("b", "a", .advice, 1), ("c", "a", .advice, 1), ("a", "b", .advice, 1), ("d", "c", .advice, 1), ("e", "d", .advice, 1),
                ("b", "c", .sharing, 1), ("d", "e", .sharing, 1),
            ])
    }

    static var second: Network {
        network(
            Term(name: "2026-spring", order: 1),
            [person("a", "X", "Head of X"), person("b", "X"), person("c", "Y"), person("f", "Y"), person("g", "Z")],
            [
                ("b", "a", .advice, 3), ("a", "b", .advice, 1), ("c", "b", .advice, 2), ("f", "c", .advice, 1), ("g", "a", .advice, 1),
                ("c", "b", .sharing, 4),
            ])
    }
}

@Suite struct TermComparisonTests {
    @Test func peopleJoinLeaveAndStay() {
        let c = TermComparison(previous: TurnoverTerms.first, current: TurnoverTerms.second)
        #expect(c.joined == ["f", "g"])
        #expect(c.left == ["d", "e"])
        #expect(c.stayed == ["a", "b", "c"])
    }

    @Test func tiesToPeopleWhoLeftAreNotLost() {
        let c = TermComparison(previous: TurnoverTerms.first, current: TurnoverTerms.second)
        #expect(c.ties == TieChange(kept: 2, new: 2, lost: 2))
        #expect(c.byRelation[.advice] == TieChange(kept: 2, new: 1, lost: 1))
        #expect(c.byRelation[.sharing] == TieChange(kept: 0, new: 1, lost: 1))
        #expect(c.tiesWithLeavers == 3)
        #expect(c.tiesWithNewcomers == 2)
        #expect(c.ties.keptShare == 0.5)
    }

    @Test func oneRelation() {
        let c = TermComparison(previous: TurnoverTerms.first, current: TurnoverTerms.second, relations: [.advice])
        #expect(c.ties == TieChange(kept: 2, new: 1, lost: 1))
        #expect(c.tiesWithLeavers == 2 && c.tiesWithNewcomers == 2)
        #expect(c.byRelation.keys.sorted() == [.advice])
    }

    /// The same term twice: everything kept, nobody moves.
    @Test func sameTermKeepsEverything() {
        let c = TermComparison(previous: TurnoverTerms.first, current: TurnoverTerms.first)
        #expect(c.ties == TieChange(kept: 7, new: 0, lost: 0))
        #expect(c.joined.isEmpty && c.left.isEmpty && c.stayed.count == 5)
    }

    /// A classic panel, Kapferer's tailor shop (39 workers, instrumental and sociational ties at
    /// two times), with turnover built in: workers 3, 16 and 19 leave after time 1 and two
    /// newcomers join at time 2 with three ties. Reference counts from the CSV with Python set
    /// arithmetic (Datasets/kapferer_tailor_shop/ties.csv):
    ///
    ///     w1 = {(s, t, r) at wave 1}; w2 = {(s, t, r) at wave 2, neither end a leaver}
    ///     a = {x in w1 : neither end a leaver}
    ///     kept = |a ∩ w2|, new = |w2 − a|, lost = |a − w2|, with leavers = |w1 − a|
    ///
    /// instrumental: kept 26, new 80, lost 37, 46 ties with leavers;
    /// both relations: kept 158, new 272, lost 119, 148 ties with leavers
    /// (counting every time-1 tie missing at time 2 as lost would give 83 and 267).
    @Test func kapfererTailorShopWithTurnover() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Datasets/kapferer_tailor_shop")
        let peopleText = try String(contentsOf: folder.appendingPathComponent("people.csv"), encoding: .utf8)
        let workers = peopleText.split(separator: "\n").dropFirst().map { line -> Person in
            let cells = line.split(separator: ",").map(String.init)
            return Person(id: cells[0], name: cells[1])
        }
        #expect(workers.count == 39)
        let rows = try String(contentsOf: folder.appendingPathComponent("ties.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        let leavers: Set<String> = ["3", "16", "19"]
        let time1 = TurnoverTerms.network(
            Term(name: "time 1", order: 0), workers, rows.filter { $0[4] == "1" }.map { ($0[0], $0[1], Relation($0[2])!, 1) })
        let stayers = workers.filter { !leavers.contains($0.id) }
        let newcomers = [Person(id: "N1", name: "NEWCOMER ONE"), Person(id: "N2", name: "NEWCOMER TWO")]
        let time2Ties = rows.filter { $0[4] == "2" && !leavers.contains($0[0]) && !leavers.contains($0[1]) }.map {
            ($0[0], $0[1], Relation($0[2])!, 1.0)
        }
        let time2 = TurnoverTerms.network(
            Term(name: "time 2", order: 1), stayers + newcomers,
            time2Ties + [("N1", "5", "instrumental", 1), ("5", "N1", "sociational", 1), ("N2", "N1", "instrumental", 1)])

        let instrumental = TermComparison(previous: time1, current: time2, relations: ["instrumental"])
        #expect(instrumental.ties == TieChange(kept: 26, new: 80, lost: 37))
        #expect(instrumental.tiesWithLeavers == 46)
        #expect(instrumental.tiesWithNewcomers == 2)
        let both = TermComparison(previous: time1, current: time2)
        #expect(both.ties == TieChange(kept: 158, new: 272, lost: 119))
        #expect(both.tiesWithLeavers == 148 && both.tiesWithNewcomers == 3)
        #expect(both.byRelation["instrumental"] == instrumental.ties)
        #expect(both.left == ["3", "16", "19"] && both.joined == ["N1", "N2"] && both.stayed.count == 36)
        // Every tie of time 1 is either among stayers (kept or lost) or with a leaver.
        #expect(both.ties.kept + both.ties.lost + both.tiesWithLeavers == rows.count { $0[4] == "1" })
    }
}
