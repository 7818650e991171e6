import TrustNet

/// The charts of a growth table that a leader reads first: the coalition's reach, sharing
/// across units, and how centralized the network is, over the terms.
public enum GrowthCharts {
    /// `(file name, SVG)` for each chart: `coalition-reach.svg` (lines: within 1 and 2 steps;
    /// a term without a coalition has no point and says so),
    /// `cross-unit-share.svg` (bars), `centralization.svg` (line).
    ///
    /// - Parameter relations: the words for the ties the table looked at, for the subtitles
    ///   (e.g. `"advice ties"`, `"all ties"`: `Wording.ties`).
    public static func charts(_ growth: Growth, relations: String) -> [(name: String, svg: String)] {
        let terms = growth.rows.map(\.term)
        let reach = LineChart(
            title: "How far the guiding coalition reaches",
            subtitle: "Staff outside the coalition who name a member, or someone who does (advice and sharing ties, 1 or 2 steps)",
            categories: terms, xLabel: "Term", yLabel: "Staff outside the coalition (%)",
            series: [
                ChartSeries(name: "within 1 step", values: growth.rows.map { $0.coalition.isEmpty ? nil : $0[.coalitionReach1] }),
                ChartSeries(name: "within 2 steps", values: growth.rows.map { $0.coalition.isEmpty ? nil : $0[.coalitionReach2] }),
            ],
            scale: .percent, missingNote: "no coalition recorded")
        let crossing = BarChart(
            title: "Ties that cross units",
            subtitle: "Share of \(relations) between people in different units",
            categories: terms, xLabel: "Term", yLabel: "Ties between units (%)",
            series: [ChartSeries(name: "between units", values: growth.rows.map { $0[.crossUnitShare] })],
            scale: .percent)
        let centralization = LineChart(
            title: "How much the network leans on a few people",
            subtitle: "In-degree centralization of \(relations) (1 = all name one person, 0 = named equally; falling = ownership spreading)",
            categories: terms, xLabel: "Term", yLabel: "Centralization index (0–1)",
            series: [ChartSeries(name: "in-degree centralization", values: growth.rows.map { $0[.centralization] })],
            scale: .decimal(digits: 3))
        return [
            ("coalition-reach.svg", reach.svg()), ("cross-unit-share.svg", crossing.svg()), ("centralization.svg", centralization.svg()),
        ]
    }
}
