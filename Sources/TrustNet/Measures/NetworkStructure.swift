/// The network-level measures `trustnet structure` reports for one graph and its units.
///
/// Computed once from a ``Network`` and a choice of relations; each field names the algorithm
/// it comes from (`Structure/` and `Communities/`), where the definitions and references are.
public struct NetworkStructure: Sendable {
    public var people: Int
    public var ties: Int
    /// ``Graph/density``, ``Graph/reciprocity``, ``Graph/transitivity``.
    public var density: Double
    public var reciprocity: Double
    public var transitivity: Double
    /// ``Graph/inDegreeCentralization``.
    public var inDegreeCentralization: Double
    public var weakComponents: Components
    public var strongComponents: Components
    public var isolates: [Int]
    /// Unit names (index = unit index of ``EIIndex/byUnit`` and the coupling matrix); empty
    /// when the roster has no unit column.
    public var unitNames: [String]
    /// ``Graph/eiIndex(units:permutations:using:)``; `nil` without units.
    public var ei: EIIndex?
    /// ``Graph/unitCoupling(units:unitCount:)``; `nil` without units.
    public var coupling: UnitCoupling?
    /// ``Graph/corePeriphery(maxMoves:)``.
    public var corePeriphery: CorePeriphery
    /// ``Graph/leidenCommunities(resolution:randomness:seed:maxIterations:)`` and its modularity.
    public var communities: Partition
    public var modularity: Double
    /// Modularity of the units taken as communities, and how far the communities found follow
    /// the units (normalized mutual information; 1 = the same groups). `nil` without units.
    public var unitModularity: Double?
    public var communityUnitAgreement: Double?

    /// Computes every network-level measure of `network`'s ties of `relations` (all when `nil`).
    ///
    /// - Parameters:
    ///   - permutations: shuffles for the E-I permutation test.
    ///   - seed: seeds both the permutation test and Leiden: same seed, same result.
    ///   - levelOf: each person's value of a higher level than the unit (a district's school),
    ///     to compare units only within it in E-I and coupling; `nil` compares every pair.
    public init(network: Network, relations: Set<Relation>? = nil, permutations: Int = 1_000, seed: UInt64 = 1, levelOf: [String?]? = nil) {
        let graph = network.graph(relations: relations)
        people = graph.nodeCount
        ties = graph.tieCount
        density = graph.density
        reciprocity = graph.reciprocity
        transitivity = graph.transitivity
        inDegreeCentralization = graph.inDegreeCentralization
        weakComponents = graph.weakComponents()
        strongComponents = graph.strongComponents()
        isolates = graph.isolates
        corePeriphery = graph.corePeriphery()
        communities = graph.leidenCommunities(seed: seed)
        modularity = graph.modularity(of: communities)
        unitNames = network.units
        if unitNames.isEmpty {
            ei = nil
            coupling = nil
            unitModularity = nil
            communityUnitAgreement = nil
        } else {
            let units = network.unitOfPerson
            var generator = SeededGenerator(seed: seed)
            let groups = levelOf.map(Self.groupIndices)
            ei = graph.eiIndex(units: units, groups: groups, permutations: permutations, using: &generator)
            coupling = graph.unitCoupling(units: units, unitCount: unitNames.count, groups: groups)
            let unitPartition = Partition(membership: network.unitIndices())
            unitModularity = graph.modularity(of: unitPartition)
            communityUnitAgreement = communities.normalizedMutualInformation(with: unitPartition)
        }
    }

    /// Each value as an index (in sorted order of the values), `nil` kept.
    static func groupIndices(_ values: [String?]) -> [Int?] {
        let distinct = Set(values.compactMap { $0 }).sorted()
        let index = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
        return values.map { $0.flatMap { index[$0] } }
    }

    /// Share of people in the largest weak component.
    public var largestComponentShare: Double {
        people > 0 ? Double(weakComponents.sizes.max() ?? 0) / Double(people) : 0
    }
}
