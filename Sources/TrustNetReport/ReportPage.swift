/// The view model of the report page: plain values the template reads (mustache escapes every
/// `{{value}}`; only the `svg`, `css`, `js` and `dataJSON` fields are inlined as they are).
///
/// ``sections`` is the table of contents and the list of hooks: a section with nothing to
/// show (growth with a single term) is listed with `available = false` and not rendered.
struct ReportPage {
    var title: String
    var term: String
    var anonymized: Bool
    var seed: String
    var css: String
    var js: String
    var dataJSON: String
    var sections: [SectionLink]
    var keyNumbers: [KeyNumber]
    var summaryLines: [String]
    var network: NetworkView
    var sarahs: SarahsView
    var coalition: CoalitionView
    var lateral: LateralView
    var premortem: GenericSectionView
    var onramps: GenericSectionView
    var spread: SpreadView
    var growth: GenericSectionView?
    var otherSections: [GenericSectionView]
    var quality: QualityView
}

struct SectionLink {
    var id: String
    var title: String
    var available: Bool
}

/// One of the five numbers of the summary, with what it means for the leader.
struct KeyNumber {
    var value: String
    var label: String
    var meaning: String
}

struct NetworkView {
    /// Drawn units first (a large network): the units' diagram, each unit's on demand.
    var unitsFirst: Bool
    /// What the units-first drawing shows and how to go further.
    var overviewLine: String
    var terms: [TermDiagrams]
    var severalTerms: Bool
    var relations: [RelationOption]
    var units: [UnitOption]
    var hasUnits: Bool
    var unitName: String
    /// With more units than a drawing can show (``UnitDrillDown/tableAbove``): one row per
    /// unit, each opening its diagram, instead of the units' diagram.
    var unitTable: [UnitTableRow] = []
    /// Stored, not computed: the template reads properties by reflection.
    var hasUnitTable = false
}

/// A unit in the units' table: its size, its ties inside and across, its most sought-out person.
struct UnitTableRow {
    var name: String
    var people: Int
    var within: Int
    var tiesOut: Int
    var tiesIn: Int
    var soughtOut: String
}

struct TermDiagrams {
    var index: Int
    var name: String
    var current: Bool
    var diagrams: [DiagramView]
}

struct DiagramView {
    var relation: String
    var term: Int
    var visible: Bool
    var svg: String
}

struct RelationOption {
    var name: String
    var selected: Bool
    var ties: Int
}

struct UnitOption {
    var name: String
    var color: String
}

struct SarahsView {
    var rows: [SarahRow]
    var topCount: Int
    var hiddenLeaders: [String]
    var hiddenPlaces: Int
    /// "Advice", or what stood in for it ("Sharing (for advice)").
    var adviceHeader: String
    var hasHiddenLeaders: Bool
    var alignmentLines: [String]
    var usedAllTies: Bool
    /// What stood in for advice ("sharing ties", "all ties") when ``usedAllTies``.
    var standIn: String
}

struct SarahRow {
    var rank: Int
    var name: String
    var unit: String
    var title: String
    var score: String
    var adviceIn: Int
    var trustIn: Int
    var unitsReached: Int
    var formal: Bool
    var hidden: Bool
    var reasons: String
}

struct CoalitionView {
    var recorded: [MemberRow]
    var hasRecorded: Bool
    var recordedTerm: String
    var suggested: [MemberRow]
    var comparison: [SetRow]
    var unitCount: Int
    var lines: [String]
}

struct MemberRow {
    var position: Int
    var name: String
    var unit: String
    var title: String
    var formal: Bool
    var gain: String
    var reachAfter: String
}

struct SetRow {
    var name: String
    var meaning: String
    var people: Int
    var reach: String
    var withinOne: String
    var withinTwo: String
    var units: String
}

struct LateralView {
    var relation: String
    var hasUnits: Bool
    var ei: String
    var expected: String
    var pValue: String
    var external: Int
    var `internal`: Int
    var permutations: Int
    var eiMeaning: String
    var heatHeader: [String]
    var heatRows: [HeatRow]
    /// Whether the heat map is drawn (not with hundreds of units: a state's 500 schools
    /// would make 250,000 cells).
    var hasHeat: Bool
    /// Why the heat map is left out, or how the unit table is cut.
    var heatNote: String
    var unitEI: [UnitEIRow]
    var unitEINote: String
}

struct HeatRow {
    var unit: String
    var cells: [HeatCell]
}

struct HeatCell {
    var text: String
    var style: String
    var title: String
    var diagonal: Bool
}

struct UnitEIRow {
    var unit: String
    var ei: String
    var size: Int
}

struct SpreadView {
    var chart: String
    var rows: [SpreadRow]
    var model: String
    var runs: Int
    var rounds: Int
}

struct SpreadRow {
    var name: String
    var people: Int
    var final: String
    var afterTwo: String
    var band: String
}

struct QualityView {
    var people: Int
    var respondents: String
    var responseRate: String
    var nonRespondents: String
    var ties: [RelationOption]
    var isolates: [String]
    var isolateCount: Int
    var hasIsolates: Bool
    var noUnit: Int
    var lines: [String]
}

struct GenericSectionView {
    var id: String
    var title: String
    var summary: String
    var paragraphs: [String]
    var tables: [ReportTable]
    var charts: [String]
}
