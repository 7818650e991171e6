import TrustNet
import TrustNetAnalysis
import TrustNetIO
import TrustNetStore

/// `trustnet spread --backtest ADOPTION.csv`: the spread models scored against observed
/// adoption. Kept apart from ``SpreadCommand``'s simulation, which only hands over.
enum SpreadBacktestRun {
    static func run(file: String, term: TermAnalysis, options: SpreadBacktestOptions, format: ResultTable.Format) throws {
        let reader = try CSVReader(contentsOf: file)
        let adoption = try AdoptionFile.read(reader, people: term.network.people)
        if adoption.kind == .month { Console.line("note: adoption dates are read as their month: one round of the simulation is one month") }
        let answer: SpreadBacktestAnswer
        do {
            answer = try term.spreadBacktest(adoption: adoption.periods, options: options)
        } catch {
            throw UsageError(error.description)
        }
        for line in Wording.backtestSummary(answer) { Console.line(line) }
        switch format {
        case .json: Console.output(try AnswerJSON.text(answer))
        case .csv, .table:
            var table = ResultTable(columns: ["model", "parameter", "spearman", "spearman_low", "spearman_high", "adopter_share", "share_low", "share_high"])
            func cell(_ x: Double?) -> ResultTable.Cell { x.map(ResultTable.Cell.number) ?? .empty }
            for m in answer.models {
                table.append([
                    .text(m.model), cell(m.parameter), .number(m.spearman), cell(m.spearmanLow), cell(m.spearmanHigh), .number(m.adopterShare),
                    cell(m.adopterShareLow), cell(m.adopterShareHigh),
                ])
            }
            Console.output(table.rendered(as: format))
        }
    }
}
