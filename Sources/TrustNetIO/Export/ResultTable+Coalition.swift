import TrustNet

extension ResultTable {
    /// The Sarahs: `rank,id,name,unit,title,score,advice_in,trust_in,units_reached,betweenness,formal,reasons`,
    /// one row per person in `order` (reasons joined with "; ").
    public static func sarahs(_ authority: InformalAuthority, order: [Int], in network: Network) -> ResultTable {
        var table = ResultTable(columns: [
            "rank", "id", "name", "unit", "title", "score", "advice_in", "trust_in", "units_reached", "betweenness", "formal", "reasons",
        ])
        for (rank, v) in order.enumerated() {
            let e = authority.entries[v]
            let p = network.people[v]
            table.append([
                .integer(rank + 1), .text(p.id), .text(p.name), p.unit.map(Cell.text) ?? .empty, p.title.map(Cell.text) ?? .empty,
                .number(e.score), .integer(e.adviceIn), .integer(e.trustIn), .integer(e.unitsReached), .number(e.betweenness),
                .text(e.isFormalLeader ? "yes" : "no"), .text(authority.reasons(for: v, in: network).joined(separator: "; ")),
            ])
        }
        return table
    }

    /// A suggested coalition: `pick,id,name,unit,title,marginal_gain,reach_after`, in the order picked.
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

    /// Named sets compared: `set,people,reach,within_1,within_2,units_covered`.
    public static func coalitionComparison(_ rows: [(name: String, members: [Int])], reach: CoalitionReach, units: [Int?]) -> ResultTable {
        var table = ResultTable(columns: ["set", "people", "reach", "within_1", "within_2", "units_covered"])
        for (name, members) in rows {
            table.append([
                .text(name), .integer(members.count), .number(reach.reach(of: members)),
                .number(reach.share(of: members, withinSteps: 1)), .number(reach.share(of: members, withinSteps: 2)),
                .integer(Set(members.compactMap { units[$0] }).count),
            ])
        }
        return table
    }
}

extension ResultTable {
    /// Spread curves side by side: `set,round,adopted_share,low,high`, one row per set and round.
    public static func spread(_ curves: [(name: String, curve: SpreadCurve, size: Int)]) -> ResultTable {
        var table = ResultTable(columns: ["set", "round", "adopted_share", "low", "high"])
        for (name, curve, _) in curves {
            for r in curve.mean.indices {
                table.append([.text(name), .integer(r), .number(curve.mean[r]), .number(curve.low[r]), .number(curve.high[r])])
            }
        }
        return table
    }
}

extension ResultTable {
    /// A pre-mortem: `rank,finding,severity,people,units`, most severe first; `finding` is the
    /// sentence, `people` their names and `units` the units, each joined with "; ".
    public static func premortem(_ premortem: Premortem, in network: Network) -> ResultTable {
        var table = ResultTable(columns: ["rank", "finding", "severity", "people", "units"])
        for (i, finding) in premortem.findings.enumerated() {
            table.append([
                .integer(i + 1), .text(finding.sentence), .number(finding.severity),
                .text(finding.people.map { network.people[$0].name }.joined(separator: "; ")), .text(finding.units.joined(separator: "; ")),
            ])
        }
        return table
    }

    /// On-ramps for peripheral people: `id,name,unit,on_ramp_id,on_ramp_name,via,steps`, where
    /// `via` is "coalition member" or "trusted colleague" and `steps` is empty when no chain of
    /// ties joins the two.
    public static func onRamps(_ ramps: [OnRamp], in network: Network) -> ResultTable {
        var table = ResultTable(columns: ["id", "name", "unit", "on_ramp_id", "on_ramp_name", "via", "steps"])
        for ramp in ramps {
            let p = network.people[ramp.person], v = network.people[ramp.via]
            table.append([
                .text(p.id), .text(p.name), p.unit.map(Cell.text) ?? .empty, .text(v.id), .text(v.name), .text(ramp.kind.rawValue),
                ramp.steps.map(Cell.integer) ?? .empty,
            ])
        }
        return table
    }
}
