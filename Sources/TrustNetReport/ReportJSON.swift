import Foundation
import TrustNet
import TrustNetAnalysis
import TrustNetIO

/// The report's whole content as data (`trustnet report --format json`): the sections of the
/// page — `summary`, `sarahs`, `coalition` (`recorded`, `suggested`), `premortem`, `onramps`,
/// `spread`, `growth`, `data_quality` — with every person by `id`, and the same values the HTML
/// shows, read from the same ``Briefing``. Sentences come from the one wording layer.
public struct ReportJSON: Sendable {
    public let input: ReportInput

    public init(input: ReportInput) { self.input = input }

    /// The JSON text, keys in a fixed order, the same bytes for the same input.
    public func json() throws -> String {
        let briefing = try Briefing(terms: input.terms, reportTerm: input.reportTerm, options: input.options)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // A measure that cannot be computed (a correlation of constant scores) is null, not a crash.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        let data = try encoder.encode(Document(briefing, anonymized: input.anonymized))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// The JSON document, section by section.
struct Document: Encodable {
    struct Person: Encodable {
        var id: String
        var name: String
        var unit: String?

        init(_ v: Int, in network: Network) {
            let p = network.people[v]
            id = p.id
            name = p.name
            unit = p.unit
        }
    }

    struct Summary: Encodable {
        var term: String
        var people: Int
        var min_weight: Double?
        var seed: UInt64
        var anonymized: Bool
        var coalition_within_two: Double
        var hidden_leaders: Int?
        var cross_unit_share: Double?
        var named_by_nobody: Int
        var advice_centralization: Double
        var advice_relations: [String]
        /// `null` when betweenness is exact; else the sampled sources, the seed and why.
        var betweenness_estimate: Estimate?
        var sentences: [String]
    }

    struct Estimate: Encodable {
        var sources: Int
        var seed: UInt64?
        var note: String
    }

    struct Sarah: Encodable {
        var rank: Int
        var person: Person
        var title: String?
        var score: Double
        var advice_in: Int
        var trust_in: Int
        var units_reached: Int
        var betweenness: Double
        var formal: Bool
        var hidden: Bool
        var reasons: [String]
    }

    struct Sarahs: Encodable {
        var top: [Sarah]
        var hidden_leaders: [Person]
        var title_correlation: Double?
        var seniority_column: String?
        var seniority_correlation: Double?
        var formal_in_top: Int
        var formal_leaders: Int
        var alignment: String
    }

    struct Pick: Encodable {
        var person: Person
        var marginal_gain: Double
        var reach_after: Double
        var kept: Bool
    }

    struct ReachRow: Encodable {
        var set: String
        var people: [String]
        var reach: Double
        var within_1: Double
        var within_2: Double
        var units_covered: Int
    }

    struct Recorded: Encodable {
        var term: String
        var members: [Pick]
        var missing: Int
        var comparison: [ReachRow]
    }

    struct Suggested: Encodable {
        var size: Int
        var cover: String?
        var members: [Pick]
        var comparison: [ReachRow]
    }

    struct Coalition: Encodable {
        var recorded: Recorded?
        var suggested: Suggested
        var in_use: String
    }

    struct Finding: Encodable {
        var kind: String
        var severity: Double
        var people: [Person]
        var units: [String]
        var sentence: String
    }

    struct Introduction: Encodable {
        var a: Person
        var b: Person
        var reason: String
    }

    struct Premortem: Encodable {
        var coalition: [String]
        var findings: [Finding]
        var compared_within: String?
        var introductions: [Introduction]
    }

    struct OnRamp: Encodable {
        var person: Person
        var edge: String
        var answered: Bool?
        var via: Person
        var kind: String
        var steps: Int?
    }

    struct SpreadRow: Encodable {
        var set: String
        var people: [String]
        var mean: [Double]
        var low: [Double]
        var high: [Double]
    }

    struct Spread: Encodable {
        var model: String
        var probability: Double?
        var threshold: Int?
        var runs: Int
        var rounds: Int
        var seed: UInt64
        var sets: [SpreadRow]
    }

    struct Growth: Encodable {
        var relations: [String]?
        var advice_stand_in: Bool
        /// Terms read along what stood in for the relations measured, by term: those relations.
        var stand_ins: [String: [String]]
        var rows: [[String: ResultTable.Cell]]
        var cautions: [String]
    }

    struct Quality: Encodable {
        var people: Int
        var respondents: Int?
        /// A large network's first 100 isolates, as the page lists them; ``isolate_count`` all.
        var isolates: [Person]
        var isolate_count: Int
        var isolates_who_did_not_answer: [String]
        var isolates_who_named_nobody: [String]
        var ties: [String: Int]
        var without_unit: Int
    }

    var summary: Summary
    var sarahs: Sarahs
    var coalition: Coalition
    var premortem: Premortem
    var onramps: [OnRamp]
    /// Everyone on the edge; a large network's `onramps` lists the first 100, as the page does.
    var onramps_total: Int
    var spread: Spread
    var growth: Growth?
    var data_quality: Quality

    init(_ b: Briefing, anonymized: Bool) {
        let network = b.analysis.network
        let term = b.analysis.term
        func person(_ v: Int) -> Person { Person(v, in: network) }
        func ids(_ vs: [Int]) -> [String] { vs.map { network.people[$0].id } }
        func picks(_ s: CoalitionSuggestion) -> [Pick] {
            s.picks.map { Pick(person: person($0.person), marginal_gain: $0.marginalGain, reach_after: $0.reachAfter, kept: $0.kept) }
        }
        func rows(_ rows: [CoalitionReachRow]) -> [ReachRow] {
            rows.map {
                ReachRow(
                    set: Wording.label($0.kind), people: ids($0.members), reach: $0.reach, within_1: $0.withinOne, within_2: $0.withinTwo,
                    units_covered: $0.unitsCovered)
            }
        }
        let s = b.summary
        summary = Summary(
            term: network.term.name, people: network.people.count, min_weight: b.options.analysis.minWeight, seed: b.options.seed, anonymized: anonymized,
            coalition_within_two: s.coalitionWithinTwo, hidden_leaders: s.hiddenLeaders, cross_unit_share: s.crossUnitShare,
            named_by_nobody: s.namedByNobody, advice_centralization: s.adviceCentralization,
            advice_relations: b.analysis.authority.adviceRelations.sorted().map(\.name),
            betweenness_estimate: Wording.betweennessEstimate(b.analysis.authority, people: network.people.count).map { note in
                Estimate(sources: b.analysis.authority.betweennessSampledSources ?? 0, seed: b.analysis.authority.betweennessSeed, note: note)
            },
            sentences: [Wording.alignment(b.sarahs.alignment, term: network.term.name)])
        let a = b.sarahs.alignment
        sarahs = Sarahs(
            top: b.sarahs.entries.map { e in
                Sarah(
                    rank: e.rank, person: person(e.person), title: e.title, score: e.score, advice_in: e.adviceIn, trust_in: e.trustIn,
                    units_reached: e.unitsReached, betweenness: e.betweenness, formal: e.formal, hidden: e.hidden,
                    reasons: e.reasons.map { Wording.reason($0, unitName: network.unitName) })
            }, hidden_leaders: b.sarahs.hiddenLeaders.map(person), title_correlation: a.titleCorrelationKnown ? a.withTitle : nil,
            seniority_column: a.seniorityColumn, seniority_correlation: a.scoresVary ? a.withSeniority : nil, formal_in_top: a.formalInTop,
            formal_leaders: a.formalLeaders, alignment: Wording.alignment(a, term: network.term.name))
        coalition = Coalition(
            recorded: b.recorded.map { r in
                Recorded(term: r.coalition.recordedIn ?? "", members: picks(r.ordered), missing: r.coalition.missing, comparison: rows(r.comparison))
            },
            suggested: Suggested(
                size: b.suggested.size, cover: b.suggested.coverColumn, members: picks(b.suggested.suggestion), comparison: rows(b.suggested.comparison)),
            in_use: b.coalition.isRecorded ? "recorded" : "suggested")
        premortem = Premortem(
            coalition: ids(b.premortem.coalition.members),
            findings: b.premortem.findings.map { f in
                Finding(
                    kind: f.kind.name, severity: f.severity, people: f.people.map(person), units: f.units,
                    sentence: Wording.sentence(f, in: network, answered: term.answered))
            }, compared_within: b.premortem.comparedWithin,
            introductions: (b.introductions?.introductions ?? []).map { e in
                Introduction(
                    a: Person(e.introduction.a, in: network), b: Person(e.introduction.b, in: network), reason: Wording.introductionReason(e))
            })
        let ramps = Array(zip(b.onRamps.ramps, b.onRamps.answered))
        onramps_total = ramps.count
        onramps = ReportLimits.shown(ramps, people: network.people.count).map { r, answered in
            OnRamp(
                person: person(r.person), edge: Wording.edge(r.person, in: network, answered: answered), answered: answered, via: person(r.via),
                kind: Wording.via(r.kind), steps: r.steps)
        }
        var probability: Double?
        var threshold: Int?
        switch b.spread.model {
        case .cascade(let p): probability = p
        case .threshold(let k): threshold = k
        }
        spread = Spread(
            model: probability != nil ? "cascade" : "threshold", probability: probability, threshold: threshold, runs: b.spread.runs,
            rounds: b.spread.rounds, seed: b.spread.seed,
            sets: b.spread.rows.map { Document.SpreadRow(set: Wording.seedSet($0.seedSet), people: ids($0.members), mean: $0.curve.mean, low: $0.curve.low, high: $0.curve.high) })
        growth = b.growth.map { g in
            let table = ResultTable.growth(g.growth)
            return Growth(
                relations: g.relations.map { $0.sorted().map(\.name) }, advice_stand_in: g.adviceStandIn,
                stand_ins: g.standIns.mapValues { $0.sorted().map(\.name) },
                rows: table.rows.map { Dictionary(uniqueKeysWithValues: zip(table.columns, $0)) }, cautions: g.cautions.map(Wording.caution))
        }
        let q = b.quality
        data_quality = Quality(
            people: q.people, respondents: q.respondents, isolates: ReportLimits.shown(q.isolates, people: q.people).map(person), isolate_count: q.isolates.count, isolates_who_did_not_answer: ids(q.isolatesWhoDidNotAnswer),
            isolates_who_named_nobody: ids(q.isolatesWhoNamedNobody), ties: Dictionary(uniqueKeysWithValues: q.tiesByRelation.map { ($0.relation.name, $0.ties) }),
            without_unit: q.withoutUnit)
    }
}

extension ResultTable.Cell: Encodable {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .text(let t): try c.encode(t)
        case .integer(let i): try c.encode(i)
        case .number(let x): if x.isFinite { try c.encode(x) } else { try c.encodeNil() }
        case .empty: try c.encodeNil()
        }
    }
}
