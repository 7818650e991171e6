import Foundation
import Mustache
import TrustNet
import TrustNetGraphviz
import TrustNetIO

/// The report a leader opens, reads and shares: one self-contained HTML file (styles, script,
/// diagrams and charts inline; nothing fetched from the network) about one term, with the
/// other terms a click away in the diagrams.
///
/// Sections: summary (five numbers, each with its meaning), the network per relation and term
/// (Graphviz, coloured by unit, sized by informal authority, coalition outlined), the Sarahs
/// with their reasons and hidden leaders, the coalition (recorded and suggested) with its
/// reach against the top-K and the formal leaders, lateral sharing (unit coupling heat map,
/// E-I index with its permutation test), the pre-mortem findings, on-ramps for people on the
/// edge, spread curves, growth over terms (with two terms or more: the growth table, its
/// charts and the advice network's change), data quality. ``ReportInput/extraSections`` can
/// replace a section at its hook or add one.
///
/// Survey text is escaped on the way into the page: by mustache in the template, by `DOTText`
/// into the diagrams (then by Graphviz), by `XMLText` in the charts, and by ``ScriptJSON`` in
/// the data block the page's script reads. Randomness is seeded (``ReportInput/seed``): the
/// same input gives the same bytes.
public struct Report: Sendable {
    public let input: ReportInput

    public init(input: ReportInput) { self.input = input }

    /// The HTML page.
    public func html() throws -> String {
        let page = try ReportBuilder(input: input).page()
        var library = MustacheLibrary()
        for name in ["report", "section"] {
            let text = try Self.resource(name, "mustache")
            do {
                try library.register(text, named: name)
            } catch {
                throw ReportError.template("\(name).mustache: \(error)")
            }
        }
        guard let html = library.render(page, withTemplate: "report") else { throw ReportError.missingTemplate("report.mustache") }
        return html
    }

    /// A resource file's text (templates, styles, script).
    static func resource(_ name: String, _ ext: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Templates"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { throw ReportError.missingTemplate("\(name).\(ext)") }
        return text
    }
}

/// Computes every section's numbers and turns them into the page's view model.
struct ReportBuilder {
    let input: ReportInput
    let data: ReportInput.TermData
    let network: Network
    let authority: InformalAuthority
    let reach: CoalitionReach
    let unitOfPerson: [Int?]

    init(input: ReportInput) {
        self.input = input
        data = input.terms[input.reportTerm]
        network = data.network
        authority = InformalAuthority(network: network)
        reach = CoalitionReach(network: network)
        unitOfPerson = data.network.unitOfPerson
    }

    var recorded: [Int] { data.coalition?.personIDs.compactMap(network.index(ofPersonWithID:)) ?? [] }

    func page() throws -> ReportPage {
        let recorded = self.recorded
        let size = recorded.isEmpty ? input.coalitionSize : recorded.count
        let suggestion = CoalitionSuggestion.suggest(
            size: size, reach: reach, formal: network.people.map(\.isFormalLeader), constraints: CoalitionConstraints(units: unitOfPerson))
        let coalition = recorded.isEmpty ? suggestion.members : recorded
        let lateralRelations: Set<Relation>? = network.relations.contains(.sharing) ? [.sharing] : network.influenceRelations
        let structure = NetworkStructure(network: network, relations: lateralRelations, permutations: 1_000, seed: input.seed)

        let extras = Dictionary(input.extraSections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let premortem = Self.generic(extras["premortem"] ?? premortemSection(coalition: coalition, recordedCoalition: !recorded.isEmpty))
        let onramps = Self.generic(extras["onramps"] ?? onRampsSection(coalition: coalition, recordedCoalition: !recorded.isEmpty))
        let growth = try (extras["growth"] ?? growthSection()).map(Self.generic)
        let others = input.extraSections.filter { !["premortem", "onramps", "growth"].contains($0.id) }.map(Self.generic)

        var sections = [
            SectionLink(id: "summary", title: "Summary", available: true),
            SectionLink(id: "network", title: "The network", available: true),
            SectionLink(id: "sarahs", title: "The Sarahs", available: true),
            SectionLink(id: "coalition", title: "The coalition", available: true),
            SectionLink(id: "lateral", title: "Sharing between units", available: true),
            SectionLink(id: "premortem", title: "Pre-mortem", available: true),
            SectionLink(id: "onramps", title: "On-ramps", available: true),
            SectionLink(id: "spread", title: "How a practice would spread", available: true),
            SectionLink(id: "growth", title: "Growth over terms", available: growth != nil),
        ]
        sections += others.map { SectionLink(id: $0.id, title: $0.title, available: true) }
        sections.append(SectionLink(id: "quality", title: "Data quality", available: true))

        return ReportPage(
            title: "TrustNet report: \(network.term.name)", term: network.term.name, anonymized: input.anonymized, seed: String(input.seed),
            css: try Report.resource("report", "css"), js: try Report.resource("report", "js"), dataJSON: try dataJSON(),
            sections: sections, keyNumbers: keyNumbers(
                coalition: coalition, recordedCoalition: !recorded.isEmpty, structure: structure, lateralRelations: lateralRelations),
            summaryLines: summaryLines(suggestion: suggestion), network: try networkView(suggested: suggestion.members),
            sarahs: sarahsView(), coalition: coalitionView(suggestion: suggestion), lateral: lateralView(structure, relations: lateralRelations),
            premortem: premortem, onramps: onramps, spread: try spreadView(coalition: coalition, recordedCoalition: !recorded.isEmpty),
            growth: growth, otherSections: others, quality: qualityView())
    }

    // MARK: - Summary

    func keyNumbers(coalition: [Int], recordedCoalition: Bool, structure: NetworkStructure, lateralRelations: Set<Relation>?) -> [KeyNumber] {
        var numbers: [KeyNumber] = []
        let who = recordedCoalition ? "the coalition you enlisted (\(coalition.count) people)" : "a suggested coalition of \(coalition.count)"
        numbers.append(
            KeyNumber(
                value: Format.percent(reach.share(of: coalition, withinSteps: 2)), label: "within two steps of the coalition",
                meaning: "Share of staff who go to \(who), or to someone who does, for advice or sharing: how far its work can travel by conversation."))
        let top = min(input.topCount, network.people.count)
        let hidden = authority.hiddenLeaders(among: top).count
        let titled = network.people.contains(where: \.isFormalLeader)
        numbers.append(
            KeyNumber(
                value: titled ? "\(hidden) of \(top)" : "–", label: "hidden leaders among the most sought-out",
                meaning: titled
                    ? "People colleagues already go to for advice and trust who hold no formal title: ask them to join, or they will shape the work anyway."
                    : "The roster marks no formal titles, so the people colleagues go to cannot be told apart from formal leaders: see the Sarahs below."))
        if let ei = structure.ei, ei.external + ei.internal > 0 {
            let share = Double(ei.external) / Double(ei.external + ei.internal)
            // Without sharing ties, the advice ties (or all ties) stand in: say which.
            let present = network.relations
            let used = (lateralRelations ?? Set(present)).filter(present.contains).sorted()
            let kind = used == [.sharing] ? "sharing ties" : used.isEmpty ? "ties" : "\(used.map(\.name).joined(separator: " and ")) ties"
            let standIn = used == [.sharing] ? "" : "No sharing ties in this term, so \(kind) stand in. "
            numbers.append(
                KeyNumber(
                    value: Format.percent(share), label: "of \(kind) cross \(Format.plural(network.unitName))",
                    meaning: "\(standIn)Lateral sharing: E-I index \(Format.signed(ei.observed)) (−1 = all of it stays inside \(Format.withArticle(network.unitName)), +1 = all of it crosses). Low values mean good practice stays where it started."))
        } else {
            numbers.append(KeyNumber(value: "–", label: "sharing across units", meaning: "The roster has no unit column, so sharing across units cannot be measured."))
        }
        let advice = network.graph(relations: authority.adviceRelations)
        let unnamed = (0..<advice.nodeCount).filter { advice.inDegree(of: $0) == 0 }.count
        numbers.append(
            KeyNumber(
                value: "\(unnamed)", label: unnamed == 1 ? "person nobody names for advice" : "people nobody names for advice",
                meaning: "Out of \(network.people.count). Not a judgement of their work: they are the people an improvement effort reaches last, and where on-ramps start."))
        numbers.append(
            KeyNumber(
                value: Format.decimal(advice.inDegreeCentralization), label: "advice centralization",
                meaning: "Near 0: advice is spread over many people. Near 1: it all runs through one person, and the work stalls if they leave or are overloaded."))
        return numbers
    }

    func summaryLines(suggestion: CoalitionSuggestion) -> [String] {
        var lines: [String] = []
        let people = network.people
        let top = authority.ranking.prefix(3).map { people[$0].name }
        if !top.isEmpty { lines.append("Colleagues turn most often to \(Format.list(top)) for advice and trust.") }
        let alignment = authority.alignment(in: network, top: min(input.topCount, people.count))
        lines.append(
            "\(alignment.formalInTop) of the \(alignment.topCount) people with the most informal authority hold a formal title (of \(alignment.formalLeaders) formal leaders on the roster).")
        if let brokers = authority.topBrokers.first {
            lines.append("\(people[brokers].name) connects more colleagues than anyone else: many paths of advice and sharing run through them.")
        }
        lines.append(
            "A coalition of \(suggestion.members.count) chosen for reach, one per \(network.unitName) where possible, would have \(Format.percent(suggestion.withinTwo)) of staff within two steps.")
        return lines
    }

    // MARK: - Network diagrams

    func networkView(suggested: [Int]) throws -> NetworkView {
        let networks = input.terms.map(\.network)
        let positions = try StableLayout.positions(of: networks, relations: nil)
        var terms: [TermDiagrams] = []
        let currentRelations = network.relations
        let defaultRelation: Relation = currentRelations.contains(.advice) ? .advice : (currentRelations.first ?? .advice)
        for (t, termData) in input.terms.enumerated() {
            let net = termData.network
            let termAuthority = t == input.reportTerm ? authority : InformalAuthority(network: net)
            var coalition = Set(termData.coalition?.personIDs.compactMap(net.index(ofPersonWithID:)) ?? [])
            if t == input.reportTerm && coalition.isEmpty { coalition = Set(suggested) }
            var diagrams: [DiagramView] = []
            for relation in net.relations {
                var options = DiagramOptions()
                options.relations = [relation]
                options.sizeBy = ("informal authority", termAuthority.entries.map(\.score))
                options.soughtOut = termAuthority.ranking
                options.coalition = coalition
                options.pinned = positions
                options.title = "\(net.term.name): \(relation.name) ties"
                let svg = try ReportSVG(graphviz: try DiagramDrawing(Diagram(network: net, options: options)).render(format: .svg))
                diagrams.append(DiagramView(relation: relation.name, term: t, visible: t == input.reportTerm && relation == defaultRelation, svg: svg.markup))
            }
            terms.append(TermDiagrams(index: t, name: net.term.name, current: t == input.reportTerm, diagrams: diagrams))
        }
        let allRelations = Set(networks.flatMap(\.relations)).sorted()
        let relations = allRelations.map { r in RelationOption(name: r.name, selected: r == defaultRelation, ties: network.ties.count { $0.relation == r }) }
        let diagram = Diagram(network: network, options: DiagramOptions())
        let units = diagram.groups.names.enumerated().map { UnitOption(name: $0.element, color: Palette.color($0.offset)) }
        return NetworkView(
            terms: terms, severalTerms: terms.count > 1, relations: relations, units: units, hasUnits: !units.isEmpty, unitName: network.unitName)
    }

    // MARK: - Sarahs

    func sarahsView() -> SarahsView {
        let top = Array(authority.ranking.prefix(min(input.topCount, network.people.count)))
        let hidden = Set(authority.hiddenLeaders(among: top.count))
        let rows = top.enumerated().map { rank, v in
            let e = authority.entries[v]
            let p = network.people[v]
            return SarahRow(
                rank: rank + 1, name: p.name, unit: p.unit ?? "", title: p.title ?? "", score: Format.decimal(e.score), adviceIn: e.adviceIn,
                trustIn: e.trustIn, unitsReached: e.unitsReached, formal: e.isFormalLeader, hidden: hidden.contains(v),
                reasons: authority.reasons(for: v, in: network).joined(separator: "; "))
        }
        let a = authority.alignment(in: network, top: top.count)
        var lines = ["\(a.formalInTop) of the top \(a.topCount) hold a formal title; the roster has \(a.formalLeaders) formal leaders in all."]
        // A correlation with title needs scores that differ, and some people with a title and
        // some without.
        if a.titleCorrelationKnown {
            lines.append("How far authority follows title: rank correlation \(Format.signed(a.withTitle)) — \(Format.correlationMeaning(a.withTitle)).")
        } else if !a.scoresVary {
            lines.append("How far authority follows title cannot be told: everyone scores alike (no ties tell them apart).")
        } else {
            lines.append("How far authority follows title cannot be told: \(a.formalLeaders == 0 ? "nobody" : "everyone") on the roster holds a formal title.")
        }
        if let s = a.withSeniority, let column = a.seniorityColumn, a.scoresVary {
            // Which way seniority goes depends on the column (a rank of 1 may be the most senior).
            let way = s >= 0 ? "rises with \(column)" : "falls as \(column) rises"
            lines.append("Authority \(way): rank correlation \(Format.signed(s)) (\(Format.strength(s))).")
        }
        return SarahsView(
            rows: rows, topCount: top.count, hiddenLeaders: top.filter(hidden.contains).map { network.people[$0].name },
            hasHiddenLeaders: !hidden.isEmpty, alignmentLines: lines, usedAllTies: !authority.usedAdviceTies,
            standIn: authority.adviceTiesDescription)
    }

    // MARK: - Coalition

    func coalitionView(suggestion: CoalitionSuggestion) -> CoalitionView {
        let people = network.people
        let recorded = self.recorded
        let measured = recorded.isEmpty ? nil : CoalitionSuggestion.ordered(recorded, reach: reach)
        func rows(_ s: CoalitionSuggestion) -> [MemberRow] {
            s.picks.enumerated().map { i, pick in
                let p = people[pick.person]
                return MemberRow(
                    position: i + 1, name: p.name, unit: p.unit ?? "", title: p.title ?? "", formal: p.isFormalLeader,
                    gain: "+" + Format.percent(pick.marginalGain), reachAfter: Format.percent(pick.reachAfter))
            }
        }
        let k = suggestion.members.count
        let formal = people.indices.filter { people[$0].isFormalLeader }
        var sets: [(String, String, [Int])] = []
        if !recorded.isEmpty { sets.append(("Enlisted coalition", "recorded in \(data.coalition!.term)", recorded)) }
        sets.append(("Suggested coalition", "chosen for reach, covering units", suggestion.members))
        sets.append(("Top \(k) by informal authority", "the Sarahs alone", Array(authority.ranking.prefix(k))))
        sets.append(("Formal leaders", "everyone with a leadership title", formal))
        let unitCount = network.units.count
        let comparison = sets.map { name, meaning, members in
            SetRow(
                name: name, meaning: meaning, people: members.count, reach: Format.percent(reach.reach(of: members)),
                withinOne: Format.percent(reach.share(of: members, withinSteps: 1)), withinTwo: Format.percent(reach.share(of: members, withinSteps: 2)),
                units: unitCount > 0 ? "\(Set(members.compactMap { unitOfPerson[$0] }).count) of \(unitCount)" : "–")
        }
        var lines: [String] = []
        if let measured {
            lines.append(
                "The coalition enlisted in \(data.coalition!.term) has \(Format.percent(measured.withinOne)) of staff within one step and \(Format.percent(measured.withinTwo)) within two.")
            let gap = suggestion.reach - measured.reach
            if gap > 0.005 {
                lines.append("A set of the same size chosen for reach would reach \(Format.percent(gap)) more of the staff (distance-weighted): see who it adds below.")
            }
        } else {
            lines.append("No coalition is recorded for this term or before it (record one with trustnet coalition record); the suggestion below is a starting point.")
        }
        return CoalitionView(
            recorded: measured.map(rows) ?? [], hasRecorded: measured != nil, recordedTerm: data.coalition?.term ?? "", suggested: rows(suggestion),
            comparison: comparison, unitCount: unitCount, lines: lines)
    }

    // MARK: - Lateral sharing

    func lateralView(_ s: NetworkStructure, relations: Set<Relation>?) -> LateralView {
        let relation = relations.map { $0.sorted().map(\.name).joined(separator: " + ") } ?? "all"
        guard let ei = s.ei, let coupling = s.coupling else {
            return LateralView(
                relation: relation, hasUnits: false, ei: "–", expected: "–", pValue: "–", external: 0, internal: 0, permutations: 0, eiMeaning: "", heatHeader: [],
                heatRows: [], unitEI: [])
        }
        let largest = coupling.density.flatMap { $0 }.max() ?? 0
        let rows = s.unitNames.indices.map { a in
            HeatRow(
                unit: s.unitNames[a],
                cells: s.unitNames.indices.map { b in
                    let d = coupling.density[a][b]
                    let t = largest > 0 ? d / largest : 0
                    return HeatCell(
                        text: coupling.ties[a][b] == 0 ? "" : String(coupling.ties[a][b]), style: Format.heatStyle(t),
                        title: "\(s.unitNames[a]) → \(s.unitNames[b]): \(coupling.ties[a][b]) ties, density \(Format.decimal(d))", diagonal: a == b)
                })
        }
        let meaning: String
        let pText = ei.pValue < 0.001 ? "p < 0.001" : "p = \(Format.pValue(ei.pValue))"
        if ei.pValue < 0.05 {
            meaning = ei.observed < ei.expected
                ? "Sharing stays inside \(Format.plural(network.unitName)) more than their sizes alone would make it (\(pText))."
                : "Sharing crosses \(Format.plural(network.unitName)) more than their sizes alone would make it (\(pText))."
        } else {
            meaning = "Sharing crosses \(Format.plural(network.unitName)) about as often as chance would give with these sizes (\(pText))."
        }
        let byUnit = s.unitNames.indices.map { UnitEIRow(unit: s.unitNames[$0], ei: Format.signed(ei.byUnit[$0]), size: coupling.sizes[$0]) }
        return LateralView(
            relation: relation, hasUnits: true, ei: Format.signed(ei.observed), expected: Format.signed(ei.expected), pValue: Format.pValue(ei.pValue),
            external: ei.external, internal: ei.internal, permutations: ei.permutations, eiMeaning: meaning, heatHeader: s.unitNames, heatRows: rows, unitEI: byUnit)
    }

    // MARK: - Spread

    func spreadView(coalition: [Int], recordedCoalition: Bool) throws -> SpreadView {
        let graph = network.graph(relations: network.influenceRelations)
        let k = coalition.count
        let formal = network.people.indices.filter { network.people[$0].isFormalLeader }
        let sets: [(String, [Int])] = [
            (recordedCoalition ? "Coalition" : "Suggested coalition", coalition),
            ("Formal leaders", formal),
            ("Top \(k) Sarahs", Array(authority.ranking.prefix(k))),
        ]
        let rounds = 6
        var series: [ChartSeries] = []
        var rows: [SpreadRow] = []
        for (name, members) in sets where !members.isEmpty {
            var generator = SeededGenerator(seed: input.seed)
            let curve = graph.simulateSpread(from: members, model: .cascade(probability: 0.1), runs: input.spreadRuns, rounds: rounds, using: &generator)
            series.append(ChartSeries(name: name, values: curve.mean.map { Optional($0) }))
            rows.append(
                SpreadRow(
                    name: name, people: members.count, final: Format.percent(curve.final), afterTwo: Format.percent(curve.mean.count > 2 ? curve.mean[2] : curve.final),
                    band: "\(Format.percent(curve.low.last ?? 0))–\(Format.percent(curve.high.last ?? 0))"))
        }
        let chart = LineChart(
            title: "How far a practice would spread", subtitle: "Mean share of staff who have taken it up, by round (\(input.spreadRuns) simulated runs, seed \(input.seed))",
            categories: (0...rounds).map(String.init), xLabel: "Round of conversations (0 = the starting set)", yLabel: "Staff who have taken it up (%)",
            series: series, scale: .percent)
        return SpreadView(
            chart: try ReportSVG(chart: chart.svg()).markup, rows: rows, model: "independent cascade, p = 0.1 per unit of tie strength", runs: input.spreadRuns,
            rounds: rounds)
    }

    // MARK: - Pre-mortem, on-ramps, growth

    func premortemSection(coalition: [Int], recordedCoalition: Bool) -> ReportSection {
        let premortem = Premortem(network: network, coalition: coalition, authority: authority)
        let rows = premortem.findings.map { f in [f.kind.name, Format.percent(f.severity), f.sentence] }
        let whose = recordedCoalition ? "the coalition you enlisted" : "the suggested coalition"
        return ReportSection(
            id: "premortem", title: "Pre-mortem: what could make the effort fail",
            summary: "Imagine the effort has failed a year from now. These are the weak points of the network and of \(whose) that would most likely explain it, most serious first; severity is the share of staff affected.",
            paragraphs: rows.isEmpty ? ["No weak point stands out this term."] : [],
            tables: rows.isEmpty ? [] : [ReportTable(columns: ["finding", "staff affected", "what it means"], rows: rows)])
    }

    func onRampsSection(coalition: [Int], recordedCoalition: Bool) -> ReportSection {
        let ramps = OnRamp.onRamps(network: network, coalition: coalition, authority: authority)
        let people = network.people
        let rows = ramps.map { r in
            [people[r.person].name, people[r.person].unit ?? "", people[r.via].name, r.kind.rawValue, r.steps.map(String.init) ?? "no path yet"]
        }
        return ReportSection(
            id: "onramps", title: "On-ramps for people on the edge",
            summary: "People nobody or only one colleague names, with the \(recordedCoalition ? "coalition member" : "member of the suggested coalition") closest to them (or, when none can be reached, the most trusted colleague in their \(network.unitName)): a conversation that brings them in.",
            paragraphs: rows.isEmpty ? ["Nobody is on the edge of the network this term."] : ["\(rows.count) of \(people.count) people are on the edge this term."],
            tables: rows.isEmpty ? [] : [ReportTable(columns: ["person", network.unitName, "way in", "who", "steps"], rows: rows)])
    }

    /// Growth over the terms up to the report's (`nil` with one term): the growth table by
    /// measure, its charts, and the advice network's change from the first term.
    func growthSection() throws -> ReportSection? {
        let terms = Array(input.terms.prefix(through: input.reportTerm))
        guard terms.count > 1 else { return nil }
        let growth = Growth(
            terms: terms.map { GrowthTerm(network: $0.network, respondents: $0.respondents ?? 0, coalition: $0.coalition?.personIDs ?? []) },
            relations: [.advice, .sharing])
        let table = ResultTable.growthByMeasure(growth)
        let meaning = Dictionary(GrowthColumn.allCases.map { ($0.name, $0.meaning) }, uniquingKeysWith: { a, _ in a })
        let rows = table.rows.map { cells in
            cells.map(Self.text) + [meaning[Self.text(cells[0])] ?? ""]
        }
        var charts = try GrowthCharts.charts(growth, relations: "advice and sharing").map { try ReportSVG(chart: $0.svg) }
        let first = terms[0].network, last = terms[terms.count - 1].network
        let comparison = ComparisonDiagram(before: first, after: last, relations: [.advice])
        let positions = try StableLayout.positions(of: [first, last], relations: [.advice])
        charts.append(try ReportSVG(graphviz: try comparison.render(positions: positions, format: .svg)))
        let c = comparison.counts
        return ReportSection(
            id: "growth", title: "Growth over terms",
            summary: "How the network and the coalition changed from \(first.term.name) to \(last.term.name), on advice and sharing ties: spread (reach), depth (tie strength), sustainability (members retained) and ownership (falling centralization).",
            paragraphs: [
                "Advice ties from \(first.term.name) to \(last.term.name): \(c[.kept] ?? 0) kept, \(c[.new] ?? 0) new, \(c[.lost] ?? 0) lost between people on both rosters, \(c[.departed] ?? 0) went with people who left. In the last diagram new ties are vermilion, lost ties faint and dashed, newcomers outlined green, leavers pale."
            ],
            tables: [ReportTable(columns: table.columns + ["what it means"], rows: rows)], charts: charts)
    }

    static func text(_ cell: ResultTable.Cell) -> String {
        switch cell {
        case .text(let t): t
        case .integer(let i): String(i)
        case .number(let x): Format.decimal(x, 3)
        case .empty: ""
        }
    }

    // MARK: - Data quality

    func qualityView() -> QualityView {
        let n = network.people.count
        let isolates = network.graph().isolates
        var lines: [String] = []
        let respondents = data.respondents
        if let r = respondents, n > 0 {
            let rate = Double(r) / Double(n)
            if rate < 0.7 {
                lines.append("Fewer than 70% answered: people who did not answer can still be named, but their own ties are missing, so read their numbers with care.")
            }
        }
        if !isolates.isEmpty {
            lines.append("Isolates have no tie of any kind this term: they did not answer and nobody named them, or they answered naming nobody.")
        }
        let noUnit = network.people.count { $0.unit == nil }
        return QualityView(
            people: n, respondents: respondents.map(String.init) ?? "unknown",
            responseRate: respondents.map { n > 0 ? Format.percent(Double($0) / Double(n)) : "–" } ?? "unknown",
            nonRespondents: respondents.map { String(n - $0) } ?? "unknown",
            ties: network.relations.map { r in RelationOption(name: r.name, selected: false, ties: network.ties.count { $0.relation == r }) },
            isolates: isolates.map { network.people[$0].name }, isolateCount: isolates.count, hasIsolates: !isolates.isEmpty, noUnit: noUnit, lines: lines)
    }

    static func generic(_ s: ReportSection) -> GenericSectionView {
        GenericSectionView(id: s.id, title: s.title, summary: s.summary, paragraphs: s.paragraphs, tables: s.tables, charts: s.charts.map(\.markup))
    }

    // MARK: - Data for the page's script

    /// `{"terms":[{"name","people":{id:{…}},"ties":[[source,target,relation,weight]…]}]}`,
    /// safe inside `<script type="application/json">`.
    func dataJSON() throws -> String {
        var terms: [String] = []
        for (t, termData) in input.terms.enumerated() {
            let net = termData.network
            let a = t == input.reportTerm ? authority : InformalAuthority(network: net)
            var rank = [Int](repeating: 0, count: net.people.count)
            for (i, v) in a.ranking.enumerated() { rank[v] = i + 1 }
            let coalition = Set(termData.coalition?.personIDs ?? [])
            var people: [String] = []
            for (v, p) in net.people.enumerated() {
                let e = a.entries[v]
                var fields = [
                    "\"name\":\(JSONText.string(p.name))",
                    "\"unit\":\(p.unit.map(JSONText.string) ?? "null")",
                    "\"title\":\(p.title.map(JSONText.string) ?? "null")",
                    "\"formal\":\(e.isFormalLeader)",
                    "\"coalition\":\(coalition.contains(p.id))",
                    "\"authority\":\(ScriptJSON.number(e.score))",
                    "\"rank\":\(rank[v])",
                    "\"adviceIn\":\(e.adviceIn)",
                    "\"trustIn\":\(e.trustIn)",
                    "\"unitsReached\":\(e.unitsReached)",
                    "\"betweenness\":\(ScriptJSON.number(e.betweenness))",
                ]
                fields.append("\"reasons\":[" + a.reasons(for: v, in: net).map(JSONText.string).joined(separator: ",") + "]")
                people.append("\(JSONText.string(p.id)):{\(fields.joined(separator: ","))}")
            }
            let ties = net.ties.map { tie in
                "[\(JSONText.string(net.people[tie.source].id)),\(JSONText.string(net.people[tie.target].id)),\(JSONText.string(tie.relation.name)),\(ScriptJSON.number(tie.weight))]"
            }
            terms.append("{\"name\":\(JSONText.string(net.term.name)),\"people\":{\(people.joined(separator: ","))},\"ties\":[\(ties.joined(separator: ","))]}")
        }
        return ScriptJSON.safe("{\"current\":\(input.reportTerm),\"terms\":[\(terms.joined(separator: ","))]}")
    }
}
