import Foundation
import GRDB
import TrustNet
import TrustNetIO

/// What to import: files, the term they belong to, and how to read them.
public struct ImportRequest: Sendable {
    /// Rosters, tie lists, forms exports, matrices and one-on-one logs, told apart by their
    /// header (see ``InputFormat``).
    public var files: [String]
    /// A roster named explicitly (`--roster`); it may also simply be among ``files``.
    public var roster: String?
    /// The term of the roster and of tie rows that name no term.
    public var term: String?
    /// Relations renamed as a tie list's relation column is read (`--map-relation
    /// collaboration=sharing`), so a dataset's own names can become TrustNet's.
    public var renamedRelations: [Relation: Relation] = [:]
    /// `trustnet check`: a file already imported into a term is noted, not refused (the files
    /// are being checked, not imported), and nothing is written, as with ``dryRun``.
    public var checkOnly = false
    /// `term` only stands in for the one a later import will be given (`trustnet check`
    /// without `--term`): nothing is said about it.
    public var termIsPlaceholder = false
    /// The relation of tie rows that name none.
    public var relation: Relation?
    /// Import a file again even when the same file (same SHA-256) is already in the term.
    public var replace = false
    /// Check everything and report, but write nothing.
    public var dryRun = false
    /// Date range of the term, when given.
    public var starts: CalendarDay?
    public var ends: CalendarDay?
    /// The format of every file, instead of telling each from its header.
    public var format: InputFormat?
    /// `--column "HEADER=relation"`: forms-export questions mapped by hand.
    public var columns: [(header: String, relation: Relation)] = []
    /// How strictly names are matched to the roster.
    public var policy = MatchPolicy()
    /// Called with the rows read so far while a large tie list is read.
    public var progress: (@Sendable (String, Int) -> Void)?

    public init(files: [String], roster: String? = nil, term: String? = nil, relation: Relation? = nil) {
        self.files = files
        self.roster = roster
        self.term = term
        self.relation = relation
    }
}

/// What an import did (or, in a dry run, would do).
public struct ImportSummary: Sendable {
    public struct File: Sendable, Hashable {
        public var name: String
        public var kind: String
        public var rows: Int
        public var people: Int
        public var ties: Int
        public var sha256: String
    }

    public var files: [File] = []
    /// The terms written to, in order.
    public var terms: [String] = []
    /// Ties imported, by relation.
    public var tiesByRelation: [Relation: Int] = [:]
    /// Warnings and notes (errors are thrown instead).
    public var diagnostics: [Diagnostic] = []
    /// The data-quality report of each term written to, with the people its indices refer to.
    public var quality: [(report: DataQuality, people: [Person])] = []
    public var dryRun = false
}

extension Workspace {
    /// Imports roster and tie-list files into the workspace file at `path` in one transaction.
    ///
    /// Nothing is written unless every file reads without error and every person is on the
    /// term's roster: the workspace is then exactly as before, and when it did not exist it is
    /// not created. A file already imported into the term (same SHA-256) is refused unless
    /// `request.replace`, which first removes what that earlier import brought.
    ///
    /// - Throws: ``InputError`` with file, line and column for bad input; ``WorkspaceError``.
    public static func importFiles(_ request: ImportRequest, into path: String) throws -> ImportSummary {
        let existed = FileManager.default.fileExists(atPath: path)
        let plan = try ImportPlan.read(request, existing: existed ? try Workspace.open(at: path) : nil)
        if request.dryRun || request.checkOnly {
            let scratch = existed ? try Workspace.open(at: path) : try Workspace()
            return try scratch.apply(plan, request: request, commit: false)
        }
        if existed { return try Workspace(path: path).apply(plan, request: request, commit: true) }
        // A new workspace appears whole or not at all; when another import created one meanwhile,
        // this one is planned again against it (nothing of the other's is removed).
        if let summary = try Workspace.createNew(at: path, { try $0.apply(plan, request: request, commit: true) }) { return summary }
        return try importFiles(request, into: path)
    }

    private func apply(_ plan: ImportPlan, request: ImportRequest, commit: Bool) throws -> ImportSummary {
        var summary = ImportSummary()
        summary.dryRun = !commit
        summary.diagnostics = plan.diagnostics
        summary.terms = plan.terms
        let now = ISO8601DateFormatter().string(from: Date())
        try database.inTransaction { db in
            var log = DiagnosticLog()
            for termName in plan.terms {
                let termID = try Workspace.upsertTerm(db, name: termName, starts: request.starts, ends: request.ends)
                // The same file twice into one term.
                for file in plan.files where file.terms.contains(termName) {
                    let earlier = try Row.fetchOne(
                        db, sql: "SELECT id, file_name, imported_at FROM import WHERE term_id = ? AND sha256 = ? ORDER BY id",
                        arguments: [termID, file.sha256])
                    if let earlier {
                        if request.replace {
                            try db.execute(sql: "DELETE FROM import WHERE term_id = ? AND sha256 = ?", arguments: [termID, file.sha256])
                        } else {
                            let when: String = earlier["imported_at"]
                            let already = "this file was already imported into \(termName) (as \(earlier["file_name"] as String) on \(when))"
                            log.append(
                                request.checkOnly
                                    ? Diagnostic(.note, file: file.name, "\(already); trustnet import would need --replace to import it again")
                                    : Diagnostic(.error, file: file.name, "\(already); use --replace to import it again"))
                        }
                    }
                }
                if log.hasErrors { continue }
                if let roster = plan.roster {
                    try Workspace.writeRoster(db, roster: roster, termID: termID)
                }
                try Workspace.addMembers(db, plan.added, termID: termID)
                let members = Set(try String.fetchAll(db, sql: "SELECT person_id FROM membership WHERE term_id = ?", arguments: [termID]))
                if members.isEmpty {
                    log.append(
                        Diagnostic(
                            .error, file: plan.files.first { $0.kind != "roster" }?.name ?? "import",
                            "the term \(termName) has no roster yet: import one with it (--roster FILE)"))
                    continue
                }
                for file in plan.files where file.terms.contains(termName) {
                    let ties = file.ties.filter { $0.term == termName }
                    let peopleCount = file.kind == "roster" ? plan.roster?.people.count ?? 0 : 0
                    try db.execute(
                        sql: "INSERT INTO import (term_id, file_name, sha256, kind, rows, people, ties, imported_at) VALUES (?,?,?,?,?,?,?,?)",
                        arguments: [termID, file.name, file.sha256, file.kind, file.rows, peopleCount, ties.count, now])
                    let importID = db.lastInsertedRowID
                    let statement = try db.makeStatement(
                        sql: """
                            INSERT INTO tie (term_id, source, target, relation, weight, import_id) VALUES (?,?,?,?,?,?)
                            ON CONFLICT (term_id, source, target, relation) DO UPDATE SET weight = max(weight, excluded.weight)
                            """)
                    for tie in ties {
                        let source = plan.people[tie.source].id
                        let target = plan.people[tie.target].id
                        let strangers = [source, target].filter { !members.contains($0) }
                        for id in strangers {
                            log.append(
                                Diagnostic(.error, file: file.name, line: tie.line, "\(id) is not on the roster of \(termName)"))
                        }
                        if log.isFull { break }
                        if !strangers.isEmpty { continue }
                        try statement.execute(arguments: [termID, source, target, tie.relation.name, tie.weight, importID])
                        summary.tiesByRelation[tie.relation, default: 0] += 1
                    }
                    if let respondents = file.respondents?[termName] {
                        let insert = try db.makeStatement(sql: "INSERT OR IGNORE INTO respondent (term_id, person_id) VALUES (?, ?)")
                        for r in respondents where members.contains(plan.people[r].id) {
                            try insert.execute(arguments: [termID, plan.people[r].id])
                        }
                    }
                }
                summary.quality.append((plan.quality(for: termName), plan.people))
            }
            try log.throwIfErrors()
            summary.diagnostics += log.diagnostics  // notes (a file checked again)
            return commit ? .commit : .rollback
        }
        summary.files = plan.files.map {
            ImportSummary.File(
                name: $0.name, kind: $0.kind, rows: $0.rows, people: $0.kind == "roster" ? plan.roster?.people.count ?? 0 : 0, ties: $0.ties.count,
                sha256: $0.sha256)
        }
        return summary
    }

    private static func upsertTerm(_ db: Database, name: String, starts: CalendarDay?, ends: CalendarDay?) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM term WHERE name = ?", arguments: [name]) {
            if let starts { try db.execute(sql: "UPDATE term SET starts = ? WHERE id = ?", arguments: [starts.description, id]) }
            if let ends { try db.execute(sql: "UPDATE term SET ends = ? WHERE id = ?", arguments: [ends.description, id]) }
            return id
        }
        let position = (try Int.fetchOne(db, sql: "SELECT MAX(position) FROM term") ?? -1) + 1
        try db.execute(
            sql: "INSERT INTO term (name, position, starts, ends) VALUES (?,?,?,?)",
            arguments: [name, position, starts?.description, ends?.description])
        return db.lastInsertedRowID
    }

    /// Puts people added by `--add-unknown` on the term's roster (and in the person table).
    private static func addMembers(_ db: Database, _ people: [Person], termID: Int64) throws {
        guard !people.isEmpty else { return }
        var order = (try Int.fetchOne(db, sql: "SELECT MAX(roster_order) FROM membership WHERE term_id = ?", arguments: [termID]) ?? -1) + 1
        for p in people {
            try db.execute(sql: "INSERT OR IGNORE INTO person (id, name) VALUES (?, ?)", arguments: [p.id, p.name])
            try db.execute(
                sql: "INSERT OR IGNORE INTO membership (term_id, person_id, roster_order, attributes) VALUES (?,?,?,'{}')",
                arguments: [termID, p.id, order])
            order += 1
        }
    }

    private static func writeRoster(_ db: Database, roster: Roster, termID: Int64) throws {
        try db.execute(
            sql: "UPDATE term SET attribute_columns = ?, unit_column = ? WHERE id = ?",
            arguments: [encodeJSON(roster.attributeColumns), roster.unitColumn, termID])
        try db.execute(sql: "DELETE FROM membership WHERE term_id = ?", arguments: [termID])
        let person = try db.makeStatement(
            sql: "INSERT INTO person (id, name, email) VALUES (?,?,?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email")
        let member = try db.makeStatement(
            sql: "INSERT INTO membership (term_id, person_id, roster_order, title, attributes) VALUES (?,?,?,?,?)")
        for (order, p) in roster.people.enumerated() {
            try person.execute(arguments: [p.id, p.name, p.email])
            try member.execute(arguments: [termID, p.id, order, p.title, encodeJSON(p.attributes)])
        }
    }
}

/// The files of an import, read and checked, before anything is written.
struct ImportPlan {
    struct File {
        var name: String
        var kind: String
        var rows: Int
        var sha256: String
        var ties: [ImportedTie]
        var terms: Set<String>
        /// Who answered, by term (see ``TieList/respondents``).
        var respondents: [String: Set<Int>]?
        var selfTies = 0
        var duplicates = 0
    }

    var files: [File] = []
    var roster: Roster?
    /// The people tie indices refer to: the new roster or the term's stored one, then anyone
    /// added by `--add-unknown`.
    var people: [Person] = []
    /// People added by `--add-unknown`.
    var added: [Person] = []
    var guesses = 0
    var terms: [String] = []
    var diagnostics: [Diagnostic] = []

    static func read(_ request: ImportRequest, existing: Workspace?) throws -> ImportPlan {
        var plan = ImportPlan()
        var log = DiagnosticLog()
        var readers: [(path: String, reader: CSVReader, bytes: [UInt8], format: InputFormat)] = []
        var paths = request.files
        if let roster = request.roster, !paths.contains(roster) { paths.insert(roster, at: 0) }
        if paths.isEmpty {
            throw InputError(Diagnostic(.error, file: "import", "name at least one file to import"))
        }
        for path in paths {
            do throws(InputError) {
                guard let bytes = CSVReader.bytes(ofFile: path) else {
                    _ = try CSVReader(contentsOf: path)  // throws the precise reason
                    continue
                }
                let reader = try CSVReader(data: bytes, fileName: path)
                let format: InputFormat
                if path == request.roster {
                    format = .roster
                } else if let named = request.format {
                    // --format names the survey files' format; a roster among them stays a roster.
                    format = (try? InputFormat.detect(reader)) == .roster ? .roster : named
                } else {
                    format = try InputFormat.detect(reader)
                }
                readers.append((path, reader, bytes, format))
            } catch {
                log.append(contentsOf: error.diagnostics)
            }
        }
        try log.throwIfErrors()

        let rosters = readers.filter { $0.format == .roster }
        if rosters.count > 1 {
            throw InputError(
                Diagnostic(.error, file: rosters[1].path, "only one roster per import (\(rosters[0].path) is a roster too)"))
        }
        if let r = rosters.first {
            let roster = try Roster.read(r.reader)
            plan.roster = roster
            plan.people = roster.people
            log.append(contentsOf: roster.diagnostics)
            plan.files.append(File(name: r.path, kind: "roster", rows: roster.people.count, sha256: SHA256.hex(r.bytes), ties: [], terms: []))
        }
        let tieFiles = readers.filter { $0.format != .roster }
        if plan.roster == nil, !tieFiles.isEmpty {
            let term = request.term ?? (try? existing?.resolveTerm(nil)) ?? nil
            if let existing, let term { plan.people = try existing.people(term: term) }
            if plan.people.isEmpty && !request.policy.addUnknown {
                throw InputError(
                    Diagnostic(
                        .error, file: tieFiles[0].path,
                        "no roster to match names against: import the roster with the ties (trustnet import ROSTER.csv \(tieFiles[0].path) --term NAME)"
                    ))
            }
        }
        // Terms known for placing one-on-one meetings by date: the workspace's, and this one.
        var knownTerms = (try existing?.terms().map(\.term)) ?? []
        if let name = request.term {
            if let k = knownTerms.firstIndex(where: { $0.name == name }) {
                knownTerms[k].starts = request.starts ?? knownTerms[k].starts
                knownTerms[k].ends = request.ends ?? knownTerms[k].ends
            } else {
                knownTerms.append(Term(name: name, order: knownTerms.count, starts: request.starts, ends: request.ends))
            }
        }

        var resolver = NameResolver(people: plan.people, policy: request.policy)
        var terms: [String] = request.term.map { [$0] } ?? []
        for t in tieFiles {
            do throws(InputError) {
                let list: TieList
                switch t.format {
                case .tieList:
                    list = try TieList.read(
                        t.reader, resolver: &resolver, relation: request.relation, term: request.term, renamed: request.renamedRelations,
                        progress: request.progress.map { report in { rows in report(t.path, rows) } })
                case .forms:
                    list = try TieList.readForms(t.reader, resolver: &resolver, term: try termRequired(request, t.path), overrides: request.columns)
                case .matrix:
                    list = try TieList.readMatrix(t.reader, resolver: &resolver, relation: request.relation, term: try termRequired(request, t.path))
                case .oneOnOneLog:
                    list = try TieList.readOneOnOneLog(t.reader, resolver: &resolver, terms: knownTerms, term: request.term)
                case .roster:
                    continue
                }
                log.append(contentsOf: list.diagnostics)
                for relation in Set(list.ties.map(\.relation)).sorted() {
                    if let meant = relation.likelyMisspelling {
                        log.append(
                            Diagnostic(
                                .warning, file: t.path,
                                "relation \(relation.name) is not one TrustNet knows (\(Relation.standard.map(\.name).joined(separator: ", "))); did you mean \(meant.name)? Imported as a relation of its own"
                            ))
                    }
                }
                if list.rowCount == 0 {
                    log.append(Diagnostic(.warning, file: t.path, "the file has a header and no rows: it adds no ties (was the export cut short?)"))
                }
                var fileTerms = Set<String>()
                for tie in list.ties where !fileTerms.contains(tie.term) {
                    fileTerms.insert(tie.term)
                    if !terms.contains(tie.term) { terms.append(tie.term) }
                }
                // A survey's terms include those where someone answered without naming anyone.
                if let answered = list.respondents?.keys {
                    fileTerms.formUnion(answered)
                    terms += Set(answered).subtracting(terms).sorted()
                }
                var file = File(
                    name: t.path, kind: t.format.rawValue, rows: list.rowCount, sha256: SHA256.hex(t.bytes), ties: list.ties, terms: fileTerms,
                    respondents: list.respondents)
                file.selfTies = list.selfTies
                file.duplicates = list.duplicatesMerged
                plan.files.append(file)
            } catch {
                log.append(contentsOf: error.diagnostics)
            }
            if log.isFull { break }
        }
        try log.throwIfErrors()
        if terms.isEmpty {
            throw InputError(Diagnostic(.error, file: paths[0], "name the term these files belong to with --term NAME (e.g. --term 2025-fall)"))
        }
        plan.people = resolver.people
        plan.added = resolver.addedPeople.map { resolver.people[$0] }
        plan.guesses = resolver.matchedBy[.initials, default: 0] + resolver.matchedBy[.closeSpelling, default: 0]
        // A term column that put every row elsewhere overrides --term: make no empty term of
        // that name (Lazega's `wave` column of 1s with --term 1990 would give a term "1990"
        // holding only the roster next to a term "1" holding everything).
        let surveyFiles = plan.files.filter { $0.kind != "roster" }
        if let name = request.term, terms.count > 1, !surveyFiles.isEmpty,
            surveyFiles.allSatisfy({ $0.kind == InputFormat.tieList.rawValue && !$0.terms.contains(name) })
        {
            terms.removeAll { $0 == name }
            let rename = terms.count == 1 ? "; to use that name: trustnet terms rename \(terms[0]) \(name)" : ""
            if !request.termIsPlaceholder {
                log.append(
                    Diagnostic(
                        .note, file: surveyFiles[0].name,
                        "the term column puts every tie in \(terms.joined(separator: ", ")), none in \(name) (--term), so no term \(name) was made\(rename)"
                    ))
            }
        }
        // A roster belongs to every term of the import.
        if let r = plan.files.firstIndex(where: { $0.kind == "roster" }) { plan.files[r].terms = Set(terms) }
        plan.terms = terms
        plan.diagnostics = log.diagnostics
        return plan
    }

    private static func termRequired(_ request: ImportRequest, _ path: String) throws(InputError) -> String {
        guard let term = request.term else {
            throw InputError(Diagnostic(.error, file: path, "name the term this survey belongs to with --term NAME"))
        }
        return term
    }

    /// The data-quality report of `term` from the files of this import.
    func quality(for term: String) -> DataQuality {
        let surveyFiles = files.filter { $0.terms.contains(term) && $0.respondents != nil }
        let respondents: Set<Int>? =
            surveyFiles.isEmpty ? nil : surveyFiles.reduce(into: Set<Int>()) { $0.formUnion($1.respondents?[term] ?? []) }
        return DataQuality(
            term: term, people: people, surveyTies: surveyFiles.flatMap(\.ties), respondents: respondents,
            selfTiesDropped: files.reduce(0) { $0 + $1.selfTies }, duplicatesMerged: files.reduce(0) { $0 + $1.duplicates },
            guesses: guesses, added: added.count)
    }
}
