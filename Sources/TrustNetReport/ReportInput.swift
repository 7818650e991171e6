import TrustNet

/// Everything a report is made from, gathered by the caller (the command line loads it from
/// the workspace): the terms' networks, the coalitions recorded, response counts.
///
/// Names reach the report only through these networks, so an anonymized report is made by
/// passing anonymized networks and coalition ids mapped to the same pseudonyms.
public struct ReportInput: Sendable {
    /// One term: its network, how many people answered, and the coalition in force.
    public struct TermData: Sendable {
        public var network: Network
        /// People who answered the survey (`nil` when unknown).
        public var respondents: Int?
        /// The coalition recorded in this term or the latest earlier one: person ids and the
        /// term it was recorded in.
        public var coalition: (term: String, personIDs: [String])?

        public init(network: Network, respondents: Int? = nil, coalition: (term: String, personIDs: [String])? = nil) {
            self.network = network
            self.respondents = respondents
            self.coalition = coalition
        }
    }

    /// Every term of the workspace, oldest first (the term switcher shows them all).
    public var terms: [TermData]
    /// The term the report is about (an index into ``terms``; the latest by default).
    public var reportTerm: Int
    /// Whether names were replaced by pseudonyms (the report says so).
    public var anonymized: Bool
    /// The seed of every random part (spread simulation, E-I permutations, Leiden).
    public var seed: UInt64
    /// Size of the suggested coalition when none is recorded (else the recorded size).
    public var coalitionSize: Int
    /// How many people the Sarahs table lists.
    public var topCount: Int
    /// Monte Carlo runs of the spread simulation.
    public var spreadRuns: Int
    /// Sections to add or replace, by their ``ReportSection/id``: `premortem`, `onramps` and
    /// `growth` replace the report's own; others go before data quality.
    public var extraSections: [ReportSection]

    public init(
        terms: [TermData], reportTerm: Int? = nil, anonymized: Bool = false, seed: UInt64 = 1, coalitionSize: Int = 5, topCount: Int = 10,
        spreadRuns: Int = 500, extraSections: [ReportSection] = []
    ) {
        precondition(!terms.isEmpty, "a report needs at least one term")
        self.terms = terms
        self.reportTerm = reportTerm ?? terms.count - 1
        self.anonymized = anonymized
        self.seed = seed
        self.coalitionSize = coalitionSize
        self.topCount = topCount
        self.spreadRuns = spreadRuns
        self.extraSections = extraSections
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
