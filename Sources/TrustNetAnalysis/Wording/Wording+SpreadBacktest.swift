import TrustNet

extension Wording {
    /// One model's scores: "rank correlation 0.21 (weakly), 40% of its first 98 adopted".
    public static func backtestScore(_ model: SpreadBacktestAnswer.Model, scored: Int) -> String {
        var text = "rank correlation \(signed(model.spearman))"
        if let low = model.spearmanLow, let high = model.spearmanHigh { text += " (95% of orders \(signed(low)) to \(signed(high)))" }
        text += ", \(percent(model.adopterShare)) of its first \(scored) adopted"
        if let low = model.adopterShareLow, let high = model.adopterShareHigh { text += " (\(percent(low))–\(percent(high)))" }
        return text
    }

    /// The backtest in sentences.
    public static func backtestSummary(_ answer: SpreadBacktestAnswer) -> [String] {
        var lines = [
            "\(answer.term): \(answer.knownAdopters) of \(answer.people) people have a known adoption period; seeded with the "
                + "\(count(answer.seeds.count, "person", "people")) who adopted first, scored on the \(answer.scored) who adopted later, "
                + "over \(count(answer.periods, "period")) (one round each), along \(answer.relations)."
        ]
        let scored = answer.scored
        for m in answer.models {
            let name = backtestModelName(m, answer: answer)
            lines.append("\(name): \(backtestScore(m, scored: scored)).")
        }
        if answer.fittedProbability >= 1, let reached = answer.fittedCurve.last, let observed = answer.observedCurve.last, reached < observed {
            lines.append(
                "Even a cascade that always passes reaches only \(percent(reached)) by the last period, against \(percent(observed)) observed: "
                    + "these ties alone cannot carry the adoption seen.")
        }
        if let random = answer.models.first(where: { $0.model == "random" }), let high = random.spearmanHigh {
            let beat = answer.models.filter { $0.model != "random" && $0.spearman > high }
            lines.append(
                beat.isEmpty
                    ? "No model orders the later adopters better than 95% of random orders do."
                    : "Better than 95% of random orders: \(list(beat.map { backtestModelName($0, answer: answer) + " (\(signed($0.spearman)))" }, separator: "; ")). "
                        + "An order that predicts adoption is consistent with contagion but does not prove it: people named often may also "
                        + "adopt early for other reasons.")
        }
        return lines
    }

    /// "cascade (p = 0.05, fitted to the adoption curve, …)", "most named first (no simulation)".
    static func backtestModelName(_ m: SpreadBacktestAnswer.Model, answer: SpreadBacktestAnswer) -> String {
            let name: String
            switch m.model {
            case "cascade":
                name = "cascade (p = \(fixed(m.parameter ?? 0)), fitted to the adoption curve, off by \(fixed(answer.fitError * 100, 1)) points on average)"
            case "threshold": name = "threshold (\(count(Int(m.parameter ?? 0), "adopting contact")))"
            case "in-degree": name = "most named first (no simulation)"
            default: name = "random order (\(answer.randomOrders) orders)"
            }
            return name
    }
}
