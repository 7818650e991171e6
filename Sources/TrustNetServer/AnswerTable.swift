import TrustNet
import TrustNetAnalysis
import TrustNetIO
import TrustNetReport
import TrustNetStore

/// The tables the commands print with `--format json|csv`, by name. One table serves
/// `/api/NAME` (JSON), `/csv/NAME.csv` and the page `/NAME`, so all three show what the command
/// computes for the same options.
enum AnswerTable: String, CaseIterable, Sendable {
    case terms, sarahs, coalition, premortem, onramps, spread, growth

    /// The table and the sentences the command prints beside it (from the wording layer).
    struct Answer {
        var table: ResultTable
        var lines: [String] = []
    }

    /// `trustnet NAME --format json` with the query's options, kept while the workspace stays
    /// the same.
    func answer(_ workspace: ServedWorkspace, _ query: Query) throws -> Answer {
        let term = self == .terms || !workspace.exists ? "" : try workspace.store.resolveTerm(query.term)
        return try workspace.cached("\(rawValue)?\(query.key(term: term))") { try compute(workspace, query) }
    }

    private func compute(_ workspace: ServedWorkspace, _ query: Query) throws -> Answer {
        switch self {
        case .terms:
            return Answer(table: .terms(try workspace.terms()))
        case .sarahs:
            // trustnet sarahs --top N
            let term = TermAnalysis(try workspace.analysisTerm(query.term), options: try query.analysisOptions)
            let answer = try term.sarahs(SarahsOptions(top: try query.int("top", default: SarahsOptions().top)))
            var lines = [Wording.alignment(answer.alignment, term: term.network.term.name)]
            if let hidden = Wording.hiddenLeaders(answer.hiddenLeaders, places: answer.hiddenLeaderPlaces, in: term.network) { lines.append(hidden) }
            return Answer(table: .sarahs(answer, in: term.network), lines: lines)
        case .coalition:
            // trustnet coalition suggest --size K
            let term = TermAnalysis(try workspace.analysisTerm(query.term), options: try query.analysisOptions)
            let answer = try term.coalitionSuggestion(CoalitionOptions(size: try query.int("size", default: CoalitionOptions().size)))
            return Answer(table: .coalition(answer.shown, in: term.network))
        case .premortem:
            // trustnet premortem [--coalition recorded|suggested] [--size K]
            let term = TermAnalysis(try workspace.analysisTerm(query.term), options: try query.analysisOptions)
            let source = try query["coalition"].map { text in
                guard let s = CoalitionSource(rawValue: text) else { throw QueryError("coalition is recorded, suggested or automatic") }
                return s
            } ?? .automatic
            let size = try query.int("size", default: CoalitionOptions().size)
            let answer = term.premortem(of: try workspace.coalition(term, source, size: size, query), limit: PremortemOptions().limit)
            var lines = [Wording.coalitionLine(answer.coalition, verb: "examining", in: term.network, voice: .browser)]
            if let within = Wording.comparedWithin(answer.comparedWithin, unitName: term.network.unitName, voice: .browser) { lines.append(within) }
            if answer.findings.isEmpty { lines.append(Wording.nothingToFear) }
            // Beside the units that share nothing: the introductions trustnet introduce suggests.
            if term.network.units.count > 1 {
                let introductions = try term.introductions()
                lines += Wording.introductionsSummary(introductions)
                lines += introductions.introductions.map(Wording.introduction)
            }
            return Answer(table: .premortem(answer, analysis: term), lines: lines)
        case .onramps:
            // trustnet sarahs --on-ramps --format json
            let term = TermAnalysis(try workspace.analysisTerm(query.term), options: try query.analysisOptions)
            let defaults = OnRampsOptions()
            let answer = term.onRamps(to: try workspace.coalition(term, defaults.coalition, size: defaults.suggestion.size, query))
            return Answer(table: .onRamps(answer, in: term.network), lines: [Wording.coalitionLine(answer.coalition, verb: "on-ramps lead to", in: term.network, voice: .browser)])
        case .spread:
            // trustnet spread (coalition, formal and sarahs side by side)
            let term = TermAnalysis(try workspace.analysisTerm(query.term), options: try query.analysisOptions)
            var options = SpreadOptions()
            options.seed = UInt64(try query.int("seed", default: Int(options.seed), atLeast: 0))
            let answer = try term.spread(options, coalition: try workspace.coalition(term, options.coalition, size: options.suggestion.size, query))
            let lines = answer.rows.map {
                "\(Wording.seedSet($0.seedSet)) (\(Wording.people($0.members.count))): \(Wording.percent($0.curve.final)) adopt within \(options.rounds) rounds"
            }
            return Answer(table: .spread(answer), lines: lines)
        case .growth:
            // trustnet growth [--from T1] [--to T2] [--relation R…]
            let range = try workspace.store.termRange(from: query["from"], to: query["to"])
            let terms = try range.terms.map { try workspace.analysisTerm($0) }
            let baseline = try range.baseline.map { try workspace.analysisTerm($0) }
            let analysis = try query.analysisOptions
            let relations = query.fields.fields.filter { $0.name == "relation" && !$0.value.isEmpty }.map(\.value)
            let answer = try GrowthQuestion.answer(
                terms: terms, baseline: baseline,
                options: GrowthOptions(relations: RelationSelection(relations), minWeight: analysis.minWeight, formalTitles: analysis.formalTitles, across: analysis.across))
            let names = ([baseline].compactMap { $0 } + terms).map(\.network.term.name)
            return Answer(
                table: .growth(answer.growth),
                lines: answer.cautions.map(Wording.caution) + Wording.growthStandIns(answer.standIns, measured: answer.relations, terms: names))
        }
    }
}

/// A query parameter the server cannot read: 400 with this message.
struct QueryError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
