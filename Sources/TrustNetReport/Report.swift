import Foundation
import Mustache
import TrustNet
import TrustNetAnalysis
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
        let page = try ReportBuilder(input: input, drawing: true).page()
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

/// Turns the term's ``Briefing`` (every section's answers, computed once by the analysis
/// layer) into the page's view model; it computes no answer of its own.
struct ReportBuilder {
    let input: ReportInput
    let briefing: Briefing
    let network: Network
    let authority: InformalAuthority
    /// Informal authority in every term (the diagrams' sizes and the page's data), computed once.
    let termAuthorities: [InformalAuthority]
    /// A large network drawn units first (``UnitDrillDown``); `nil` when everyone is drawn.
    private(set) var unitsFirst: UnitDrillDown?
    /// Rows of a person table in a large network's report: the first this many (the JSON
    /// carries the same rows and the total).
    static let largeTableRows = ReportLimits.rows

    /// The briefing of the report's term; with `drawing`, a large network's units-first drawing
    /// too, laid out through Graphviz on a thread of its own while the briefing is computed
    /// (it needs only the term's informal authority, the first thing computed).
    init(input: ReportInput, drawing: Bool = false) throws {
        self.input = input
        let analysis = Briefing.analysis(of: input.terms[input.reportTerm], options: input.options)
        let network = analysis.network
        var layouts: UnitDrillDown.Layouts?
        if drawing && UnitDrillDown.applies(people: network.people.count, units: network.units.count, whole: input.whole) {
            let drawn = DrawingSlot()
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) {
                drawn.result = Result { try UnitDrillDown.Layouts(network: network, authority: analysis.authority) }
            }
            let briefing = Result { try Briefing(analysis: analysis, terms: input.terms, reportTerm: input.reportTerm, options: input.options) }
            group.wait()
            self.briefing = try briefing.get()
            layouts = try drawn.result?.get()
        } else {
            briefing = try Briefing(analysis: analysis, terms: input.terms, reportTerm: input.reportTerm, options: input.options)
        }
        self.network = network
        authority = analysis.authority
        let options = analysis.options
        termAuthorities = input.terms.enumerated().map { t, term in
            t == input.reportTerm ? analysis.authority : TermAnalysis(term, options: options).authority
        }
        if let layouts {
            var coalition = Set(input.terms[input.reportTerm].recordedCoalition?.personIDs.compactMap(network.index(ofPersonWithID:)) ?? [])
            if coalition.isEmpty { coalition = Set(briefing.suggested.suggestion.members) }
            unitsFirst = UnitDrillDown(layouts, network: network, authority: authority, coalition: coalition)
        }
    }

    /// Whether tables of people are cut to ``largeTableRows`` (a large network).
    var large: Bool { ReportLimits.isLarge(people: network.people.count) }

    func page() throws -> ReportPage {
        let extras = Dictionary(input.extraSections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let premortem = Self.generic(extras["premortem"] ?? premortemSection())
        let onramps = Self.generic(extras["onramps"] ?? onRampsSection())
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
            title: "TrustNet report: \(network.term.name)", term: network.term.name, anonymized: input.anonymized, seed: String(input.options.seed),
            css: try Report.resource("report", "css"), js: try Report.resource("report", "js"), dataJSON: try dataJSON(),
            sections: sections, keyNumbers: keyNumbers(), summaryLines: summaryLines(), network: try networkView(),
            sarahs: sarahsView(), coalition: coalitionView(), lateral: lateralView(briefing.structure, relations: briefing.lateralRelations),
            premortem: premortem, onramps: onramps, spread: try spreadView(), growth: growth, otherSections: others, quality: qualityView())
    }

    // MARK: - Summary

    func keyNumbers() -> [KeyNumber] {
        let summary = briefing.summary
        let coalition = briefing.coalition
        var numbers: [KeyNumber] = []
        let who = coalition.isRecorded ? "the coalition you enlisted (\(coalition.members.count) people)" : "a suggested coalition of \(coalition.members.count)"
        numbers.append(
            KeyNumber(
                value: Wording.percent(summary.coalitionWithinTwo), label: "within two steps of the coalition",
                meaning: "Share of the other staff who go to \(who), or to someone who does, for advice or sharing: how far its work can travel by conversation."))
        numbers.append(
            KeyNumber(
                value: summary.hiddenLeaders.map(String.init) ?? "–", label: summary.hiddenLeaders == 1 ? "hidden leader" : "hidden leaders",
                meaning: summary.hiddenLeaders != nil
                    ? "People without a formal title who rank among the \(authority.hiddenLeaderPlaces) most sought-out (as many places as there are formal leaders): ask them to join, or they will shape the work anyway."
                    : "The roster marks no formal leaders, so the people colleagues go to cannot be told apart from formal leaders: see the Sarahs below."))
        if let share = summary.crossUnitShare, let ei = briefing.structure.ei {
            // Without sharing ties, the advice ties (or all ties) stand in: say which.
            let present = network.relations
            let used = (briefing.lateralRelations ?? Set(present)).filter(present.contains).sorted()
            let kind = used == [.sharing] ? "sharing ties" : used.isEmpty ? "ties" : "\(used.map(\.name).joined(separator: " and ")) ties"
            let standIn = used == [.sharing] ? "" : "No sharing ties in this term, so \(kind) stand in. "
            numbers.append(
                KeyNumber(
                    value: Wording.percent(share), label: "of \(kind) cross \(Wording.plural(network.unitName))",
                    meaning: "\(standIn)Lateral sharing: E-I index \(Wording.signed(ei.observed)) (−1 = all of it stays inside \(Wording.withArticle(network.unitName)), +1 = all of it crosses). Low values mean good practice stays where it started."))
        } else {
            numbers.append(KeyNumber(value: "–", label: "sharing across units", meaning: "The roster has no unit column, so sharing across units cannot be measured."))
        }
        let unnamed = summary.namedByNobody
        let adviceWords = authority.usedAdviceTies ? "for advice" : "at all (\(Wording.ties(authority.adviceRelations)) stand in for advice)"
        numbers.append(
            KeyNumber(
                value: "\(unnamed)", label: unnamed == 1 ? "person nobody names \(adviceWords)" : "people nobody names \(adviceWords)",
                meaning: "Out of \(network.people.count). Not a judgement of their work: they are the people an improvement effort reaches last, and where on-ramps start."))
        numbers.append(
            KeyNumber(
                value: Wording.fixed(summary.adviceCentralization), label: authority.usedAdviceTies ? "advice centralization" : "centralization of \(Wording.ties(authority.adviceRelations))",
                meaning: "Near 0: advice is spread over many people. Near 1: it all runs through one person, and the work stalls if they leave or are overloaded."))
        return numbers
    }

    func summaryLines() -> [String] {
        var lines: [String] = []
        let people = network.people
        if let header = Wording.minimumStrength(briefing.options.analysis.minWeight) { lines.append("This report counts \(header).") }
        let top = authority.ranking.prefix(3).map { people[$0].name }
        if !top.isEmpty {
            lines.append("Colleagues turn most often to \(Wording.list(top)) \(authority.usedAdviceTies ? "for advice and trust" : "(\(Wording.ties(authority.adviceRelations)) standing in for advice)").")
        }
        let alignment = briefing.sarahs.alignment
        lines.append(
            "\(alignment.formalInTop) of the \(alignment.topCount) people with the most informal authority hold a formal title (of \(alignment.formalLeaders) formal leaders on the roster).")
        if let brokers = authority.topBrokers.first {
            lines.append("\(people[brokers].name) connects more colleagues than anyone else: many paths of advice and sharing run through them.")
        }
        if let estimate = Wording.betweennessEstimate(authority, people: network.people.count) { lines.append(estimate) }
        let suggestion = briefing.suggested.suggestion
        let cover = briefing.suggested.coverColumn.map { " one per \($0) where possible," } ?? ""
        lines.append(
            "A coalition of \(suggestion.members.count) chosen for reach,\(cover) would have \(Wording.percent(suggestion.withinTwo)) of the other staff within two steps.")
        return lines
    }

    // MARK: - Network diagrams

    func networkView() throws -> NetworkView {
        if let unitsFirst { return unitsFirstView(unitsFirst) }
        let suggested = briefing.suggested.suggestion.members
        let networks = input.terms.map(\.network)
        let positions = try StableLayout.positions(of: networks, relations: nil)
        var terms: [TermDiagrams] = []
        let currentRelations = network.relations
        let defaultRelation: Relation = currentRelations.contains(.advice) ? .advice : (currentRelations.first ?? .advice)
        for (t, termData) in input.terms.enumerated() {
            let net = termData.network
            let termAuthority = termAuthorities[t]
            var coalition = Set(termData.recordedCoalition?.personIDs.compactMap(net.index(ofPersonWithID:)) ?? [])
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
            unitsFirst: false, overviewLine: "", terms: terms, severalTerms: terms.count > 1, relations: relations, units: units, hasUnits: !units.isEmpty, unitName: network.unitName)
    }

    /// A large network: the units' diagram of the report's term; each unit's diagram is drawn
    /// by the page's script from ``UnitDrillDown``'s data when it is opened.
    func unitsFirstView(_ drawing: UnitDrillDown) -> NetworkView {
        let units = network.units.enumerated().map { UnitOption(name: $0.element, color: Palette.color($0.offset)) }
        let term = TermDiagrams(
            index: input.reportTerm, name: network.term.name, current: true,
            diagrams: drawing.unitsSVG.map { [DiagramView(relation: "units", term: input.reportTerm, visible: true, svg: $0.markup)] } ?? [])
        let listed = drawing.unitsSVG == nil
            ? " There are too many \(Wording.plural(network.unitName)) to draw them: the table lists them, largest first; click one (or choose it above) to open its diagram."
            : ""
        let line = Wording.overview(people: network.people.count, groups: units.count, groupName: network.unitName) + listed
            + " Each \(network.unitName)'s diagram names its \(UnitDrillDown.namedPerUnit) most sought-out people and outlines the coalition; trustnet report --whole draws everyone in one picture."
        let table = drawing.unitsSVG == nil ? UnitDrillDown.tableRows(network, authority: authority) : []
        return NetworkView(
            unitsFirst: true, overviewLine: line, terms: [term], severalTerms: false, relations: [], units: units, hasUnits: !units.isEmpty,
            unitName: network.unitName, unitTable: table, hasUnitTable: !table.isEmpty)
    }

    // MARK: - Sarahs

    func sarahsView() -> SarahsView {
        let answer = briefing.sarahs
        let rows = answer.entries.map { e in
            SarahRow(
                rank: e.rank, name: e.ref.name, unit: e.ref.unit ?? "", title: e.title ?? "", score: Wording.fixed(e.score), adviceIn: e.adviceIn,
                trustIn: e.trustIn, unitsReached: e.unitsReached, formal: e.formal, hidden: e.hidden,
                reasons: Wording.reasons(e.reasons, unitName: network.unitName))
        }
        let lines = [Wording.alignment(answer.alignment, term: network.term.name)]
        return SarahsView(
            rows: rows, topCount: answer.entries.count, hiddenLeaders: answer.hiddenLeaders.map { network.people[$0].name },
            hiddenPlaces: answer.hiddenLeaderPlaces,
            adviceHeader: answer.usedAdviceTies ? "Advice" : "Named (\(answer.adviceRelations.sorted().map(\.name).joined(separator: ", ")))",
            hasHiddenLeaders: !answer.hiddenLeaders.isEmpty, alignmentLines: lines, usedAllTies: !answer.usedAdviceTies,
            standIn: Wording.ties(answer.adviceRelations))
    }

    // MARK: - Coalition

    func coalitionView() -> CoalitionView {
        let people = network.people
        let suggested = briefing.suggested
        let recorded = briefing.recorded
        func rows(_ s: CoalitionSuggestion) -> [MemberRow] {
            s.picks.enumerated().map { i, pick in
                let p = people[pick.person]
                return MemberRow(
                    position: i + 1, name: p.name, unit: p.unit ?? "", title: p.title ?? "", formal: p.isFormalLeader,
                    gain: "+" + Wording.percent(pick.marginalGain), reachAfter: Wording.percent(pick.reachAfter))
            }
        }
        let unitCount = network.units.count
        let sets = (recorded?.comparison.prefix(1) ?? []) + suggested.comparison
        let comparison = sets.map { row in
            SetRow(
                name: Self.setName(row.kind), meaning: Self.setMeaning(row.kind, cover: suggested.coverColumn), people: row.members.count,
                reach: Wording.percent(row.reach), withinOne: Wording.percent(row.withinOne), withinTwo: Wording.percent(row.withinTwo),
                units: unitCount > 0 ? "\(row.unitsCovered) of \(unitCount)" : "–")
        }
        var lines: [String] = []
        if let recorded, let term = recorded.coalition.recordedIn {
            let measured = recorded.ordered
            lines.append(
                "The coalition enlisted in \(term) has \(Wording.percent(measured.withinOne)) of the other staff within one step and \(Wording.percent(measured.withinTwo)) within two.")
        } else {
            lines.append("No coalition is recorded for this term or before it (record one with trustnet coalition record); the suggestion below is a starting point.")
        }
        lines.append("The suggestion is what trustnet coalition suggest gives with its defaults (\(suggested.size) people\(suggested.coverColumn.map { ", one per \($0) where possible" } ?? "")).")
        return CoalitionView(
            recorded: recorded.map { rows($0.ordered) } ?? [], hasRecorded: recorded != nil, recordedTerm: recorded?.coalition.recordedIn ?? "",
            suggested: rows(suggested.suggestion), comparison: comparison, unitCount: unitCount, lines: lines)
    }

    static func setName(_ kind: CoalitionSetKind) -> String {
        switch kind {
        case .recorded: "Enlisted coalition"
        case .suggested: "Suggested coalition"
        case .mostNamed(let k, let relations): relations == [.advice] ? "Top \(k) by advice in-degree" : "Top \(k) by in-degree"
        case .formalLeaders: "Formal leaders"
        }
    }

    static func setMeaning(_ kind: CoalitionSetKind, cover: String?) -> String {
        switch kind {
        case .recorded(let term): "recorded in \(term)"
        case .suggested: cover.map { "chosen for reach, one per \($0) where possible" } ?? "chosen for reach"
        case .mostNamed(_, let relations): relations == [.advice] ? "the most sought-out for advice" : "the most named (\(Wording.ties(relations)))"
        case .formalLeaders: "everyone marked a formal leader"
        }
    }

    // MARK: - Lateral sharing

    func lateralView(_ s: NetworkStructure, relations: Set<Relation>?) -> LateralView {
        let relation = relations.map { $0.sorted().map(\.name).joined(separator: " + ") } ?? "all"
        guard let ei = s.ei, let coupling = s.coupling else {
            return LateralView(
                relation: relation, hasUnits: false, ei: "–", expected: "–", pValue: "–", external: 0, internal: 0, permutations: 0, eiMeaning: "", heatHeader: [],
                heatRows: [], hasHeat: false, heatNote: "", unitEI: [], unitEINote: "")
        }
        let largest = coupling.density.flatMap { $0 }.max() ?? 0
        let hasHeat = s.unitNames.count <= ReportLimits.heatMapUnits
        let rows = !hasHeat ? [] : s.unitNames.indices.map { a in
            HeatRow(
                unit: s.unitNames[a],
                cells: s.unitNames.indices.map { b in
                    guard coupling.compared[a][b] else {
                        return HeatCell(
                            text: "", style: "background: repeating-linear-gradient(45deg, #f6f6f6 0 4px, #d4d4d4 4px 6px)",
                            title: "\(s.unitNames[a]) → \(s.unitNames[b]): not compared (different \(briefing.analysis.level?.column ?? "groups"))", diagonal: false)
                    }
                    let d = coupling.density[a][b]
                    let t = largest > 0 ? d / largest : 0
                    return HeatCell(
                        text: coupling.ties[a][b] == 0 ? "" : String(coupling.ties[a][b]), style: Format.heatStyle(t),
                        title: "\(s.unitNames[a]) → \(s.unitNames[b]): \(coupling.ties[a][b]) ties, density \(Wording.fixed(d))", diagonal: a == b)
                })
        }
        var meaning: String
        let pText = ei.pValue < 0.001 ? "p < 0.001" : "p = \(Wording.pValue(ei.pValue))"
        if ei.pValue < 0.05 {
            meaning = ei.observed < ei.expected
                ? "Sharing stays inside \(Wording.plural(network.unitName)) more than their sizes alone would make it (\(pText))."
                : "Sharing crosses \(Wording.plural(network.unitName)) more than their sizes alone would make it (\(pText))."
        } else {
            meaning = "Sharing crosses \(Wording.plural(network.unitName)) about as often as chance would give with these sizes (\(pText))."
        }
        if let level = briefing.analysis.level?.column, let within = Wording.comparedWithin(level, unitName: network.unitName, voice: .browser) {
            meaning += " " + within.prefix(1).uppercased() + within.dropFirst()
                + "; ties between \(Wording.plural(level)) are left out, and hatched cells pair \(Wording.plural(network.unitName)) of different \(Wording.plural(level))."
        }
        var order = Array(s.unitNames.indices)
        var unitEINote = ""
        if !hasHeat {
            // Hundreds of units: the most inward first (lowest E-I, then the larger), cut.
            order.sort { a, b in
                let x = ei.byUnit[a].isNaN ? 2 : ei.byUnit[a], y = ei.byUnit[b].isNaN ? 2 : ei.byUnit[b]
                return x != y ? x < y : coupling.sizes[a] != coupling.sizes[b] ? coupling.sizes[a] > coupling.sizes[b] : a < b
            }
            if order.count > ReportLimits.unitRows {
                unitEINote = "The \(ReportLimits.unitRows) \(Wording.plural(network.unitName)) whose ties stay most inside them, of \(order.count)."
                order = Array(order.prefix(ReportLimits.unitRows))
            }
        }
        let byUnit = order.map { UnitEIRow(unit: s.unitNames[$0], ei: Wording.signed(ei.byUnit[$0]), size: coupling.sizes[$0]) }
        let heatNote = hasHeat ? "" : "With \(s.unitNames.count) \(Wording.plural(network.unitName)) the coupling table would have \(s.unitNames.count * s.unitNames.count) cells; the diagram of the network above draws each \(network.unitName)'s strongest links instead."
        return LateralView(
            relation: relation, hasUnits: true, ei: Wording.signed(ei.observed), expected: Wording.signed(ei.expected), pValue: Wording.pValue(ei.pValue),
            external: ei.external, internal: ei.internal, permutations: ei.permutations, eiMeaning: meaning, heatHeader: hasHeat ? s.unitNames : [], heatRows: rows,
            hasHeat: hasHeat, heatNote: heatNote, unitEI: byUnit, unitEINote: unitEINote)
    }

    // MARK: - Spread

    func spreadView() throws -> SpreadView {
        let answer = briefing.spread
        var series: [ChartSeries] = []
        var rows: [SpreadRow] = []
        for row in answer.rows where !row.members.isEmpty {
            let name: String
            switch row.seedSet {
            case .coalition: name = row.coalition?.isRecorded == true ? "Coalition" : "Suggested coalition"
            case .formal: name = "Formal leaders"
            case .sarahs: name = "Top \(row.members.count) Sarahs"
            case .people(let label, _): name = label
            }
            let curve = row.curve
            series.append(ChartSeries(name: name, values: curve.mean.map { Optional($0) }))
            rows.append(
                SpreadRow(
                    name: name, people: row.members.count, final: Wording.percent(curve.final),
                    afterTwo: Wording.percent(curve.mean.count > 2 ? curve.mean[2] : curve.final),
                    band: "\(Wording.percent(curve.low.last ?? 0))–\(Wording.percent(curve.high.last ?? 0))"))
        }
        let chart = LineChart(
            title: "How far a practice would spread", subtitle: "Mean share of staff who have taken it up, by round (\(answer.runs) simulated runs, seed \(answer.seed))",
            categories: (0...answer.rounds).map(String.init), xLabel: "Round of conversations (0 = the starting set)", yLabel: "Staff who have taken it up (%)",
            series: series, scale: .percent)
        let model: String
        switch answer.model {
        case .cascade(let p): model = "independent cascade, p = \(Wording.fixed(p, 2)) per unit of tie strength"
        case .threshold(let k): model = "threshold: a person adopts once \(k) of the people they turn to have"
        }
        return SpreadView(chart: try ReportSVG(chart: chart.svg()).markup, rows: rows, model: model, runs: answer.runs, rounds: answer.rounds)
    }

    // MARK: - Pre-mortem, on-ramps, growth

    func premortemSection() -> ReportSection {
        let answer = briefing.premortem
        let term = briefing.analysis.term
        let rows = answer.findings.map { f in [f.kind.name, Wording.percent(f.severity), Wording.sentence(f, in: network, answered: term.answered)] }
        let whose = answer.coalition.isRecorded ? "the coalition you enlisted" : "the suggested coalition"
        return ReportSection(
            id: "premortem", title: "Pre-mortem: what could make the effort fail",
            summary: "Imagine the effort has failed a year from now. These are the weak points of the network and of \(whose) that would most likely explain it, most serious first; severity is the share of staff affected.",
            paragraphs: (rows.isEmpty ? ["No weak point stands out this term."] : [])
                + [Wording.comparedWithin(answer.comparedWithin, unitName: network.unitName, voice: .browser).map { $0.prefix(1).uppercased() + $0.dropFirst() + "." }]
                .compactMap { $0 },
            tables: (rows.isEmpty ? [] : [ReportTable(columns: ["finding", "staff affected", "what it means"], rows: rows)]) + introductionTables())
    }

    /// Lateral-sharing introductions (as `trustnet introduce` gives them), beside the units that
    /// share nothing: who could meet whom so that practice crosses between units.
    func introductionTables() -> [ReportTable] {
        guard let answer = briefing.introductions, !answer.introductions.isEmpty else { return [] }
        let rows = answer.introductions.map { e in
            [e.a.name + (e.a.unit.map { " (\($0))" } ?? ""), e.b.name + (e.b.unit.map { " (\($0))" } ?? ""), Wording.introductionReason(e)]
        }
        return [
            ReportTable(
                caption: "Introductions that would connect \(Wording.plural(network.unitName)) — " + Wording.introductionsSummary(answer).joined(separator: " "),
                columns: ["introduce", "to", "why"], rows: rows)
        ]
    }

    func onRampsSection() -> ReportSection {
        let answer = briefing.onRamps
        let people = network.people
        let all = Array(zip(answer.ramps, answer.answered))
        let rows = ReportLimits.shown(all, people: people.count).map { r, answered in
            [
                people[r.person].name, people[r.person].unit ?? "", Wording.edge(r.person, in: network, answered: answered), people[r.via].name,
                Wording.via(r.kind), r.steps.map(String.init) ?? "no path yet",
            ]
        }
        return ReportSection(
            id: "onramps", title: "On-ramps for people on the edge",
            summary: "People nobody or only one colleague names, with the \(answer.coalition.isRecorded ? "coalition member" : "member of the suggested coalition") closest to them (or, when none can be reached, the most trusted colleague in their \(network.unitName)): a conversation that brings them in.",
            paragraphs: rows.isEmpty
                ? ["Nobody is on the edge of the network this term."]
                : ["\(all.count) of \(people.count) people are on the edge this term." + (rows.count < all.count ? " The first \(rows.count) are listed (trustnet onramps lists them all)." : "")],
            tables: rows.isEmpty ? [] : [ReportTable(columns: ["person", network.unitName, "on the edge", "way in", "who", "steps"], rows: rows)])
    }

    /// Growth over the terms up to the report's (`nil` with one term): the growth table by
    /// measure, its charts, and the change of the ties that stand for advice from the first term.
    func growthSection() throws -> ReportSection? {
        guard let answer = briefing.growth else { return nil }
        let terms = Array(input.terms.prefix(through: input.reportTerm))
        let growth = answer.growth
        let words = answer.relations.map { Wording.ties($0) } ?? "all ties"
        let table = ResultTable.growthByMeasure(growth)
        let meaning = Dictionary(GrowthColumn.allCases.map { ($0.name, $0.meaning) }, uniquingKeysWith: { a, _ in a })
        let rows = table.rows.map { cells in
            cells.map(Self.text) + [meaning[Self.text(cells[0])] ?? ""]
        }
        var charts = try GrowthCharts.charts(growth, relations: words).map { try ReportSVG(chart: $0.svg) }
        let first = terms[0].network, last = terms[terms.count - 1].network
        var paragraphs: [String] = []
        // The ties that stand for advice in both terms (advice itself when they have some),
        // drawn at the positions of the network diagrams above (every term laid out together).
        let standsFor = (InformalAuthority.adviceRelations(among: Set(first.relations)), InformalAuthority.adviceRelations(among: Set(last.relations)))
        if standsFor.0 != standsFor.1 && !first.ties.isEmpty && !last.ties.isEmpty {
            // Advice in one term, only trust in the other: their ties cannot be kept or lost.
            paragraphs.append(
                "The change of ties from \(first.term.name) to \(last.term.name) is not drawn: \(first.term.name) has \(Wording.ties(standsFor.0)), \(last.term.name) \(Wording.ties(standsFor.1)) in their place.")
        } else {
            let compared = InformalAuthority.adviceRelations(among: Set(first.relations).union(last.relations))
            let comparison = ComparisonDiagram(before: first, after: last, relations: compared)
            // A large network's change is not drawn person by person (the counts still hold).
            let drawn = !UnitDrillDown.applies(people: max(first.people.count, last.people.count), units: network.units.count, whole: input.whole)
            if drawn {
                let positions = try StableLayout.positions(of: input.terms.map(\.network), relations: nil)
                charts.append(try ReportSVG(graphviz: try comparison.render(positions: positions, format: .svg)))
            }
            let c = comparison.counts
            paragraphs.append(
                "\(Wording.ties(compared).prefix(1).uppercased() + Wording.ties(compared).dropFirst()) from \(first.term.name) to \(last.term.name): \(c[.kept] ?? 0) kept, \(c[.new] ?? 0) new, \(c[.lost] ?? 0) lost between people on both rosters, \(c[.departed] ?? 0) went with people who left."
                    + (drawn ? " In the last diagram new ties are vermilion, lost ties faint and dashed, newcomers outlined green, leavers pale." : " (trustnet render --compare draws them.)"))
            if answer.adviceStandIn { paragraphs.append("No term has advice ties, so \(Wording.ties(compared)) stand in for advice here.") }
        }
        paragraphs += Wording.growthStandIns(answer.standIns, measured: answer.relations, terms: terms.map(\.network.term.name)).map { $0.prefix(1).uppercased() + $0.dropFirst() + "." }
        if let column = answer.comparedWithin, let within = Wording.comparedWithin(column, unitName: network.unitName, voice: .browser) {
            paragraphs.append(within.prefix(1).uppercased() + within.dropFirst() + ": the share of ties between different units counts only ties inside one \(column).")
        }
        paragraphs += answer.cautions.map { "Caution: " + Wording.caution($0) + "." }
        return ReportSection(
            id: "growth", title: "Growth over terms",
            summary: "How the network and the coalition changed from \(first.term.name) to \(last.term.name), on \(words): spread (reach), depth (tie strength), sustainability (members retained) and ownership (falling centralization).",
            paragraphs: paragraphs, tables: [ReportTable(columns: table.columns + ["what it means"], rows: rows)], charts: charts)
    }

    static func text(_ cell: ResultTable.Cell) -> String {
        switch cell {
        case .text(let t): t
        case .integer(let i): String(i)
        case .number(let x): Wording.fixed(x, 3)
        case .empty: ""
        }
    }

    // MARK: - Data quality

    func qualityView() -> QualityView {
        let q = briefing.quality
        let n = q.people
        var lines: [String] = []
        if let r = q.respondents, n > 0, Double(r) / Double(n) < 0.7 {
            lines.append("Fewer than 70% answered: people who did not answer can still be named, but their own ties are missing, so read their numbers with care.")
        }
        if !q.isolates.isEmpty {
            if q.respondents == nil {
                lines.append("Isolates have no tie of any kind this term: they did not answer and nobody named them, or they answered naming nobody (the workspace does not know who answered).")
            } else {
                let silent = q.isolatesWhoDidNotAnswer.count, none = q.isolatesWhoNamedNobody.count
                lines.append(
                    "Isolates have no tie of any kind this term: \(silent) did not answer the survey and nobody named them; \(none) answered naming nobody and nobody named them.")
            }
        }
        return QualityView(
            people: n, respondents: q.respondents.map(String.init) ?? "unknown",
            responseRate: q.respondents.map { n > 0 ? Wording.percent(Double($0) / Double(n)) : "–" } ?? "unknown",
            nonRespondents: q.respondents.map { String(n - $0) } ?? "unknown",
            ties: q.tiesByRelation.map { RelationOption(name: $0.relation.name, selected: false, ties: $0.ties) },
            isolates: ReportLimits.shown(q.isolates, people: n).map { network.people[$0].name }, isolateCount: q.isolates.count, hasIsolates: !q.isolates.isEmpty, noUnit: q.withoutUnit,
            lines: lines)
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
            let a = termAuthorities[t]
            var rank = [Int](repeating: 0, count: net.people.count)
            for (i, v) in a.ranking.enumerated() { rank[v] = i + 1 }
            let coalition = Set(termData.recordedCoalition?.personIDs ?? [])
            var people: [String] = []
            // Drawn units first: the key people of the report's term carry their reasons here;
            // everyone's measures are in the units' data, read when a unit is opened.
            var listed = Array(net.people.indices)
            if unitsFirst != nil {
                listed = t == input.reportTerm ? Array(a.ranking.prefix(ReportLimits.rows)) : []
            }
            for v in listed {
                let p = net.people[v]
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
                fields.append("\"reasons\":[" + a.reasons(for: v, in: net).map { JSONText.string(Wording.reason($0, unitName: net.unitName)) }.joined(separator: ",") + "]")
                people.append("\(JSONText.string(p.id)):{\(fields.joined(separator: ","))}")
            }
            let ties = unitsFirst != nil ? [] : net.ties.map { tie in
                "[\(JSONText.string(net.people[tie.source].id)),\(JSONText.string(net.people[tie.target].id)),\(JSONText.string(tie.relation.name)),\(ScriptJSON.number(tie.weight))]"
            }
            // A term without advice ties says what stood in, in the click panel too.
            let namedBy = a.usedAdviceTies ? "Named for advice by" : "Named (\(Wording.ties(a.adviceRelations)), standing in for advice) by"
            terms.append(
                "{\"name\":\(JSONText.string(net.term.name)),\"namedBy\":\(JSONText.string(namedBy)),\"people\":{\(people.joined(separator: ","))},\"ties\":[\(ties.joined(separator: ","))]}")
        }
        let units = unitsFirst.map { ",\"unitsFirst\":" + $0.json } ?? ""
        return ScriptJSON.safe("{\"current\":\(input.reportTerm),\"terms\":[\(terms.joined(separator: ","))]\(units)}")
    }
}

/// The units-first layouts, handed from the thread that draws them (written once, read after
/// the wait).
private final class DrawingSlot: @unchecked Sendable {
    var result: Result<UnitDrillDown.Layouts, any Error>?
}
