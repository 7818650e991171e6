import Foundation
import TrustNet

/// A tie read from a file, by roster index, with the line it came from.
public struct ImportedTie: Sendable, Hashable {
    public var source: Int
    public var target: Int
    public var relation: Relation
    public var weight: Double
    /// The term named on the row, or the import's term.
    public var term: String
    public var line: Int
}

/// The ties of one tie-list file, resolved against a roster.
public struct TieList: Sendable {
    public var fileName: String
    public var ties: [ImportedTie]
    /// Data rows read (blank lines not counted).
    public var rowCount: Int
    public var diagnostics: [Diagnostic]
}

extension TieList {
    /// Reads a tie list `source,target[,relation][,weight][,term]`, naming people by id,
    /// e-mail or name as on `people` (see ``PersonMatcher``).
    ///
    /// - Parameters:
    ///   - relation: the relation of rows that name none (required when there is no
    ///     `relation` column).
    ///   - term: the term of rows that name none (required when there is no `term` column).
    ///
    /// Rules: weight is a positive number (empty = 1; 0 means "no tie" and the row is skipped
    /// with a note); a tie to oneself is dropped with a warning; the same tie given twice
    /// (same term, people and relation) keeps the larger weight, with a warning. Errors (with
    /// line and column): a missing column, a person not on the roster or ambiguous, a weight
    /// that is not a positive number, an empty relation or term with no default.
    public static func read(
        _ reader: CSVReader, people: [Person], relation defaultRelation: Relation?, term defaultTerm: String?
    ) throws(InputError) -> TieList {
        let file = reader.fileName
        var log = DiagnosticLog()
        let matcher = PersonMatcher(people: people)
        var ties: [ImportedTie] = []
        var seen: [TieKey: Int] = [:]
        var rowCount = 0
        var selfTies = 0
        var zeroWeights = 0
        var columns = (source: 0, target: 1, relation: Int?.none, weight: Int?.none, term: Int?.none)

        func cell(_ column: Int, _ record: CSVRecord) -> (String, CSVRecord.FieldPosition) {
            (record[column].trimmingCharacters(in: .whitespacesAndNewlines), record.position(ofField: column))
        }
        func error(_ p: CSVRecord.FieldPosition, _ message: String) {
            log.append(Diagnostic(.error, file: file, line: p.line, column: p.column, message))
        }
        func resolve(_ column: Int, _ record: CSVRecord) -> Int? {
            let (text, p) = cell(column, record)
            if text.isEmpty {
                error(p, "empty \(column == columns.source ? "source" : "target") person")
                return nil
            }
            switch matcher.match(text) {
            case .person(let index, _):
                return index
            case .ambiguous(let candidates):
                let ids = candidates.map { people[$0].id }.joined(separator: ", ")
                error(p, "\"\(text)\" could be several people on the roster (\(ids)); use the id or e-mail")
            case .unknown:
                error(p, "\"\(text)\" is not on the roster (by id, e-mail or name)")
            }
            return nil
        }

        try reader.forEachRow(
            header: { header throws(InputError) in
                guard let s = header.index(of: ["source", "from", "ego", "respondent", "sender"]) else {
                    throw InputError(header.missingColumn("source", hint: "a tie list needs source and target columns"))
                }
                guard let t = header.index(of: ["target", "to", "alter", "named", "receiver"]) else {
                    throw InputError(header.missingColumn("target", hint: "a tie list needs source and target columns"))
                }
                columns = (s, t, header.index(of: ["relation", "type", "tie type"]), header.index(of: ["weight", "frequency", "strength", "value"]),
                    header.index(of: ["term", "wave"]))
                if columns.relation == nil && defaultRelation == nil {
                    throw InputError(header.missingColumn("relation", hint: "add one, or name the relation of every tie with --relation"))
                }
                if columns.term == nil && defaultTerm == nil {
                    throw InputError(header.missingColumn("term", hint: "add one, or name the term with --term"))
                }
            },
            row: { record in
                rowCount += 1
                let source = resolve(columns.source, record)
                let target = resolve(columns.target, record)
                var relation = defaultRelation
                if let r = columns.relation {
                    let (text, p) = cell(r, record)
                    if let named = Relation(text) {
                        relation = named
                    } else if defaultRelation == nil {
                        error(p, "empty relation (and no --relation given)")
                    }
                }
                var weight = 1.0
                if let w = columns.weight {
                    let (text, p) = cell(w, record)
                    if !text.isEmpty {
                        if let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite, value >= 0 {
                            weight = value
                        } else {
                            error(p, "weight \"\(text)\" is not a number ≥ 0")
                        }
                    }
                }
                var term = defaultTerm
                if let k = columns.term {
                    let (text, p) = cell(k, record)
                    if !text.isEmpty {
                        term = text
                    } else if defaultTerm == nil {
                        error(p, "empty term (and no --term given)")
                    }
                }
                guard let source, let target, let relation, let term, !log.hasErrors else { return !log.isFull }
                if weight == 0 {
                    zeroWeights += 1
                    return true
                }
                if source == target {
                    selfTies += 1
                    return true
                }
                let key = TieKey(source: source, target: target, relation: relation, term: term)
                if let existing = seen[key] {
                    let p = record.position(ofField: columns.source)
                    log.append(
                        Diagnostic(
                            .warning, file: file, line: p.line, column: p.column,
                            "this \(relation) tie was already given on line \(ties[existing].line); the larger weight is kept"))
                    ties[existing].weight = max(ties[existing].weight, weight)
                    return true
                }
                seen[key] = ties.count
                ties.append(ImportedTie(source: source, target: target, relation: relation, weight: weight, term: term, line: record.line))
                return true
            })
        if selfTies > 0 {
            log.append(Diagnostic(.warning, file: file, "\(selfTies) tie\(selfTies == 1 ? "" : "s") from a person to themselves dropped"))
        }
        if zeroWeights > 0 {
            log.append(Diagnostic(.note, file: file, "\(zeroWeights) row\(zeroWeights == 1 ? "" : "s") with weight 0 read as \"no tie\""))
        }
        try log.throwIfErrors()
        return TieList(fileName: file, ties: ties, rowCount: rowCount, diagnostics: log.diagnostics)
    }

    private struct TieKey: Hashable {
        var source: Int
        var target: Int
        var relation: Relation
        var term: String
    }
}
