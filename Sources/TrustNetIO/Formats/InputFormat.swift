import Foundation
import TrustNet

/// The kinds of file TrustNet imports, told apart by their header (or named with `--format`).
public enum InputFormat: String, Sendable, CaseIterable {
    /// `id,name[,email][,unit][,title][,…]`
    case roster
    /// `source,target[,relation][,weight][,term]`
    case tieList = "ties"
    /// One row per respondent, one column per question, several colleagues per cell
    /// (Google Forms, Microsoft Forms, Qualtrics).
    case forms
    /// People on the first row and the first column; cells 0/1 or a frequency.
    case matrix
    /// `date,person,with[,notes]`: a leader's log of one-on-one meetings.
    case oneOnOneLog = "log"

    static let sourceHeaders = ["source", "from", "ego", "sender"]
    static let targetHeaders = ["target", "to", "alter", "receiver"]
    static let dateHeaders = ["date", "meeting date", "when", "day"]
    static let withHeaders = ["with", "met with", "colleague", "attendee"]
    static let timestampHeaders = [
        "timestamp", "start time", "completion time", "startdate", "enddate", "responseid", "recordeddate", "submitted",
        "submission date",
    ]

    /// The format of the file `reader` holds, from its header and, for matrices, its first
    /// column (the same people label the rows and the columns).
    public static func detect(_ reader: CSVReader) throws(InputError) -> InputFormat {
        var records: [CSVRecord] = []
        var header: CSVHeader?
        var decided: InputFormat?
        try reader.forEachRecord { record throws(InputError) in
            if record.isBlank { return true }
            if header == nil {
                header = CSVHeader(record: record, fileName: reader.fileName)
                decided = fromHeader(header!)
                return decided == nil  // read on only when the rows must be looked at
            }
            records.append(record)
            return records.count < 5_000
        }
        guard let header else {
            throw InputError(Diagnostic(.error, file: reader.fileName, line: 1, column: 1, "the file is empty: it has no header row"))
        }
        if let decided { return decided }
        if looksLikeMatrix(header, records) { return .matrix }
        if header.index(of: Roster.idHeaders + Roster.emailHeaders + Roster.nameHeaders) != nil { return .roster }
        let finding =
            "cannot tell what this file is from its header (\(TextEscaping.singleLine(String(header.listing.prefix(200))))): a roster starts id,name,…, a tie list source,target,…, a one-on-one log date,person,with"
        throw InputError(
            Diagnostic(
                .error, file: reader.fileName, line: header.record.line, column: 1, finding + "; or name it with --format", finding: finding,
                remedy: .nameTheFormat))
    }

    /// What the header alone tells; `nil` when the rows must be looked at.
    static func fromHeader(_ header: CSVHeader) -> InputFormat? {
        // Either column makes a tie list (the reader then names the one missing).
        if header.index(of: sourceHeaders) != nil || header.index(of: targetHeaders) != nil { return .tieList }
        if header.index(of: dateHeaders) != nil && header.index(of: withHeaders) != nil { return .oneOnOneLog }
        if header.index(of: timestampHeaders) != nil { return .forms }
        let questions = header.names.filter { QuestionMapping.relation(forQuestion: $0) != nil || $0.contains("?") }
        // A roster may keep a score named like a relation (Daly's school leaders: `id,…,trust`):
        // beside an id column, only a header that reads as a question (a "?" or several words)
        // makes a form.
        let readsAsQuestion = { (name: String) in name.contains("?") || name.split(separator: " ").count > 1 }
        if !questions.isEmpty && (header.index(of: Roster.idHeaders) == nil || questions.contains(where: readsAsQuestion)) {
            return .forms
        }
        return nil
    }

    /// Rows and columns labelled by the same people: at least two columns after the first,
    /// and most of them also label a row.
    static func looksLikeMatrix(_ header: CSVHeader, _ rows: [CSVRecord]) -> Bool {
        let columns = header.names.dropFirst().map { PersonMatcher.normalizedName($0) }.filter { !$0.isEmpty }
        guard columns.count >= 2 else { return false }
        let rowLabels = Set(rows.map { PersonMatcher.normalizedName($0[0]) })
        let shared = columns.filter { rowLabels.contains($0) }.count
        return header.names[0].trimmed.isEmpty && shared > 0 || shared * 2 >= columns.count
    }
}
