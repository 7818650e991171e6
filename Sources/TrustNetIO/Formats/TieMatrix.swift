import Foundation
import TrustNet

extension TieList {
    /// Reads a matrix: people on the first row and the first column, the cell in row i and
    /// column j the tie from i to j — 0/1, or a frequency (a number ≥ 0 or a word on the
    /// ``FrequencyScale``).
    ///
    /// An empty cell is no answer and 0 is "no tie"; a row with any cell filled is a
    /// respondent (all zeros: named nobody). The diagonal is ignored. Errors (with line and
    /// column): an unknown person in the header or first column, a cell that is not a number
    /// or a frequency, a row with more cells than the header.
    public static func readMatrix(
        _ reader: CSVReader, resolver: inout NameResolver, relation: Relation?, term: String
    ) throws(InputError) -> TieList {
        let file = reader.fileName
        guard let relation else {
            throw InputError(Diagnostic(.error, file: file, line: 1, column: 1, "a matrix holds one relation: name it with --relation", finding: "a matrix holds one relation", remedy: .nameTheRelation))
        }
        var log = DiagnosticLog()
        var collector = TieCollector(file: file, repeatRule: .keepStrongest)
        var targets: [Int?] = []
        var respondents = Set<Int>()
        var rowCount = 0
        let overlong = try reader.forEachRow(
            header: { header throws(InputError) in
                targets = [nil]
                for column in 1..<max(1, header.names.count) {
                    let name = header.names[column]
                    if name.isEmpty {
                        targets.append(nil)
                        continue
                    }
                    targets.append(resolver.resolve(name, file: file, at: header.record.position(ofField: column), log: &log))
                }
                try log.throwIfErrors()
            },
            row: { record in
                rowCount += 1
                let label = record[0].trimmed
                let p = record.position(ofField: 0)
                if label.isEmpty {
                    log.append(Diagnostic(.error, file: file, line: p.line, column: p.column, "this row does not say whose answers it holds"))
                    return !log.isFull
                }
                guard let source = resolver.resolve(label, file: file, at: p, log: &log) else { return !log.isFull }
                var answered = false
                for column in 1..<max(1, record.fields.count) {
                    let text = record[column].trimmed
                    if text.isEmpty { continue }
                    let position = record.position(ofField: column)
                    guard column < targets.count else {
                        log.append(
                            Diagnostic(.error, file: file, line: position.line, column: position.column, "this row has more cells than the header has people"))
                        break
                    }
                    guard let weight = FrequencyScale.weight(text) ?? DecimalNumber.parse(text).flatMap({ $0 >= 0 ? $0 : nil }) else {
                        log.append(
                            Diagnostic(
                                .error, file: file, line: position.line, column: position.column,
                                "\"\(TextEscaping.singleLine(String(text.prefix(40))))\" is not a number ≥ 0 or a frequency"))
                        continue
                    }
                    answered = true
                    guard weight > 0, let target = targets[column], target != source else { continue }
                    collector.add(
                        ImportedTie(source: source, target: target, relation: relation, weight: weight, term: term, line: record.line),
                        at: position, log: &log)
                }
                if answered { respondents.insert(source) }
                return !log.isFull
            })
        if let warning = overlong.diagnostic { log.append(warning) }
        if rowCount > 0 { log.append(Diagnostic(.note, file: file, "every cell read as \(relation.name) (--relation)", finding: "every cell read as \(relation.name)")) }
        try log.throwIfErrors()
        return collector.result(format: .matrix, rowCount: rowCount, respondents: [term: respondents], log: log)
    }
}
