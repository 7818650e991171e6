import TrustNet

/// `trustnet spread --backtest ADOPTION.csv`: the spread models held against an observed
/// diffusion.
public struct SpreadBacktestOptions: Sendable, Equatable {
    /// Adopting contacts the threshold model needs.
    public var thresholdCount: Int
    /// Cascade runs per probability tried and for the scores.
    public var runs: Int
    /// Random orders for the baseline's band.
    public var randomOrders: Int
    /// The random seed: the same seed gives the same answer, byte for byte.
    public var seed: UInt64

    /// The defaults every output uses: threshold 2 (as `spread`), 1,000 runs, 1,000 random
    /// orders, seed 1.
    public init(thresholdCount: Int = 2, runs: Int = 1_000, randomOrders: Int = 1_000, seed: UInt64 = 1) {
        self.thresholdCount = thresholdCount
        self.runs = runs
        self.randomOrders = randomOrders
        self.seed = seed
    }
}

/// Adoption that leaves nothing to score.
public enum BacktestProblem: Error, Equatable, CustomStringConvertible {
    /// Nobody on the term's roster has a known adoption period.
    case noKnownAdoption(term: String)
    /// Fewer than two people adopted after the first period: there is no order to predict.
    case tooFewLaterAdopters(term: String, count: Int)

    public var description: String {
        switch self {
        case .noKnownAdoption(let term): "nobody on the roster of \(term) has a known adoption period: nothing to backtest"
        case .tooFewLaterAdopters(let term, let count):
            "\(count == 0 ? "nobody" : "only 1 person") on the roster of \(term) adopted after the first period: "
                + "a backtest needs at least two later adopters to compare orders"
        }
    }
}

/// The answer, encodable as the JSON of `trustnet spread --backtest --format json`.
public struct SpreadBacktestAnswer: Sendable, Encodable {
    /// One predicted order and its scores.
    public struct Model: Sendable, Encodable {
        /// `cascade`, `threshold`, `in-degree`, `random`.
        public var model: String
        /// The cascade's fitted probability, the threshold's count; `nil` otherwise.
        public var parameter: Double?
        public var spearman: Double
        public var adopterShare: Double
        /// For random orders: the 95 % band of each score.
        public var spearmanLow: Double?
        public var spearmanHigh: Double?
        public var adopterShareLow: Double?
        public var adopterShareHigh: Double?

        enum CodingKeys: String, CodingKey {
            case model, parameter, spearman
            case adopterShare = "adopter_share", spearmanLow = "spearman_low", spearmanHigh = "spearman_high"
            case adopterShareLow = "adopter_share_low", adopterShareHigh = "adopter_share_high"
        }
    }

    public var term: String
    /// The relations the practice travels along, in words ("advice and sharing ties").
    public var relations: String
    public var people: Int
    /// People with a known adoption period.
    public var knownAdopters: Int
    public var seeds: [PersonRef]
    /// People scored (known adoption after the first period).
    public var scored: Int
    public var periods: Int
    public var fittedProbability: Double
    public var fitError: Double
    public var observedCurve: [Double]
    public var fittedCurve: [Double]
    public var models: [Model]
    public var runs: Int
    public var randomOrders: Int
    public var seed: UInt64

    enum CodingKeys: String, CodingKey {
        case term, relations, people, seeds, scored, periods, models, runs, seed
        case knownAdopters = "known_adopters", fittedProbability = "fitted_probability", fitError = "fit_error"
        case observedCurve = "observed_curve", fittedCurve = "fitted_curve", randomOrders = "random_orders"
    }
}

extension TermAnalysis {
    /// Backtests the spread models on the term's network against `adoption` (person id →
    /// period; people not in it: never or unknown). A practice travels along
    /// ``Network/influenceRelations``, as in `trustnet spread`.
    ///
    /// - Throws: ``BacktestProblem`` when nobody on the roster has a known period, or fewer than
    ///   two adopted after the first.
    public func spreadBacktest(adoption: [String: Int], options: SpreadBacktestOptions = SpreadBacktestOptions()) throws(BacktestProblem) -> SpreadBacktestAnswer {
        let periods = network.people.map { adoption[$0.id] }
        let known = periods.compactMap { $0 }
        guard let first = known.min() else { throw .noKnownAdoption(term: network.term.name) }
        let later = known.count { $0 > first }
        guard later >= 2 else { throw .tooFewLaterAdopters(term: network.term.name, count: later) }
        let relations = network.influenceRelations
        let graph = network.graph(relations: relations)
        var generator = SeededGenerator(seed: options.seed)
        let b = graph.backtestSpread(
            adoption: periods, thresholdCount: options.thresholdCount, runs: options.runs, randomOrders: options.randomOrders, using: &generator)
        typealias Model = SpreadBacktestAnswer.Model
        let models = [
            Model(model: "cascade", parameter: b.fittedProbability, spearman: b.cascade.spearman, adopterShare: b.cascade.adopterShare),
            Model(model: "threshold", parameter: Double(b.thresholdCount), spearman: b.threshold.spearman, adopterShare: b.threshold.adopterShare),
            Model(model: "in-degree", parameter: nil, spearman: b.inDegree.spearman, adopterShare: b.inDegree.adopterShare),
            Model(
                model: "random", parameter: nil, spearman: b.randomSpearman.mean, adopterShare: b.randomAdopterShare.mean, spearmanLow: b.randomSpearman.low,
                spearmanHigh: b.randomSpearman.high, adopterShareLow: b.randomAdopterShare.low, adopterShareHigh: b.randomAdopterShare.high),
        ]
        return SpreadBacktestAnswer(
            term: network.term.name, relations: Wording.ties(relations.map { $0.intersection(network.relations) } ?? Set(network.relations)), people: network.people.count,
            knownAdopters: periods.count { $0 != nil }, seeds: b.seeds.map(ref), scored: b.scored.count,
            periods: b.periods, fittedProbability: b.fittedProbability, fitError: b.fitError, observedCurve: b.observedCurve, fittedCurve: b.fittedCurve,
            models: models, runs: b.runs, randomOrders: b.randomOrders, seed: options.seed)
    }
}
