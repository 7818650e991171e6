/// One term as growth reads it: its network, how many answered, and its coalition.
public struct GrowthTerm: Sendable {
    public var network: Network
    /// People who answered the term's survey (the workspace's count).
    public var respondents: Int
    /// The coalition of the term, as person ids; ids not on the roster are ignored.
    public var coalition: [String]
    /// Each person's value of a higher level (a district's school): the E-I index compares
    /// units only within it; `nil` compares every pair.
    public var levelOf: [String?]?
    /// The relations this term is looked at along when not the growth's own: a term without
    /// advice (or sharing) ties read along what stands in for advice in it.
    public var relations: Set<Relation>?

    public init(network: Network, respondents: Int, coalition: [String] = [], levelOf: [String?]? = nil, relations: Set<Relation>? = nil) {
        self.network = network
        self.respondents = respondents
        self.coalition = coalition
        self.levelOf = levelOf
        self.relations = relations
    }

    /// The coalition as person indices of ``network``, in the order recorded, without
    /// duplicates or people not on the roster.
    public var coalitionMembers: [Int] {
        var seen = Set<Int>()
        return coalition.compactMap(network.index(ofPersonWithID:)).filter { seen.insert($0).inserted }
    }
}

/// One row of the growth table: a term's network, its coalition, and its change since the
/// previous term. Fields that compare with the previous term are `nil` on the first term.
public struct GrowthRow: Sendable {
    public var term: String
    public var people: Int
    public var respondents: Int
    /// Ties of the relations looked at, each (source, target, relation) once.
    public var ties: Int
    /// Against the previous term: joiners, leavers and ties kept / new / lost.
    public var comparison: TermComparison?
    /// ``Graph/density``, ``Graph/reciprocity`` and ``Graph/inDegreeCentralization`` of the
    /// graph of the relations looked at.
    public var density: Double
    public var reciprocity: Double
    public var centralization: Double
    /// ``Graph/eiIndex(units:permutations:using:)`` of that graph; `nil` without units or ties
    /// between people with a unit.
    public var ei: EIIndex?
    /// Members of the term's coalition on its roster, in the order recorded.
    public var coalition: [String]
    /// Members of the previous term's coalition still on the roster and still in the coalition.
    public var coalitionRetained: [String]?
    /// Members of the previous term's coalition who are not in this one (left the staff or
    /// the coalition).
    public var coalitionNotRetained: [String]?
    /// ``TwoStepReach`` of the coalition (along advice and sharing, whatever relations are looked at).
    public var reach: TwoStepReach
    /// ``CoalitionDepth`` of the coalition's ties of the relations looked at.
    public var depth: CoalitionDepth
    /// ``Network/adviceToFormalShare``.
    public var adviceToFormalShare: Double?
    /// ``PeripheryToCore`` ids.
    public var peripheryToCore: [String]?
    /// ``NewSarahs`` ids.
    public var newSarahs: [String]?

    /// Share of ties between different units, E / (E + I) of ``ei``.
    public var crossUnitShare: Double? {
        guard let ei, ei.external + ei.internal > 0 else { return nil }
        return Double(ei.external) / Double(ei.external + ei.internal)
    }

    /// The value of a column; `nil` when it has none (an empty cell). `term` is text: `nil` here,
    /// read ``term``.
    public subscript(column: GrowthColumn) -> Double? {
        func count(_ x: Int?) -> Double? { x.map(Double.init) }
        func finite(_ x: Double?) -> Double? { x.flatMap { $0.isFinite ? $0 : nil } }
        return switch column {
        case .term: nil
        case .people: count(people)
        case .respondents: count(respondents)
        case .ties: count(ties)
        case .kept: count(comparison?.ties.kept)
        case .new: count(comparison?.ties.new)
        case .lost: count(comparison?.ties.lost)
        case .density: finite(density)
        case .reciprocity: finite(reciprocity)
        case .centralization: finite(centralization)
        case .eiIndex: finite(ei?.observed)
        case .crossUnitShare: finite(crossUnitShare)
        case .coalitionSize: count(coalition.count)
        case .coalitionRetained: count(coalitionRetained?.count)
        case .coalitionReach1: reach.reach1
        case .coalitionReach2: reach.reach2
        case .unitsReached: count(reach.unitsReached)
        case .adviceToFormalShare: finite(adviceToFormalShare)
        case .coalitionTieStrength: finite(depth.all.meanWeight)
        case .coalitionReciprocity: finite(depth.all.reciprocity)
        case .peripheryToCore: count(peripheryToCore?.count)
        case .newSarahs: count(newSarahs?.count)
        case .joined: count(comparison?.joined.count)
        case .left: count(comparison?.left.count)
        }
    }
}

/// The network and the coalition term over term: spread, depth, sustainability and ownership
/// (Coburn 2003), one ``GrowthRow`` per term.
///
/// Definition: for each term, on the graph of the relations looked at (all when `nil`,
/// parallel relations merged by summing weights): people, respondents, ties, density,
/// reciprocity, in-degree centralization, E-I index and share of ties crossing units; the
/// coalition's size, its ``TwoStepReach`` (always along advice and sharing, in the direction of naming, as the
/// coalition's influence travels), units reached and ``CoalitionDepth``; the share of advice
/// going to formal leaders. Against the previous term: ``TermComparison`` (ties kept / new /
/// lost among people on both rosters), coalition members retained, ``PeripheryToCore`` and
/// ``NewSarahs``. ``GrowthColumn`` lists the columns and the dimension each measures.
///
/// - Parameters:
///   - terms: the terms in order.
///   - baseline: the term before the first, when the table starts after the first term: the
///     first row is then compared with it (it gets no row of its own).
///   - relations: the relations looked at (all when `nil`); a term's own
///     ``GrowthTerm/relations`` replace them for that term, and a term read along other relations
///     than the one before it gets no ``TermComparison``.
///   - sarahsTop: how many of the informal-authority ranking count as Sarahs (10).
/// - Complexity: per term O(n·m) (betweenness inside ``InformalAuthority``) plus the
///   core–periphery search; the rest is O(n + m).
///
/// Directed, as each measure; weights only in ``CoalitionDepth`` and ``InformalAuthority``;
/// disconnected networks are fine.
///
/// Reference: Coburn, C. E. (2003). Rethinking scale: moving beyond numbers to deep and lasting
/// change. *Educational Researcher* 32(6), 3–12. DOI 10.3102/0013189X032006003.
///
/// Example: two terms of {a, b, c} then {a, b, d}, advice a → b, b → c then a → b, b → a, d → a;
/// the second row has kept 1, new 1, lost 0, joined 1, left 1, density 3/6.
public struct Growth: Sendable {
    public let relations: Set<Relation>?
    public let rows: [GrowthRow]

    public init(terms: [GrowthTerm], baseline: GrowthTerm? = nil, relations: Set<Relation>? = nil, sarahsTop: Int = 10) {
        self.relations = relations
        var rows: [GrowthRow] = []
        var previous: (term: GrowthTerm, split: CorePeriphery, authority: InformalAuthority)? = nil
        if let baseline {
            let network = baseline.network
            previous = (baseline, network.graph(relations: baseline.relations ?? relations).corePeriphery(), InformalAuthority(network: network))
        }
        for term in terms {
            let network = term.network
            let lookedAt = term.relations ?? relations
            let graph = network.graph(relations: lookedAt)
            let members = term.coalitionMembers
            let memberIDs = members.map { network.people[$0].id }
            let split = graph.corePeriphery()
            let authority = InformalAuthority(network: network)

            var ei: EIIndex? = nil
            if !network.units.isEmpty {
                let units = network.unitOfPerson
                var generator = SeededGenerator(seed: 1)  // no permutations: the generator is not used
                let index = graph.eiIndex(units: units, groups: term.levelOf.map(NetworkStructure.groupIndices), permutations: 0, using: &generator)
                if index.external + index.internal > 0 { ei = index }
            }

            var row = GrowthRow(
                term: network.term.name, people: network.people.count, respondents: term.respondents,
                ties: network.ties.count { lookedAt?.contains($0.relation) ?? true },
                comparison: nil, density: graph.density, reciprocity: graph.reciprocity, centralization: graph.inDegreeCentralization,
                ei: ei, coalition: memberIDs, coalitionRetained: nil, coalitionNotRetained: nil, reach: TwoStepReach(network: network, members: members),
                depth: CoalitionDepth(network: network, members: members, relations: lookedAt),
                adviceToFormalShare: network.adviceToFormalShare, peripheryToCore: nil, newSarahs: nil)
            if let previous {
                let before = previous.term.network
                // Ties kept, new and lost only between terms read along the same relations.
                if (previous.term.relations ?? relations) == lookedAt {
                    row.comparison = TermComparison(previous: before, current: network, relations: lookedAt)
                }
                let stillIn = Set(memberIDs)
                let previousMembers = previous.term.coalitionMembers.map { before.people[$0].id }
                row.coalitionRetained = previousMembers.filter { stillIn.contains($0) }
                row.coalitionNotRetained = previousMembers.filter { !stillIn.contains($0) }
                row.peripheryToCore = PeripheryToCore(previous: before, previousSplit: previous.split, current: network, currentSplit: split).people
                row.newSarahs = NewSarahs(
                    previous: before, previousAuthority: previous.authority, current: network, currentAuthority: authority, top: sarahsTop
                ).people
            }
            rows.append(row)
            previous = (term, split, authority)
        }
        self.rows = rows
    }
}
