import Testing
import TrustNet
import TrustNetAnalysis

/// A district roster with schools and departments: department pairs in different schools are
/// never "share nothing" findings by default; with `across` they are.
@Suite struct WithinSchoolTests {
    /// Lincoln has Maths and Science, Maple has Grade 1 and Grade 2; nobody shares with anyone,
    /// and each department asks its own head for advice.
    static var district: Network {
        let departments = [("Maths", "Lincoln"), ("Science", "Lincoln"), ("Grade 1", "Maple"), ("Grade 2", "Maple")]
        var people: [Person] = []
        var ties: [Tie] = []
        for (d, (department, school)) in departments.enumerated() {
            for k in 0..<3 {
                people.append(Person(id: "\(d)-\(k)", name: "\(department) \(k)", unit: department, attributes: ["school": school]))
                if k > 0 { ties.append(Tie(source: 3 * d + k, target: 3 * d, relation: .advice)) }
            }
        }
        ties.append(Tie(source: 0, target: 1, relation: .sharing))  // some sharing, inside Maths
        return Network(term: Term(name: "t"), people: people, ties: ties, unitName: "department")
    }

    static func pairs(_ options: AnalysisOptions) throws -> (Set<String>, String?) {
        let analysis = TermAnalysis(AnalysisTerm(network: district), options: options)
        let answer = try analysis.premortem(PremortemOptions(coalition: .suggested, suggestion: CoalitionOptions(size: 2), limit: 10))
        var pairs = Set<String>()
        for finding in answer.findings where finding.kind == .noLateralSharing {
            if case .noLateralSharing(let pair, _, _) = finding.detail { pairs.insert("\(pair.first)|\(pair.second)") }
            // Past three pairs the rest are summed up, with up to three examples: here all of them.
            if case .moreWithoutSharing(let count, let examples) = finding.detail {
                #expect(count == examples.count)
                for pair in examples { pairs.insert("\(pair.first)|\(pair.second)") }
            }
        }
        return (pairs, answer.comparedWithin)
    }

    @Test func departmentsAreComparedWithinTheirSchool() throws {
        let (within, column) = try Self.pairs(AnalysisOptions())
        #expect(column == "school")
        #expect(within == ["Maths|Science", "Grade 1|Grade 2"])
        let (across, none) = try Self.pairs(AnalysisOptions(across: true))
        #expect(none == nil)
        #expect(across.count == 6 && across.isSuperset(of: within) && across.contains("Grade 1|Maths"))
    }
}
