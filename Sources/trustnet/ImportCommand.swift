import Foundation
import ArgumentParser
import TrustNet
import TrustNetIO
import TrustNetStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a roster and tie lists into a term, all or nothing.",
        discussion: """
            Files are told apart by their header: a roster (id,name,...), a tie list
            (source,target[,relation][,weight][,term]), a forms export from Google
            Forms, Microsoft Forms or Qualtrics (one row per respondent), a matrix
            (people on the first row and column) or a one-on-one log (date,person,with).
            People are matched by id, e-mail, name, initials or a close spelling;
            every guess and every unknown name is reported. Errors name file, line
            and column, and then nothing is written.

            Examples:
              trustnet import roster.csv advice.csv trust.csv --term 2025-fall
              trustnet import roster.csv survey.csv --term 2025-fall \\
                              --column "Who helps you plan?=advice"
              trustnet import roster.csv forms.csv --term 2025-fall \\
                              --alias "Jim Smith=James Smith"
              trustnet import advice-matrix.csv --term 2025-fall --relation advice
              trustnet import my-one-on-ones.csv               (by the terms' dates)
              trustnet import roster.csv ties.csv --term 2025-fall --dry-run
              trustnet import roster.csv ties.csv --term 2025 --formal-title partner
            """
    )

    @OptionGroup var input: ImportInputOptions

    @Option(name: .long, help: ArgumentHelp("First day of the term (YYYY-MM-DD).", valueName: "DATE"))
    var starts: String?

    @Option(name: .long, help: ArgumentHelp("Last day of the term (YYYY-MM-DD).", valueName: "DATE"))
    var ends: String?

    @Flag(
        name: .long,
        help: "Import a file again: into a term that already has it (replacing what it brought), or though another term (a renamed one) has it.")
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
        request.progress = Console.rowProgress()
        request.replace = replace
        request.dryRun = dryRun
        request.starts = starts.flatMap(CalendarDay.init)
        request.ends = ends.flatMap(CalendarDay.init)
        let summary = try Workspace.importFiles(request, into: workspace.path)
        Console.report(summary.diagnostics)
        ImportCommand.print(summary, workspace: workspace.path)
    }

    static func print(_ summary: ImportSummary, workspace: String) {
        if Console.stderrIsTerminal { Console.message("\r\u{1B}[K") }  // clear the progress line
        printQuality(summary)
        for file in summary.files {
            let what = file.kind == "roster" ? "\(file.people) people" : "\(file.ties) ties from \(file.rows) rows"
            Console.line("  \(file.name): \(file.kind), \(what)")
        }
        let ties = tieCounts(summary)
        let verb = summary.dryRun ? "would import" : "imported"
        Console.line("\(verb) into \(summary.terms.joined(separator: ", "))\(ties.isEmpty ? "" : ": " + ties)")
        Console.line(summary.dryRun ? "dry run: nothing was written." : "workspace: \(workspace)")
    }

    /// The data-quality report of each term written (also after `survey close`).
    static func printQuality(_ summary: ImportSummary) {
        for (report, people) in summary.quality {
            for line in report.lines(people: people) { Console.line(line) }
        }
    }

    /// "12 advice, 30 trust": the ties written, by relation.
    static func tieCounts(_ summary: ImportSummary) -> String {
        summary.tiesByRelation.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
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
        // Without --term, files that need one are checked under a stand-in name.
        let standIn = "(--term)"
        var request = input.request(term: input.term ?? standIn)
        request.termIsPlaceholder = input.term == nil
        request.checkOnly = true
        request.dryRun = true
        request.progress = Console.rowProgress()
        let summary = try Workspace.importFiles(request, into: workspace.path)
        Console.report(summary.diagnostics)
        ImportCommand.print(summary, workspace: workspace.path)
        if input.term == nil && summary.terms.contains(standIn) {
            Console.line("note: these files name no term of their own (no term column): import them with --term NAME")
        }
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

    @Option(name: .long, help: ArgumentHelp("The relation of a matrix, or of tie-list rows that name none (advice, trust, sharing, one-on-one, …).", valueName: "R"))
    var relation: String?

    @Option(name: .long, help: "The survey files' format, instead of telling it from the header: ties, forms, matrix or log.")
    var format: InputFormat?

    @Option(
        name: .long, parsing: .singleValue,
        help: ArgumentHelp("Read a forms-export question as a relation: \"HEADER=relation\" (repeat for several).", valueName: "HEADER=R"))
    var column: [String] = []

    @Option(
        name: .customLong("map-relation"), parsing: .singleValue,
        help: ArgumentHelp("Read a tie list's relation FROM as TO, e.g. collaboration=sharing (repeat for several).", valueName: "FROM=TO"))
    var mapRelation: [String] = []

    @Option(
        name: .long, parsing: .singleValue,
        help: ArgumentHelp("Read a name as a roster person's: \"Jim Smith=James Smith\" (repeat for several).", valueName: "ALIAS=NAME"))
    var alias: [String] = []

    @Option(name: .long, help: ArgumentHelp("A CSV file of aliases, alias,name per row.", valueName: "FILE"))
    var aliases: String?

    @Option(
        name: .customLong("formal-title"), parsing: .singleValue,
        help: ArgumentHelp(
            "Store roster people whose title has this word as formal leaders, besides principal, head, coach, lead… (repeatable; a roster column 'formal' with yes/no decides first).",
            valueName: "WORD"))
    var formalTitles: [String] = []

    @Flag(name: .long, help: "Treat guessed names (initials, close spellings) and unknown names as errors.")
    var strict = false

    @Flag(name: .customLong("add-unknown"), help: "Add people named but not on the roster, instead of refusing them.")
    var addUnknown = false

    func validate() throws {
        if files.isEmpty && roster == nil { throw ValidationError("name at least one file to import") }
        if let relation, Relation(relation) == nil { throw ValidationError("--relation needs a name") }
        for c in column where QuestionMapping.parseOverride(c) == nil {
            throw ValidationError("--column \"\(c)\" is not HEADER=relation (e.g. --column \"Who helps you plan lessons?=advice\")")
        }
        if strict && addUnknown { throw ValidationError("--strict and --add-unknown contradict each other") }
        for a in alias where NameAlias(parsing: a) == nil {
            throw ValidationError("--alias \"\(a)\" is not ALIAS=NAME (e.g. --alias \"Jim Smith=James Smith\")")
        }
        for m in mapRelation where Self.relationPair(m) == nil {
            throw ValidationError("--map-relation \"\(m)\" is not FROM=TO (e.g. --map-relation collaboration=sharing)")
        }
    }

    /// `collaboration=sharing` as (collaboration, sharing); nil unless both sides name a relation.
    static func relationPair(_ text: String) -> (from: Relation, to: Relation)? {
        let sides = text.split(separator: "=", omittingEmptySubsequences: false)
        guard sides.count == 2, let from = Relation(String(sides[0])), let to = Relation(String(sides[1])) else { return nil }
        return (from, to)
    }

    func request(term: String?) -> ImportRequest {
        var request = ImportRequest(files: files, roster: roster, term: term, relation: relation.flatMap(Relation.init))
        request.format = format
        request.columns = column.compactMap(QuestionMapping.parseOverride)
        request.policy = MatchPolicy(strict: strict, addUnknown: addUnknown, aliases: alias.compactMap(NameAlias.init(parsing:)))
        request.aliasFiles = aliases.map { [$0] } ?? []
        request.formalTitles = formalTitles
        for (from, to) in mapRelation.compactMap(Self.relationPair) { request.renamedRelations[from] = to }
        return request
    }
}
