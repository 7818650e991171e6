import Testing
import TrustNet
import TrustNetAnalysis

/// A district roster with schools and departments: department pairs in different schools are
/// never "share nothing" findings by default; with `across` they are.
@Suite struct WithinSchoolTests {
    /// Lincoln has Maths and Science, Maple has Grade 1 and Grade 2; nobody shares with anyone,
    /// and each department asks its own head for advice.
    static var district: Network {
        let network = departments([("Maths", "Lincoln"), ("Science", "Lincoln"), ("Grade 1", "Maple"), ("Grade 2", "Maple")])
        // Some sharing, inside Maths.
        return Network(term: network.term, people: network.people, ties: network.ties + [Tie(source: 0, target: 1, relation: .sharing)], unitName: "department")
    }

    /// Three people per (department, school), the first of each asked for advice by the other two.
    static func departments(_ list: [(String, String)], unitName: String = "department") -> Network {
        var people: [Person] = []
        var ties: [Tie] = []
        for (d, (department, school)) in list.enumerated() {
            for k in 0..<3 {
                people.append(Person(id: "\(d)-\(k)", name: "\(department) \(school) \(k)", unit: department, attributes: ["school": school]))
                if k > 0 { ties.append(Tie(source: 3 * d + k, target: 3 * d, relation: .advice)) }
            }
        }
        return Network(term: Term(name: "t"), people: people, ties: ties, unitName: unitName)
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

    /// E-I and coupling compare departments within their school: a tie from Maths to Grade 1
    /// (two schools) is neither inside nor across departments; with `across` it crosses.
    @Test func eiAndCouplingCompareDepartmentsWithinTheirSchool() {
        var network = Self.district
        network = Network(
            term: network.term, people: network.people,
            ties: network.ties + [Tie(source: 1, target: 6, relation: .sharing), Tie(source: 4, target: 5, relation: .sharing)],
            unitName: network.unitName)
        let within = TermAnalysis(AnalysisTerm(network: network)).structure(relations: [.sharing], permutations: 0)
        // Inside Maths 0 → 1; across departments within Lincoln none (4 → 5 is inside Science).
        #expect(within.ei?.internal == 2 && within.ei?.external == 0)
        let maths = within.unitNames.firstIndex(of: "Maths")!, grade1 = within.unitNames.firstIndex(of: "Grade 1")!
        let science = within.unitNames.firstIndex(of: "Science")!
        #expect(within.coupling?.compared[maths][grade1] == false)
        #expect(within.coupling?.compared[maths][science] == true)
        let across = TermAnalysis(AnalysisTerm(network: network), options: AnalysisOptions(across: true)).structure(relations: [.sharing], permutations: 0)
        #expect(across.ei?.internal == 2 && across.ei?.external == 1)
        #expect(across.coupling?.compared[maths][grade1] == true)
    }

    /// Two elementary schools each with a Grade 1 team: within schools they are two units
    /// ("Grade 1 (Maple)", "Grade 1 (Oak)"), so a coalition covers each and the pre-mortem
    /// compares each with its own school's teams; with `across` they are one "Grade 1".
    @Test func aDepartmentNameInTwoSchoolsIsTwoUnits() throws {
        let network = Self.departments([("Grade 1", "Maple"), ("Grade 2", "Maple"), ("Grade 1", "Oak"), ("Grade 2", "Oak")], unitName: "team")
        let within = TermAnalysis(AnalysisTerm(network: network))
        #expect(within.network.units == ["Grade 1 (Maple)", "Grade 1 (Oak)", "Grade 2 (Maple)", "Grade 2 (Oak)"])
        let suggestion = try within.coalitionSuggestion(CoalitionOptions(size: 4))
        #expect(suggestion.suggestion.unitsCovered == 4)
        let across = TermAnalysis(AnalysisTerm(network: network), options: AnalysisOptions(across: true))
        #expect(across.network.units == ["Grade 1", "Grade 2"])
        // A roster whose departments are each in one school keeps their names.
        #expect(TermAnalysis(AnalysisTerm(network: Self.district)).network.units == ["Grade 1", "Grade 2", "Maths", "Science"])
    }
}
