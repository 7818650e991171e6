import TrustNet
import TrustNetAnalysis

/// Everything a report is made from, gathered by the caller (the command line loads it from
/// the workspace): every term as the analysis layer reads it, the report's term, and the
/// options of its questions.
///
/// Names reach the report only through these terms, so an anonymized report is made by
/// passing anonymized networks, with coalition and respondent ids mapped to the same
/// pseudonyms.
public struct ReportInput: Sendable {
    /// Every term of the workspace up to the report's, oldest first (the term switcher shows
    /// them all).
    public var terms: [AnalysisTerm]
    /// The term the report is about (an index into ``terms``; the latest by default).
    public var reportTerm: Int
    /// Whether names were replaced by pseudonyms (the report says so).
    public var anonymized: Bool
    /// The options of every question: the same defaults as the commands.
    public var options: BriefingOptions
    /// Sections to add or replace, by their ``ReportSection/id``: `premortem`, `onramps` and
    /// `growth` replace the report's own; others go before data quality.
    public var extraSections: [ReportSection]
    /// Draw everyone in one diagram even above 400 people (`report --whole`), instead of the
    /// units first and each unit on demand.
    public var whole: Bool

    public init(
        terms: [AnalysisTerm], reportTerm: Int? = nil, anonymized: Bool = false, options: BriefingOptions = BriefingOptions(),
        extraSections: [ReportSection] = [], whole: Bool = false
    ) {
        precondition(!terms.isEmpty, "a report needs at least one term")
        self.terms = terms
        self.reportTerm = reportTerm ?? terms.count - 1
        self.anonymized = anonymized
        self.options = options
        self.extraSections = extraSections
        self.whole = whole
    }
}

/// A section contributed to the report from outside its core (pre-mortem findings, on-ramps,
/// growth over terms): plain text, tables and charts, all escaped by the template except the
/// charts, which must be a checked ``ReportSVG`` (TrustNet's charts or Graphviz).
public struct ReportSection: Sendable {
    /// The hook it fills: `premortem`, `onramps` or `growth` (others go before data quality).
    public var id: String
    public var title: String
    /// One or two sentences on what the section means for the leader.
    public var summary: String
    public var paragraphs: [String]
    public var tables: [ReportTable]
    public var charts: [ReportSVG]

    public init(id: String, title: String, summary: String, paragraphs: [String] = [], tables: [ReportTable] = [], charts: [ReportSVG] = []) {
        self.id = id
        self.title = title
        self.summary = summary
        self.paragraphs = paragraphs
        self.tables = tables
        self.charts = charts
    }
}

/// A table of text for the template (every cell escaped on the way out).
public struct ReportTable: Sendable {
    public var caption: String
    public var columns: [String]
    public var rows: [[String]]

    public init(caption: String = "", columns: [String], rows: [[String]]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }
}
