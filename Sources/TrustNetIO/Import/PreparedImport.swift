import TrustNet

/// An import read, matched and checked: the plan the workspace is to write, and what the user
/// is told about it.
public struct PreparedImport: Sendable {
    /// What the workspace writes, all or nothing.
    public var plan: ImportPlan
    /// Files, terms, ties by relation, warnings and notes, and the data-quality report.
    public var summary: ImportSummary
}
