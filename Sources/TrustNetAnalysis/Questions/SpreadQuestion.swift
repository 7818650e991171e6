import TrustNet

/// A set of people a practice starts from.
public enum SeedSet: Sendable, Hashable {
    /// The coalition (recorded, else suggested: as ``CoalitionSource/automatic``).
    case coalition
    /// The top people by informal authority, as many as the coalition has (or ``SpreadOptions/size``).
    case sarahs
    /// The formal leaders.
    case formal
    /// People by id.
    case people(label: String, ids: [String])
}

/// `trustnet spread`, the report's spread section and the web app's: how far a practice would
/// travel from each seed set (``Graph/simulateSpread(from:model:runs:rounds:using:)``).
public struct SpreadOptions: Sendable, Equatable {
    public var seedSets: [SeedSet]
    public var model: SpreadModel
    /// Monte Carlo runs (cascade).
    public var runs: Int
    public var rounds: Int
    /// How many Sarahs; `nil`: as many as the coalition has.
    public var size: Int?
    /// The seed of the simulation: the same seed gives the same numbers, byte for byte.
    public var seed: UInt64
    /// Which coalition ``SeedSet/coalition`` is.
    public var coalition: CoalitionSource
    public var suggestion: CoalitionOptions

    /// The defaults every output uses: coalition, formal leaders and Sarahs side by side;
    /// independent cascade with p = 0.1 per unit of tie strength; 1,000 runs of 6 rounds;
    /// seed 1.
    public init(
        seedSets: [SeedSet] = [.coalition, .formal, .sarahs], model: SpreadModel = .cascade(probability: 0.1), runs: Int = 1_000, rounds: Int = 6,
        size: Int? = nil, seed: UInt64 = 1, coalition: CoalitionSource = .automatic, suggestion: CoalitionOptions = CoalitionOptions()
    ) {
        self.seedSets = seedSets
        self.model = model
        self.runs = runs
        self.rounds = rounds
        self.size = size
        self.seed = seed
        self.coalition = coalition
        self.suggestion = suggestion
    }
}

/// The answer: one curve per seed set.
public struct SpreadAnswer: Sendable {
    public struct Row: Sendable {
        public var seedSet: SeedSet
        /// The coalition, when the set is the coalition.
        public var coalition: CoalitionInUse?
        public var members: [Int]
        public var curve: SpreadCurve
    }

    public var rows: [Row]
    public var model: SpreadModel
    public var runs: Int
    public var rounds: Int
    public var seed: UInt64
    /// The relations a practice travels along.
    public var relations: Set<Relation>?
}

extension TermAnalysis {
    /// Spread from each seed set, each run with the same seed.
    ///
    /// - Parameter chosen: the coalition ``SeedSet/coalition`` stands for, when the caller has
    ///   already chosen it (the report); else it is chosen as `options` say.
    public func spread(_ options: SpreadOptions = SpreadOptions(), coalition chosen: CoalitionInUse? = nil) throws(AnalysisError) -> SpreadAnswer {
        let relations = network.influenceRelations
        let graph = network.graph(relations: relations)
        var coalitionInUse = chosen
        func coalition() throws(AnalysisError) -> CoalitionInUse {
            if let c = coalitionInUse { return c }
            let c = try self.coalition(options.coalition, suggestion: options.suggestion)
            coalitionInUse = c
            return c
        }
        var sets: [(set: SeedSet, coalition: CoalitionInUse?, members: [Int])] = []
        for set in options.seedSets {
            let members: [Int]
            var used: CoalitionInUse?
            switch set {
            case .coalition:
                used = try coalition()
                members = used!.members
            case .sarahs:
                let k: Int
                if let size = options.size { k = size } else { k = try coalition().members.count }
                members = Array(authority.ranking.prefix(k))
            case .formal:
                members = network.people.indices.filter { network.people[$0].isFormalLeader }
            case .people(_, let ids):
                members = try people(withIDs: ids)
            }
            sets.append((set, used, members))
        }
        // Each set with the same seed, side by side.
        let curves = graph.simulateSpread(fromEach: sets.map(\.members), model: options.model, runs: options.runs, rounds: options.rounds, seed: options.seed)
        let rows = zip(sets, curves).map { SpreadAnswer.Row(seedSet: $0.set, coalition: $0.coalition, members: $0.members, curve: $1) }
        return SpreadAnswer(rows: rows, model: options.model, runs: options.runs, rounds: options.rounds, seed: options.seed, relations: relations)
    }
}
