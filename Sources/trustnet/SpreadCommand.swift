import ArgumentParser
import TrustNet
import TrustNetAnalysis
import TrustNetIO
import TrustNetReport
import TrustNetStore

struct SpreadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spread",
        abstract: "Simulate a practice spreading from a seed set: coalition, Sarahs, formal leaders or named people.",
        discussion: """
            A practice travels against the direction of an advice tie: whoever turns to an
            adopter can pick it up from them (advice and sharing ties; all ties when there
            are neither).

            Models:
              cascade    each adopter passes it to each colleague who turns to them with
                         probability 1 − (1 − p)^weight (--probability p, default 0.1)
              threshold  a person adopts once at least K of the people they turn to have
                         (--threshold K, default 2): adaptive practices need reinforcement;
                         deterministic
            Give --seeds several times to compare seed sets side by side (default:
            coalition, formal and sarahs, as the report shows them):
              coalition  the coalition recorded for the term (or the latest earlier one),
                         else the one trustnet coalition suggest gives with its defaults
              sarahs     the top --size people by informal authority (default: as many
                         as the coalition has)
              formal     the formal leaders (roster title or role)
              NAMES      ids or names separated by ;

            Output: one row per seed set and round with the mean share adopted and a 95 %
            band over --runs runs. The same --seed gives the same numbers, byte for byte.

            Examples:
              trustnet spread --seeds sarahs --seeds formal
              trustnet spread --seeds coalition --model threshold --threshold 2 --rounds 8
              trustnet spread --seeds "S0022;S0007" --runs 5000 --seed 7 --format csv

            --backtest ADOPTION.csv (id,adopted: a period 1, 2, … or a date, read as its
            month; empty = never or unknown) seeds both models with the earliest adopters
            and scores how well each predicts who adopted next: Spearman rank correlation
            over the later adopters, and the share of actual adopters among the people
            predicted first, beside the most-named-first order and random orders (a 95 %
            band over --runs orders). The cascade probability is fitted to the adoption
            curve.
              trustnet spread --backtest adoption.csv --threshold 2 --seed 7
            """
    )

    enum Model: String, ExpressibleByArgument, CaseIterable { case cascade, threshold }

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var termOptions: TermOptions
    @OptionGroup var analysis: AnalysisOptionGroup
    @OptionGroup var output: FormatOptions

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("coalition, sarahs, formal or NAMES (;-separated); repeat to compare.", valueName: "SET"))
    var seeds: [String] = []
    @Option(name: .long, help: "cascade or threshold.")
    var model: Model = .cascade
    @Option(name: .long, help: "Cascade: chance that one unit of tie strength passes the practice.")
    var probability = 0.1
    @Option(name: .long, help: "Threshold: adopting contacts needed to adopt.")
    var threshold = 2
    @Option(name: .long, help: "Monte Carlo runs (cascade).")
    var runs = SpreadOptions().runs
    @Option(name: .long, help: "Rounds to simulate.")
    var rounds = SpreadOptions().rounds
    @Option(name: .long, help: "How many Sarahs when --seeds sarahs (default: as many as the coalition has).")
    var size: Int?
    @Option(name: .long, help: "Random seed (same seed, same result).")
    var seed: UInt64 = SpreadOptions().seed
    @Option(name: .long, help: ArgumentHelp("Score the models against observed adoption (id,adopted) instead of simulating.", valueName: "ADOPTION.csv"))
    var backtest: String?

    func validate() throws {
        if backtest != nil && !seeds.isEmpty { throw ValidationError("--backtest seeds with the earliest adopters of the file: leave out --seeds") }
        if !(0...1).contains(probability) { throw ValidationError("--probability must be between 0 and 1") }
        if threshold < 1 { throw ValidationError("--threshold needs at least 1") }
        if runs < 1 || rounds < 1 || (size ?? 1) < 1 { throw ValidationError("--runs, --rounds and --size need at least 1") }
    }

    func run() throws {
        let store = try workspace.open()
        let term = TermAnalysis(try store.analysisTerm(termOptions.term, unitColumn: termOptions.unit), options: analysis.options)
        let network = term.network
        if let header = analysis.header { Console.line(header) }
        if let backtest {
            let options = SpreadBacktestOptions(thresholdCount: threshold, runs: runs, randomOrders: runs, seed: seed)
            return try SpreadBacktestRun.run(file: backtest, term: term, options: options, format: output.format)
        }
        var options = SpreadOptions(
            model: model == .cascade ? .cascade(probability: probability) : .threshold(count: threshold), runs: runs, rounds: rounds, size: size,
            seed: seed)
        if !seeds.isEmpty { options.seedSets = try seeds.map { try seedSet($0, network: network) } }
        let answer = try term.spread(options)
        for row in answer.rows {
            if let coalition = row.coalition {
                for note in Wording.notes(coalition, term: network.term.name) { Console.line("note: " + note) }
            }
            if row.seedSet == .formal && row.members.isEmpty { Console.line("note: nobody on the roster is marked a formal leader") }
            Console.line("\(Wording.seedSet(row.seedSet)) (\(Wording.people(row.members.count))): \(Wording.percent(row.curve.final)) adopt within \(rounds) rounds")
        }
        Console.output(ResultTable.spread(answer).rendered(as: output.format))
    }

    /// The seed set named by `text`.
    func seedSet(_ text: String, network: Network) throws -> SeedSet {
        switch text.lowercased() {
        case "coalition": return .coalition
        case "sarahs": return .sarahs
        case "formal": return .formal
        default:
            let names = text.split(separator: ";").map(String.init)
            let people = try PersonMatcher(people: network.people).indices(of: names, in: network)
            return .people(label: text, ids: people.map { network.people[$0].id })
        }
    }
}
