import ArgumentParser
import TrustNetIO
import TrustNetServer
import TrustNetStore

struct TermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "List the terms in the workspace, in order, with their counts; rename or delete one.",
        discussion: """
            Examples:
              trustnet terms                              the terms, in order
              trustnet terms rename 2025-fall "2025 autumn"
              trustnet terms delete 2024-pilot --yes
              trustnet terms order --by-date
            """,
        subcommands: [List.self, Rename.self, Delete.self, Order.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the terms, in order, with their counts (the default).")

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let table = ResultTable.terms(try workspace.open().terms())
            Console.output(table.rendered(as: output.format))
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rename a term; its roster, ties, respondents and coalition stay with it.")

        @OptionGroup var workspace: WorkspaceOptions
        @Argument(help: "The term's current name.") var old: String
        @Argument(help: "The new name.") var new: String

        func run() throws {
            try workspace.open().renameTerm(old, to: new)
            Console.line("renamed term \(TextEscaping.singleLine(old)) to \(TextEscaping.singleLine(new.trimmingCharacters(in: .whitespaces)))")
        }
    }

    struct Order: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Put the terms in order: name them all in order, or --by-date (by first day).",
            discussion: """
                Growth compares each term with the one before it in this order, and commands
                without --term use the last one.

                Examples:
                  trustnet terms order 2025-fall 2026-spring 2026-fall
                  trustnet terms order --by-date
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @Argument(help: "Every term, in order.") var names: [String] = []
        @Flag(name: .customLong("by-date"), help: "Order by each term's first day (terms without dates go last).") var byDate = false

        func validate() throws {
            if byDate == !names.isEmpty { throw ValidationError("name every term in order, or give --by-date") }
        }

        func run() throws {
            let store = try workspace.open()
            let order: [String]
            if byDate {
                order = try store.orderTermsByDate()
                let undated = try store.terms().filter { $0.term.starts == nil }.map { TextEscaping.singleLine($0.term.name) }
                if !undated.isEmpty {
                    let all = undated.count == order.count
                    Console.line(
                        "note: \(all ? "no term has" : "\(undated.joined(separator: ", ")) \(undated.count == 1 ? "has" : "have")") a first day, so "
                            + "\(all ? "the order is unchanged" : "\(undated.count == 1 ? "it stays" : "they stay") after the dated ones")"
                            + " (a term's first day is given at import with --starts)")
                }
            } else {
                try store.reorderTerms(names)
                order = names
            }
            Console.line("terms in order: " + order.map(TextEscaping.singleLine).joined(separator: ", "))
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete a term with its roster memberships, ties, respondents, imports and coalition record.",
            discussion: """
                People stay in the workspace with their ids (they may be on other terms' rosters).
                Without --yes, nothing is deleted: the command says what would go.
                """)

        @OptionGroup var workspace: WorkspaceOptions
        @Argument(help: "The term to delete.") var name: String
        @Flag(name: .long, help: "Really delete it.") var yes = false

        func run() throws {
            let store = try workspace.open()
            guard yes else {
                guard let t = try store.terms().first(where: { $0.term.name == name }) else {
                    throw WorkspaceError.unknownTerm(name, known: try store.terms().map(\.term.name))
                }
                throw UsageError(
                    "deleting \(TextEscaping.singleLine(name)) would remove its \(t.people) roster entries and \(t.ties) ties; nothing was deleted: add --yes to delete it")
            }
            let t = try store.deleteTerm(name)
            Console.line("deleted term \(TextEscaping.singleLine(name)) (\(t.people) roster entries, \(t.ties) ties); people stay in the workspace")
        }
    }
}

struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people", abstract: "List the people on a term's roster.")

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: FormatOptions

    @OptionGroup var termOptions: TermOptions
    @OptionGroup var formal: FormalTitleOptions

    func run() throws {
        let ws = try workspace.open()
        let network = formal.apply(to: try termOptions.load(from: ws))
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
