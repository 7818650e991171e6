import ArgumentParser
import Foundation
import TrustNet
import TrustNetAnalysis
import TrustNetIO
import TrustNetStore

struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Collect a term's survey inside TrustNet: personal links, pick-lists of the roster.",
        discussion: """
            Each colleague answers through a personal link served by trustnet serve
            (/s/TOKEN), picking colleagues from the term's roster: there are no names to
            match. Closing the survey writes the answers as the term's ties.

            Steps:
              trustnet survey create --term 2026-fall --frequency
              trustnet survey links --base-url https://tn.school.org > links.csv
              trustnet serve --host 0.0.0.0          (staff open their links)
              trustnet survey status --term 2026-fall
              trustnet survey close --term 2026-fall
            """,
        subcommands: [Create.self, Links.self, Status.self, Close.self, Reopen.self, Delete.self, Export.self]
    )

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create the survey of a term whose roster is imported.",
            discussion: """
                One question per relation, in standard wording unless --wording gives
                another ("advice=Whom do you ask about lesson planning?"). --frequency asks,
                for each colleague named, how often (1 a few times a year … 5 daily: the tie's
                weight). --trust-dimensions asks, for each colleague trusted, openness,
                reliability and shared purpose (1–4 each; the trust tie's weight is their
                mean). The intro (who sees the answers and how they are used) is shown before
                the questions; --intro FILE replaces the standard one.

                Examples:
                  trustnet survey create --term 2026-fall
                  trustnet survey create --term 2026-fall --relations advice,trust --frequency \\
                                         --title "Who helps whom" --closes 2026-10-15
                """
        )

        @Option(name: .long, help: ArgumentHelp("The term to survey.", valueName: "TERM"))
        var term: String

        @Option(name: .long, help: ArgumentHelp("The questions, by relation, separated by commas.", valueName: "LIST"))
        var relations = "advice,sharing,trust"

        @Flag(name: .long, help: "Ask how often (1–5) for each colleague named.")
        var frequency = false

        @Flag(name: .customLong("trust-dimensions"), help: "Ask openness, reliability and shared purpose (1–4) for each colleague trusted.")
        var trustDimensions = false

        @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("A question's own wording: \"relation=text\" (repeat).", valueName: "R=TEXT"))
        var wording: [String] = []

        @Option(name: .long, help: ArgumentHelp("Colleagues one may name per question, at most.", valueName: "N"))
        var limit: Int?

        @Option(name: .long, help: ArgumentHelp("The survey's title.", valueName: "TEXT"))
        var title: String?

        @Option(name: .long, help: ArgumentHelp("A text file shown first: who sees the answers and how they are used.", valueName: "FILE"))
        var intro: String?

        @Option(name: .long, help: ArgumentHelp("The last day answers are taken (YYYY-MM-DD).", valueName: "DATE"))
        var closes: String?

        @OptionGroup var workspace: WorkspaceOptions

        func validate() throws {
            if let closes, CalendarDay(closes) == nil { throw ValidationError("--closes \(closes) is not a date written YYYY-MM-DD") }
            if let limit, limit < 1 { throw ValidationError("--limit needs at least 1") }
            if parsedRelations.isEmpty { throw ValidationError("--relations needs at least one relation") }
            for w in wording {
                guard let pair = Self.pair(w), !pair.1.isEmpty else { throw ValidationError("--wording \"\(w)\" is not relation=text") }
                if !parsedRelations.contains(pair.0) { throw ValidationError("--wording names \(pair.0.name), which --relations does not ask") }
            }
            if trustDimensions && !parsedRelations.contains(.trust) { throw ValidationError("--trust-dimensions needs trust among --relations") }
        }

        var parsedRelations: [Relation] {
            var seen = Set<Relation>()
            return relations.split(separator: ",").compactMap { Relation(String($0)) }.filter { seen.insert($0).inserted }
        }

        static func pair(_ text: String) -> (Relation, String)? {
            guard let eq = text.firstIndex(of: "="), let r = Relation(String(text[..<eq])) else { return nil }
            return (r, String(text[text.index(after: eq)...]).trimmingCharacters(in: .whitespaces))
        }

        func run() throws {
            let store = try workspace.open()
            var introText = SurveyDesign.standardIntro
            if let intro {
                guard let data = FileManager.default.contents(atPath: intro), let text = String(data: data, encoding: .utf8) else {
                    throw UsageError("cannot read --intro \(intro) as UTF-8 text")
                }
                introText = text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            let wordings = Dictionary(wording.compactMap(Self.pair), uniquingKeysWith: { _, b in b })
            let design = SurveyDesign(
                title: title ?? "Who we work with: \(term)", intro: introText,
                questions: parsedRelations.map { SurveyQuestion(relation: $0, wording: wordings[$0], limit: limit) },
                frequency: frequency, trustDimensions: trustDimensions, closes: closes.flatMap(CalendarDay.init))
            try store.createSurvey(term: term, design: design)
            Console.line("created the survey of \(Console.singleLine(term)): \(design.questions.map(\.relation.name).joined(separator: ", "))")
            Console.line("next: trustnet survey links --term \(Console.singleLine(term)) --base-url URL > links.csv")
        }
    }

    struct Links: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue personal links: id,name,email,link for a mail merge.",
            discussion: """
                Each link carries 256 random bits; the workspace keeps only its SHA-256, so
                links cannot be shown again: every run issues fresh links, and the earlier
                links of the same people stop working (answers already saved are kept). Give
                --person ID to issue a new link for some people only (a lost e-mail).
                --base-url is the address staff reach trustnet serve at (default
                http://127.0.0.1:8080, this machine only). Keep the file private: a link
                lets anyone who has it answer as that person.

                Examples:
                  trustnet survey links --base-url https://tn.school.org > links.csv
                  trustnet survey links --term 2026-fall --person S0012 --format table
                """
        )

        @OptionGroup var termOptions: SurveyTermOption

        @Option(name: .customLong("base-url"), help: ArgumentHelp("The address trustnet serve is reached at.", valueName: "URL"))
        var baseURL = "http://127.0.0.1:8080"

        @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Only this person (repeat).", valueName: "ID"))
        var person: [String] = []

        @Option(name: .long, help: "csv (default, for a mail merge) or table.")
        var format: ResultTable.Format = .csv

        @OptionGroup var workspace: WorkspaceOptions

        func validate() throws {
            guard let url = URL(string: baseURL), ["http", "https"].contains(url.scheme ?? ""), url.host != nil, url.query == nil, url.fragment == nil
            else { throw ValidationError("--base-url \(baseURL) is not an http(s) address such as https://survey.school.org") }
        }

        static func ended(_ text: String) -> String { text.hasSuffix("\n") ? text : text + "\n" }

        func run() throws {
            let store = try workspace.open()
            let links = try store.issueSurveyLinks(term: termOptions.term, personIDs: person.isEmpty ? nil : person)
            let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
            var table = ResultTable(columns: ["id", "name", "email", "link"])
            for l in links {
                table.append([.text(l.person.id), .text(l.person.name), l.person.email.map(ResultTable.Cell.text) ?? .empty, .text("\(base)/s/\(l.token.value)")])
            }
            Console.output(Self.ended(table.rendered(as: format)))
            let replaced = links.filter(\.replacedEarlier).count
            Console.line(
                "issued \(links.count) personal link\(links.count == 1 ? "" : "s")"
                    + (replaced == 0 ? "." : "; the earlier links of \(replaced == 1 ? "this person" : "these \(replaced) people") no longer work."))
            if baseURL == "http://127.0.0.1:8080" {
                Console.line("note: these links point at this machine only: give --base-url with the address staff will reach.")
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Responses so far, overall and per unit (counts below 5 shown as <5).",
            discussion: """
                answered: people with answers saved (submitted or still in progress);
                submitted: people who pressed Submit. Counts below 5 in a unit are shown as
                <5, so the table does not tell who answered in a small team.
                """
        )

        @OptionGroup var termOptions: SurveyTermOption
        @OptionGroup var output: FormatOptions
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let progress = try workspace.open().surveyProgress(term: termOptions.term)
            func small(_ n: Int) -> ResultTable.Cell { n < Wording.smallestSurveyCountShown ? .text("<\(Wording.smallestSurveyCountShown)") : .integer(n) }
            var table = ResultTable(columns: ["unit", "people", "answered", "submitted"])
            for u in progress.units { table.append([.text(u.unit), .integer(u.people), small(u.responded), small(u.submitted)]) }
            table.append([.text("(all)"), .integer(progress.people), small(progress.responded), small(progress.submitted)])
            Console.output(Links.ended(table.rendered(as: output.format)))
            let s = progress.survey
            Console.line(
                "survey of \(Console.singleLine(s.term)): \(s.state.rawValue)\(s.design.closes.map { ", closes \($0)" } ?? ""); \(progress.linked) of \(progress.people) people hold a link")
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Close the survey and write its answers as the term's ties, all or nothing.",
            discussion: """
                Prints the data-quality report an import prints. The links stop working.
                Closing again after survey reopen replaces the ties the last close wrote.
                """
        )

        @OptionGroup var termOptions: SurveyTermOption
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let store = try workspace.open()
            let summary = try store.closeSurvey(term: termOptions.term) { answers, snapshot in
                let prepared = answers.plan(against: snapshot)
                return (prepared.plan, prepared.summary)
            }
            // The data-quality report of an import, then what the close wrote.
            ImportCommand.printQuality(summary)
            let ties = ImportCommand.tieCounts(summary)
            let people = summary.files.first?.rows ?? 0
            Console.line(
                "closed the survey of \(Console.singleLine(summary.terms.first ?? "")): the answers of \(people) \(people == 1 ? "person" : "people") written as the term's ties\(ties.isEmpty ? "" : " (" + ties + ")")")
            Console.line("its links no longer open it. workspace: \(workspace.path)")
        }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Open a closed survey again: its links work again.")

        @OptionGroup var termOptions: SurveyTermOption

        @Option(name: .long, help: ArgumentHelp("A new last day (YYYY-MM-DD).", valueName: "DATE"))
        var closes: String?

        @OptionGroup var workspace: WorkspaceOptions

        func validate() throws {
            if let closes, CalendarDay(closes) == nil { throw ValidationError("--closes \(closes) is not a date written YYYY-MM-DD") }
        }

        func run() throws {
            let store = try workspace.open()
            try store.reopenSurvey(term: termOptions.term, closes: closes.flatMap(CalendarDay.init))
            Console.line("the survey of \(Console.singleLine(try store.resolveTerm(termOptions.term))) is open again.")
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete the survey with its links and saved answers (ties written by close stay).")

        @OptionGroup var termOptions: SurveyTermOption
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let gone = try workspace.open().deleteSurvey(term: termOptions.term)
            Console.line("deleted the survey of \(Console.singleLine(gone.survey.term)) with \(gone.responded) saved responses and every link.")
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The survey for Google Forms / Microsoft Forms (forms), or to print (html, pdf).",
            discussion: """
                forms: text to paste into a form: a "Your name" drop-down and one checkbox
                list per question, the roster as choices, labelled so the CSV the form gives
                back imports with no name to guess (the command to import it is at the end).
                html: a printable page; pdf: the same page printed by headless Chromium
                (chromium must be installed).

                Examples:
                  trustnet survey export --term 2026-fall --format forms > form.txt
                  trustnet survey export --term 2026-fall --format pdf -o Output/survey.pdf
                """
        )

        enum Kind: String, ExpressibleByArgument, CaseIterable { case forms, html, pdf }

        @OptionGroup var termOptions: SurveyTermOption

        @Option(name: .long, help: "forms, html or pdf.")
        var format: Kind = .forms

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of stdout (needed for pdf).", valueName: "FILE"))
        var output: String?

        @OptionGroup var workspace: WorkspaceOptions

        func validate() throws {
            if format == .pdf && output == nil { throw ValidationError("--format pdf needs -o FILE") }
        }

        func run() throws {
            let store = try workspace.open()
            let survey = try store.survey(term: termOptions.term)
            let people = try store.people(term: survey.term)
            let bytes: [UInt8]
            switch format {
            case .forms: bytes = Array(SurveyFormsText.text(survey.design, term: survey.term, people: people).utf8)
            case .html: bytes = Array(SurveyPrintPage.html(survey.design, term: survey.term, people: people).utf8)
            case .pdf: bytes = try SurveyPrintPage.pdf(SurveyPrintPage.html(survey.design, term: survey.term, people: people))
            }
            if let output {
                try OutputFile.write(bytes, to: output)
                Console.line("wrote \(output)")
            } else {
                Console.output(bytes)
            }
        }
    }
}

/// `--term T`: the survey's term (the latest when left out).
struct SurveyTermOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The survey's term (default: the latest).", valueName: "TERM"))
    var term: String?
}
