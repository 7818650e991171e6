/// One term's network: the people on the roster and their ties of every relation.
///
/// A `Network` is a value: load one from the workspace (or build one in code), then ask it for
/// a ``Graph`` of the relations a measure should see. Node `i` of every graph it builds is
/// `people[i]`.
public struct Network: Sendable {
    public let term: Term
    /// The people of the term, in a stable order (roster order).
    public let people: [Person]
    /// Ties of every relation, by index into ``people``.
    public let ties: [Tie]
    /// The unit column this network was loaded with (e.g. `"department"`), for display.
    public let unitName: String
    private let indexByID: [String: Int]
    /// Graphs of this network kept beside it (a workspace's graph cache), by relation, and of
    /// every relation summed: ``graph(relations:weights:)`` returns one instead of building it.
    private var keptGraphs: KeptGraphs?

    /// Graphs already built from a network's ties, each equal to what
    /// ``Network/graph(relations:weights:)`` builds with `.sum`.
    package struct KeptGraphs: Sendable {
        /// The graph of each relation that has ties.
        package var byRelation: [Relation: Graph]
        /// The graph of every relation, weights summed.
        package var all: Graph

        package init(byRelation: [Relation: Graph], all: Graph) {
            self.byRelation = byRelation
            self.all = all
        }
    }

    /// This network with graphs kept beside it. The caller vouches that each equals the graph
    /// built from ``ties`` (the workspace writes them from the same rows and drops them when
    /// the rows change).
    package func keeping(_ graphs: KeptGraphs) -> Network {
        precondition(graphs.all.nodeCount == people.count && graphs.byRelation.values.allSatisfy { $0.nodeCount == people.count })
        var copy = self
        copy.keptGraphs = graphs
        return copy
    }

    /// The kept graph ``graph(relations:weights:)`` would build, if there is one.
    private func keptGraph(relations: Set<Relation>?, weights: TieMerge) -> Graph? {
        guard weights == .sum, let kept = keptGraphs else { return nil }
        guard let relations else { return kept.all }
        let present = Set(kept.byRelation.keys)
        if present.isSubset(of: relations) { return kept.all }
        let asked = relations.intersection(present)
        if asked.count == 1 { return kept.byRelation[asked.first!] }
        return nil
    }

    public init(term: Term, people: [Person], ties: [Tie], unitName: String = "unit") {
        precondition(ties.allSatisfy { $0.source < people.count && $0.target < people.count && $0.source >= 0 && $0.target >= 0 })
        self.term = term
        self.people = people
        self.ties = ties
        self.unitName = unitName
        var index: [String: Int] = [:]
        for (i, p) in people.enumerated() { index[p.id] = i }
        self.indexByID = index
    }

    /// The index of the person with this id, or `nil`.
    public func index(ofPersonWithID id: String) -> Int? { indexByID[id] }

    /// The relations that have at least one tie, in display order.
    public var relations: [Relation] {
        // Kept graphs list them already: no need to hash every tie's relation.
        if let kept = keptGraphs { return kept.byRelation.keys.sorted() }
        return Set(ties.map(\.relation)).sorted()
    }

    /// The distinct units, sorted; people with no unit are not counted.
    public var units: [String] { Set(people.compactMap(\.unit)).sorted() }

    /// Each person's unit as an index into ``units``, `nil` for people with no unit. For
    /// measures that compare units (E-I, coupling, coalition coverage).
    public var unitOfPerson: [Int?] {
        let units = self.units
        var index: [String: Int] = [:]
        for (i, u) in units.enumerated() { index[u] = i }
        return people.map { $0.unit.flatMap { index[$0] } }
    }

    /// Each person's unit as an index into ``units``; people with no unit share the index
    /// `units.count` (for measures that need every person in some group: brokerage, a
    /// partition's modularity).
    public func unitIndices() -> [Int] {
        let count = units.count
        return unitOfPerson.map { $0 ?? count }
    }

    /// The graph of the ties of `relations` (all relations when `nil`), with parallel ties —
    /// the same pair named in several relations — merged by `weights`.
    ///
    /// - Complexity: O(n + m log m).
    public func graph(relations: Set<Relation>? = nil, weights: TieMerge = .sum) -> Graph {
        if let kept = keptGraph(relations: relations, weights: weights) { return kept }
        var builder = GraphBuilder(nodeCount: people.count)
        builder.reserveCapacity(ties.count)
        for tie in ties where relations?.contains(tie.relation) ?? true {
            builder.addTie(from: tie.source, to: tie.target, weight: tie.weight)
        }
        return builder.build(merging: weights)
    }
}
