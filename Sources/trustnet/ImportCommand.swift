import ArgumentParser
import TrustNet
import TrustNetIO
import TrustNetStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a roster and tie lists into a term, all or nothing.",
        discussion: """
            Files are told apart by their header. A roster starts id,name (then e-mail,
            unit, title, ...); a tie list has source,target[,relation][,weight][,term]
            with people by id, e-mail or name. Errors name file, line and column, and
            then nothing is written.

            Examples:
              trustnet import roster.csv advice.csv trust.csv --term 2025-fall
              trustnet import more-ties.csv --term 2025-fall   (that term's roster)
              trustnet import roster.csv ties.csv --term 2025-fall --dry-run
            """
    )

    @OptionGroup var input: ImportInputOptions

    @Option(name: .long, help: ArgumentHelp("First day of the term (YYYY-MM-DD).", valueName: "DATE"))
    var starts: String?

    @Option(name: .long, help: ArgumentHelp("Last day of the term (YYYY-MM-DD).", valueName: "DATE"))
    var ends: String?

    @Flag(name: .long, help: "Import a file again into a term that already has it, replacing what it brought.")
    var replace = false

    @Flag(name: .long, help: "Read and check everything, report, and write nothing.")
    var dryRun = false

    @OptionGroup var workspace: WorkspaceOptions

    func validate() throws {
        for (flag, value) in [("--starts", starts), ("--ends", ends)] {
            if let value, CalendarDay(value) == nil { throw ValidationError("\(flag) \(value) is not a date written YYYY-MM-DD") }
        }
    }

    func run() throws {
        var request = input.request(term: input.term)
        request.replace = replace
        request.dryRun = dryRun
        request.starts = starts.flatMap(CalendarDay.init)
        request.ends = ends.flatMap(CalendarDay.init)
        let summary = try Workspace.importFiles(request, into: workspace.path)
        Console.report(summary.diagnostics)
        ImportCommand.print(summary, workspace: workspace.path)
    }

    static func print(_ summary: ImportSummary, workspace: String) {
        for file in summary.files {
            let what = file.kind == "roster" ? "\(file.people) people" : "\(file.ties) ties from \(file.rows) rows"
            Console.line("  \(file.name): \(file.kind), \(what)")
        }
        let ties = summary.tiesByRelation.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        let verb = summary.dryRun ? "would import" : "imported"
        Console.line("\(verb) into \(summary.terms.joined(separator: ", "))\(ties.isEmpty ? "" : ": " + ties)")
        Console.line(summary.dryRun ? "dry run: nothing was written." : "workspace: \(workspace)")
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check files as an import would, and write nothing.",
        discussion: "Example: trustnet check roster.csv ties.csv --term 2025-fall"
    )

    @OptionGroup var input: ImportInputOptions
    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        var request = input.request(term: input.term ?? "check")
        request.dryRun = true
        let summary = try Workspace.importFiles(request, into: workspace.path)
        Console.report(summary.diagnostics)
        ImportCommand.print(summary, workspace: workspace.path)
    }
}

/// The files of an import and how to read them, shared by `import` and `check`.
struct ImportInputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Roster and tie-list CSV files.", valueName: "FILE"))
    var files: [String] = []

    @Option(name: .long, help: ArgumentHelp("The term these files belong to, e.g. 2025-fall.", valueName: "NAME"))
    var term: String?

    @Option(name: .long, help: ArgumentHelp("The roster file (it may also be given among the files).", valueName: "FILE"))
    var roster: String?

    @Option(name: .long, help: ArgumentHelp("The relation of ties whose row names none (advice, trust, sharing, one-on-one, …).", valueName: "R"))
    var relation: String?

    func validate() throws {
        if files.isEmpty && roster == nil { throw ValidationError("name at least one file to import") }
        if let relation, Relation(relation) == nil { throw ValidationError("--relation needs a name") }
    }

    func request(term: String?) -> ImportRequest {
        ImportRequest(files: files, roster: roster, term: term, relation: relation.flatMap(Relation.init))
    }
}
