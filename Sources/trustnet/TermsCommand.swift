import ArgumentParser
import TrustNetIO

struct TermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms", abstract: "List the terms in the workspace, in order, with their counts.")

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        var table = ResultTable(columns: ["term", "starts", "ends", "people", "respondents", "ties", "relations", "unit_column"])
        for t in try workspace.open().terms() {
            table.append([
                .text(t.term.name), t.term.starts.map { .text($0.description) } ?? .empty, t.term.ends.map { .text($0.description) } ?? .empty,
                .integer(t.people), .integer(t.respondents), .integer(t.ties), .text(t.relations.map(\.name).joined(separator: " ")), t.unitColumn.map(ResultTable.Cell.text) ?? .empty,
            ])
        }
        Console.output(table.rendered(as: output.format))
    }
}

struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people", abstract: "List the people on a term's roster.")

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: ArgumentHelp("The term (default: the latest).", valueName: "TERM"))
    var term: String?

    @Option(name: .long, help: ArgumentHelp("The roster column to use as unit.", valueName: "COLUMN"))
    var unit: String?

    func run() throws {
        let ws = try workspace.open()
        let network = try ws.network(term: term, unitColumn: unit)
        var table = ResultTable(columns: ["id", "name", "email", "unit", "title", "formal_leader"])
        for p in network.people {
            table.append([
                .text(p.id), .text(p.name), p.email.map(ResultTable.Cell.text) ?? .empty, p.unit.map(ResultTable.Cell.text) ?? .empty,
                p.title.map(ResultTable.Cell.text) ?? .empty, .text(p.isFormalLeader ? "yes" : "no"),
            ])
        }
        Console.output(table.rendered(as: output.format))
    }
}
