import Foundation
import TrustNet

extension TieList {
    /// Reads a tie list `source,target[,relation][,weight][,term]`, naming people by id,
    /// e-mail or name (see ``PersonMatcher``).
    ///
    /// - Parameters:
    ///   - resolver: matches names to the roster and reports guesses and unknown names.
    ///   - relation: the relation of rows that name none (required when there is no
    ///     `relation` column).
    ///   - term: the term of rows that name none (required when there is no `term` column).
    ///   - renamed: relations of the relation column read as others (`collaboration` as
    ///     sharing); one that no row names is noted.
    ///
    /// Rules: weight is a number ≥ 0 (empty = 1; 0 means "no tie" and the row is skipped
    /// with a note); a tie to oneself is dropped with a warning; the same tie given twice
    /// (same term, people and relation) keeps the larger weight, with a warning. Errors (with
    /// line and column): a missing column, a person not on the roster or ambiguous, a weight
    /// that is not a number ≥ 0, an empty relation or term with no default.
    public static func read(
        _ reader: CSVReader, resolver: inout NameResolver, relation defaultRelation: Relation?, term defaultTerm: String?,
        renamed: [Relation: Relation] = [:], progress: ((Int) -> Void)? = nil
    ) throws(InputError) -> TieList {
        let file = reader.fileName
        var log = DiagnosticLog()
        var collector = TieCollector(file: file, repeatRule: .keepStrongest)
        // Room for a tie a line: growing half a million ties' array copies it all again.
        collector.reserveCapacity(reader.estimatedRecordCount)
        var rowCount = 0
        var zeroWeights = 0
        var defaultRelationRows = 0  // rows with a relation column but an empty cell
        // Who named someone, by term: flags by person index (a set insert for each row was a
        // tenth of reading a state's ties); the last term found first.
        var sourceTerms: [String] = []
        var sourceFlags: [[Bool]] = []
        var lastSourceTerm = -1
        var relations: [String: Relation] = [:]  // each distinct spelling parsed once
        var rowsBySpelling: [String: Int] = [:]  // as the file writes them, before --map-relation
        var columns = (source: 0, target: 1, relation: Int?.none, weight: Int?.none, term: Int?.none)

        func cell(_ column: Int, _ record: CSVRecord) -> (String, CSVRecord.FieldPosition) {
            (record[column].trimmed, record.position(ofField: column))
        }
        func error(_ p: CSVRecord.FieldPosition, _ message: String, finding: String? = nil, remedy: InputRemedy? = nil) {
            log.append(Diagnostic(.error, file: file, line: p.line, column: p.column, message, finding: finding, remedy: remedy))
        }
        func person(_ column: Int, _ record: CSVRecord, _ role: String) -> Int? {
            let (text, p) = cell(column, record)
            if text.isEmpty {
                error(p, "empty \(role) person")
                return nil
            }
            return resolver.resolve(text, file: file, at: p, log: &log)
        }

        let overlong = try reader.forEachRow(
            header: { header throws(InputError) in
                guard let s = header.index(of: InputFormat.sourceHeaders) else {
                    throw InputError(header.missingColumn("source", hint: "a tie list needs source and target columns"))
                }
                guard let t = header.index(of: InputFormat.targetHeaders) else {
                    throw InputError(header.missingColumn("target", hint: "a tie list needs source and target columns"))
                }
                columns = (
                    s, t, header.index(of: ["relation", "type", "tie type"]), header.index(of: ["weight", "frequency", "strength", "value"]),
                    header.index(of: ["term", "wave"])
                )
                if columns.relation == nil && defaultRelation == nil {
                    throw InputError(header.missingColumn("relation", hint: "add one, or name the relation of every tie with --relation", remedy: .nameTheRelation))
                }
                if columns.term == nil && defaultTerm == nil {
                    throw InputError(header.missingColumn("term", hint: "add one, or name the term with --term", remedy: .nameTheTerm))
                }
            },
            row: { record in
                rowCount += 1
                if rowCount % 10_000 == 0 { progress?(rowCount) }
                let source = person(columns.source, record, "source")
                let target = person(columns.target, record, "target")
                var relation = defaultRelation
                if let r = columns.relation {
                    let (text, p) = cell(r, record)
                    if let named = relations[text] ?? Relation(text).map({ renamed[$0] ?? $0 }) {
                        relations[text] = named
                        relation = named
                        rowsBySpelling[text, default: 0] += 1
                    } else if defaultRelation == nil {
                        error(p, "empty relation (and no --relation given)", finding: "empty relation", remedy: .nameTheRelation)
                    } else {
                        defaultRelationRows += 1
                    }
                }
                var weight = 1.0
                if let w = columns.weight {
                    let (text, p) = cell(w, record)
                    if !text.isEmpty {
                        // "2,5" from a spreadsheet with a decimal comma is 2.5.
                        if let value = DecimalNumber.parse(text), value >= 0 {
                            weight = value
                        } else {
                            error(p, "weight \"\(TextEscaping.singleLine(String(text.prefix(40))))\" is not a number ≥ 0")
                        }
                    }
                }
                var term = defaultTerm
                if let k = columns.term {
                    let (text, p) = cell(k, record)
                    if !text.isEmpty {
                        term = text
                    } else if defaultTerm == nil {
                        error(p, "empty term (and no --term given)", finding: "empty term", remedy: .nameTheTerm)
                    }
                }
                guard let source, let target, let relation, let term, !log.hasErrors else { return !log.isFull }
                // A logged one-on-one is a meeting, not a survey answer: it makes nobody a respondent.
                if relation != .oneOnOne {
                    if lastSourceTerm < 0 || sourceTerms[lastSourceTerm] != term {
                        if let k = sourceTerms.firstIndex(of: term) {
                            lastSourceTerm = k
                        } else {
                            sourceTerms.append(term)
                            sourceFlags.append([])
                            lastSourceTerm = sourceTerms.count - 1
                        }
                    }
                    if source >= sourceFlags[lastSourceTerm].count {
                        sourceFlags[lastSourceTerm] += repeatElement(false, count: max(source + 1, resolver.people.count) - sourceFlags[lastSourceTerm].count)
                    }
                    sourceFlags[lastSourceTerm][source] = true
                }
                if weight == 0 {
                    zeroWeights += 1
                    return true
                }
                collector.add(
                    ImportedTie(source: source, target: target, relation: relation, weight: weight, term: term, line: record.line),
                    at: record.position(ofField: columns.source), log: &log)
                return true
            })
        if let warning = overlong.diagnostic { log.append(warning) }
        if zeroWeights > 0 {
            log.append(Diagnostic(.note, file: file, "\(zeroWeights) row\(zeroWeights == 1 ? "" : "s") with weight 0 read as \"no tie\""))
        }
        let read = Set(relations.keys.compactMap { Relation($0) })
        var rowsByRelation: [Relation: Int] = [:]
        for (text, rows) in rowsBySpelling { if let written = Relation(text) { rowsByRelation[written, default: 0] += rows } }
        if columns.relation != nil, !rowsByRelation.isEmpty {
            let mapping = rowsByRelation.sorted { $0.key < $1.key }.map { written, rows in
                let count = "\(rows) row\(rows == 1 ? "" : "s")"
                if let to = renamed[written], to != written { return ("\(written) → \(to) (--map-relation, \(count))", "\(written) → \(to) (\(count))") }
                return ("\(written) (\(count))", "\(written) (\(count))")
            }
            log.append(
                Diagnostic(
                    .note, file: file, "relations read: \(mapping.map(\.0).joined(separator: ", "))",
                    finding: "relations read: \(mapping.map(\.1).joined(separator: ", "))"))
        } else if columns.relation == nil, let defaultRelation, rowCount > 0 {
            log.append(Diagnostic(.note, file: file, "every row read as \(defaultRelation.name) (--relation)", finding: "every row read as \(defaultRelation.name)"))
        }
        for (from, to) in renamed.sorted(by: { $0.key < $1.key }) where columns.relation != nil && !read.contains(from) {
            log.append(
                Diagnostic(
                    .note, file: file, "--map-relation \(from.name)=\(to.name) was not used: no row names \(from.name)",
                    finding: "reading \(from.name) as \(to.name) was not used: no row names \(from.name)"))
        }
        if let defaultRelation, columns.relation != nil, defaultRelationRows == 0, rowCount > 0 {
            log.append(
                Diagnostic(
                    .note, file: file,
                    "--relation \(defaultRelation.name) was not used: every row names its relation in the relation column (--relation is for rows that name none)"
                ))
        }
        try log.throwIfErrors()
        var sources: [String: Set<Int>] = [:]
        for (k, term) in sourceTerms.enumerated() { sources[term] = Set(sourceFlags[k].indices.lazy.filter { sourceFlags[k][$0] }) }
        // A list of one-on-ones only is a log in tie-list form: it says nothing about who answered.
        return collector.result(format: .tieList, rowCount: rowCount, respondents: sources.isEmpty && rowCount > 0 ? nil : sources, log: log)
    }
}
