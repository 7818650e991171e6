import TrustNet
import TrustNetAnalysis
import TrustNetIO

/// The analysis layer's answers as tables: the command line's `--format table|csv|json`, and the
/// web app's CSV downloads and API; every sentence comes from the wording layer.
extension ResultTable {
    /// The Sarahs: `rank,id,name,unit,title,score,advice_in,trust_in,units_reached,betweenness,formal,reasons`.
    public static func sarahs(_ answer: SarahsAnswer, in network: Network) -> ResultTable {
        var table = ResultTable(columns: [
            "rank", "id", "name", "unit", "title", "score", "advice_in", "trust_in", "units_reached", "betweenness", "formal", "reasons",
        ])
        for e in answer.entries {
            table.append([
                .integer(e.rank), .text(e.ref.id), .text(e.ref.name), e.ref.unit.map(Cell.text) ?? .empty, e.title.map(Cell.text) ?? .empty,
                .number(e.score), .integer(e.adviceIn), .integer(e.trustIn), .integer(e.unitsReached), .number(e.betweenness),
                .text(e.formal ? "yes" : "no"), .text(Wording.reasons(e.reasons, unitName: network.unitName)),
            ])
        }
        return table
    }

    /// Coalition picks: `pick,id,name,unit,title,marginal_gain,reach_after`, in the order picked.
    public static func coalition(_ suggestion: CoalitionSuggestion, in network: Network) -> ResultTable {
        var table = ResultTable(columns: ["pick", "id", "name", "unit", "title", "marginal_gain", "reach_after"])
        for (i, pick) in suggestion.picks.enumerated() {
            let p = network.people[pick.person]
            table.append([
                .integer(i + 1), .text(p.id), .text(p.name), p.unit.map(Cell.text) ?? .empty, p.title.map(Cell.text) ?? .empty,
                .number(pick.marginalGain), .number(pick.reachAfter),
            ])
        }
        return table
    }

    /// Sets compared: `set,people,reach,within_1,within_2,units_covered`.
    public static func coalitionComparison(_ rows: [CoalitionReachRow]) -> ResultTable {
        var table = ResultTable(columns: ["set", "people", "reach", "within_1", "within_2", "units_covered"])
        for row in rows {
            table.append([
                .text(Wording.label(row.kind)), .integer(row.members.count), .number(row.reach), .number(row.withinOne), .number(row.withinTwo),
                .integer(row.unitsCovered),
            ])
        }
        return table
    }

    /// Spread curves side by side: `set,round,adopted_share,low,high`.
    public static func spread(_ answer: SpreadAnswer) -> ResultTable {
        var table = ResultTable(columns: ["set", "round", "adopted_share", "low", "high"])
        for row in answer.rows {
            let name = Wording.seedSet(row.seedSet)
            for r in row.curve.mean.indices {
                table.append([.text(name), .integer(r), .number(row.curve.mean[r]), .number(row.curve.low[r]), .number(row.curve.high[r])])
            }
        }
        return table
    }

    /// A pre-mortem: `rank,kind,finding,severity,people,person_ids,units`, most severe first.
    public static func premortem(_ answer: PremortemAnswer, analysis: TermAnalysis) -> ResultTable {
        let network = analysis.network
        var table = ResultTable(columns: ["rank", "kind", "finding", "severity", "people", "person_ids", "units"])
        for (i, finding) in answer.findings.enumerated() {
            table.append([
                .integer(i + 1), .text(finding.kind.name), .text(Wording.sentence(finding, in: network, answered: analysis.term.answered)),
                .number(finding.severity), .text(finding.people.map { network.people[$0].name }.joined(separator: "; ")),
                .text(finding.people.map { network.people[$0].id }.joined(separator: "; ")), .text(finding.units.joined(separator: "; ")),
            ])
        }
        return table
    }

    /// On-ramps: `id,name,unit,edge,on_ramp_id,on_ramp_name,via,steps`; `steps` empty when no
    /// chain of ties joins the two.
    public static func onRamps(_ answer: OnRampsAnswer, in network: Network) -> ResultTable {
        var table = ResultTable(columns: ["id", "name", "unit", "edge", "on_ramp_id", "on_ramp_name", "via", "steps"])
        for (ramp, answered) in zip(answer.ramps, answer.answered) {
            let p = network.people[ramp.person], v = network.people[ramp.via]
            table.append([
                .text(p.id), .text(p.name), p.unit.map(Cell.text) ?? .empty, .text(Wording.edge(ramp.person, in: network, answered: answered)),
                .text(v.id), .text(v.name), .text(Wording.via(ramp.kind)), ramp.steps.map(Cell.integer) ?? .empty,
            ])
        }
        return table
    }
}
