import Foundation
import Hummingbird
import TrustNet
import TrustNetAnalysis
import TrustNetIO
import TrustNetStore

/// The import page: upload files, see the check (names matched by a guess, unknown names,
/// questions and relations not read), settle it by choosing, then import all or nothing.
///
/// The page plans the import with TrustNetIO (``ImportRequest/plan(against:)``) against what the
/// workspace holds, every time it shows the check, and the workspace writes the plan
/// (``Workspace/write(_:)``) only when the user confirms. Nothing is written before.
struct ImportRoutes: Sendable {
    let workspace: ServedWorkspace
    let pages: PageRoutes
    let drafts: ImportDrafts

    func add(to router: Router<TrustNetRequestContext>) {
        router.get("/import") { request, context in try answering { try page(Query(request), context) } }
        router.post("/import/upload") { request, context in try await upload(request, context) }
        router.post("/import/answer") { request, context in try await answer(request, context) }
        router.post("/import/confirm") { request, context in try await confirm(request, context) }
        router.post("/import/discard") { request, context in
            drafts.remove(try await FormFields(request, context)["draft"] ?? "")
            return Response.redirect("/import")
        }
    }

    /// The upload form, or the check of `?draft=ID`.
    func page(_ query: Query, _ context: TrustNetRequestContext) throws -> Response {
        var page = try pages.frame("Import", path: "/import", query, context)
        var view = ImportView(csrf: context.csrf, term: query["term"] ?? "")
        if let id = query["draft"] {
            guard let draft = drafts[id] else {
                page.lines = [Wording.importGone]
                page.upload = view.flagged()
                return .html(pages.pages.render(page))
            }
            view = checkView(draft, csrf: context.csrf)
        } else {
            page.lines = Wording.importIntroduction
        }
        page.upload = view.flagged()
        return .html(pages.pages.render(page))
    }

    /// The check of `draft`: the plan's summary when it can be imported, else its problems,
    /// with the names, questions and relations the user can settle here.
    func checkView(_ draft: ImportDraft, csrf: String) -> ImportView {
        var view = ImportView(csrf: csrf, draft: draft.id, term: draft.term)
        let diagnostics: [Diagnostic]
        switch plan(draft, dryRun: true) {
        case .success(let prepared):
            diagnostics = prepared.summary.diagnostics
            let summary = prepared.summary
            view.files = summary.files.map { ImportView.FileRow(name: $0.name, kind: $0.kind, rows: $0.rows, ties: $0.ties) }
            view.ready = Wording.importReady(
                terms: summary.terms, ties: summary.tiesByRelation.sorted { $0.key < $1.key }.map { ($0.key.name, $0.value) },
                people: summary.files.first { $0.kind == "roster" }?.people ?? 0)
            view.quality = summary.quality.flatMap { $0.report.lines(people: $0.people) }.map { $0.trimmingCharacters(in: .whitespaces) }
        case .failure(let error):
            diagnostics = error.diagnostics
        }
        var seenNames = Set<String>()
        for d in diagnostics {
            switch d.subject {
            case .name(let written, let match, let candidates):
                guard seenNames.insert(written).inserted else { continue }
                let lines = diagnostics.filter { if case .name(written, _, _) = $0.subject { true } else { false } }.compactMap(\.line)
                view.names.append(
                    ImportView.Name(
                        written: written,
                        finding: match == .guessed ? d.finding : Wording.nameToSettle(unknown: match == .unknown, candidates: candidates.count),
                        place: Self.place(d.file, lines: lines),
                        choices: match == .guessed ? [] : candidates.map { ImportView.Choice(id: $0.id, label: Wording.itIs(name: $0.name, id: $0.id, unit: $0.unit)) },
                        addLabel: Wording.addAsNew(written, guessed: match == .guessed)))
            case .unreadQuestions(let headers):
                view.mappings += headers.map { header in
                    ImportView.Mapping(kind: "question", from: header, finding: Wording.unreadQuestion(header, file: d.file), options: Self.relationOptions(nil))
                }
                if d.severity == .error { view.problems.append(Self.note(d)) }
            case .unknownRelations(let relations, let closest):
                view.mappings += relations.map { relation in
                    ImportView.Mapping(kind: "relation", from: relation.name, finding: Wording.unknownRelation(relation.name, file: d.file), options: Self.relationOptions(closest))
                }
            case nil:
                if d.severity == .error { view.problems.append(Self.note(d)) } else { view.remarks.append(Self.note(d)) }
            }
        }
        view.answers =
            draft.aliases.map { Wording.importChoice(alias: $0.written, person: $0.label) } + draft.newPeople.map { Wording.importChoice(newPerson: $0) }
            + draft.columns.map { Wording.importChoice(question: $0.header, relation: $0.relation.name) }
            + draft.renamedRelations.sorted { $0.key < $1.key }.map { Wording.importChoice(relation: $0.key.name, as: $0.value.name) }
        return view
    }

    /// A diagnostic as the page says it: what to click or choose, never a command-line option.
    static func note(_ d: Diagnostic) -> String { Wording.importNote(file: d.file, line: d.line, finding: d.finding, remedy: d.remedy) }

    /// "ties.csv, line 4" or "ties.csv, lines 4, 9 and 12".
    static func place(_ file: String, lines: [Int]) -> String {
        let unique = Array(Set(lines)).sorted()
        guard !unique.isEmpty else { return file }
        let shown = unique.prefix(5).map(String.init)
        return "\(file), line\(unique.count == 1 ? "" : "s") " + Wording.list(Array(shown), more: unique.count - shown.count)
    }

    static func relationOptions(_ preferred: Relation?) -> [PageModel.TermOption] {
        Relation.standard.map { .init(name: $0.name, selected: $0 == preferred) }
    }

    /// The draft planned against the workspace as it is now.
    func plan(_ draft: ImportDraft, dryRun: Bool) -> Result<PreparedImport, InputError> {
        var request = draft.request
        request.dryRun = dryRun
        do {
            // The files first: when they bring a roster, the workspace's rosters are not read.
            let input = ImportInput(reading: request)
            let snapshot = try workspace.importSnapshot(rosterOf: request.term, rosters: !input.bringsRoster)
            return .success(try request.plan(input, against: snapshot))
        } catch let error as InputError {
            return .failure(error)
        } catch {
            return .failure(InputError(Diagnostic(.error, file: "workspace", "\(error)")))
        }
    }

    /// POST multipart/form-data with `term` and `files`: stored in a new draft's folder, then the
    /// check.
    func upload(_ request: Request, _ context: TrustNetRequestContext) async throws -> Response {
        let (id, folder) = try drafts.newFolder()
        do {
            let form = try await MultipartUpload.receive(request, limit: context.uploadLimit, into: folder.appendingPathComponent("upload.body"))
            defer { try? FileManager.default.removeItem(at: form.file) }
            var files: [ImportDraft.File] = []
            for (k, part) in form.files.enumerated() {
                let stored = folder.appendingPathComponent("file-\(k + 1).csv")
                try form.write(part, to: stored)
                files.append(.init(path: stored.path, name: Self.shownName(part.filename ?? "", number: k + 1)))
            }
            guard !files.isEmpty else { throw HTTPError(.badRequest, message: "choose at least one file to upload") }
            let term = (form.text("term") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            drafts.add(ImportDraft(id: id, folder: folder, files: files, term: term))
            return .redirect("/import?draft=\(id)")
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }

    /// An upload's file name as shown: its last path component, on one line, at most 100
    /// characters ("upload N" when it has none).
    static func shownName(_ filename: String, number: Int) -> String {
        let last = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let name = TextEscaping.singleLine(String(last.prefix(100)))
        return name.isEmpty ? "upload \(number)" : name
    }

    /// POST `draft` with one answer: `alias` (the name as written) and `person` (an id), or
    /// `new` (a name to add), or `question` or `relation` with `as`.
    func answer(_ request: Request, _ context: TrustNetRequestContext) async throws -> Response {
        let form = try await FormFields(request, context)
        let id = form["draft"] ?? ""
        // The person chosen, as the check offered them (name and id), for the list of choices.
        var label = form["person"] ?? ""
        if let draft = drafts[id], let person = form["person"], case .failure(let error) = plan(draft, dryRun: true) {
            for d in error.diagnostics {
                if case .name(_, _, let candidates) = d.subject, let c = candidates.first(where: { $0.id == person }) { label = "\(c.name) (\(c.id))" }
            }
        }
        let found = try drafts.update(id) { draft in
            if let written = form["name"], let person = form["person"], !person.isEmpty {
                draft.aliases.removeAll { $0.written == written }
                draft.newPeople.removeAll { $0 == written }
                draft.aliases.append((written, person, label))
            } else if let written = form["name"], form["new"] == "1" {
                draft.aliases.removeAll { $0.written == written }
                if !draft.newPeople.contains(written) { draft.newPeople.append(written) }
            } else if let header = form["question"], let relation = Relation(form["as"] ?? "") {
                draft.columns.removeAll { $0.header == header }
                draft.columns.append((header, relation))
            } else if let from = form["relation"].flatMap(Relation.init), let to = Relation(form["as"] ?? "") {
                draft.renamedRelations[from] = to
            } else {
                throw HTTPError(.badRequest, message: "the answer names no person, question or relation")
            }
        }
        _ = found  // a draft gone meanwhile: the page says so
        return .redirect("/import?draft=\(queryValue(id))")
    }

    /// POST `draft`: plans it again against the workspace as it is now and writes that plan in
    /// one transaction, then shows the workspace with the new term.
    func confirm(_ request: Request, _ context: TrustNetRequestContext) async throws -> Response {
        let id = try await FormFields(request, context)["draft"] ?? ""
        guard let draft = drafts[id] else { return .redirect("/import?draft=\(queryValue(id))") }
        for attempt in 1...3 {
            guard case .success(let prepared) = plan(draft, dryRun: false) else { return .redirect("/import?draft=\(queryValue(id))") }
            do {
                try workspace.write(prepared.plan)
                drafts.remove(id)
                AnswerWarmup.start(workspace)  // the new latest term's answers, before its pages are asked
                let term = prepared.summary.terms.last ?? ""
                return .redirect("/?term=\(queryValue(term))&imported=\(queryValue(prepared.summary.terms.joined(separator: ",")))")
            } catch WorkspaceError.changedDuringImport where attempt < 3 {
                continue  // another import landed meanwhile: plan again against it
            } catch WorkspaceError.rosterLeavesOut(let term, let ids, let count) {
                throw HTTPError(.conflict, message: Wording.rosterLeavesOut(term: term, ids: ids, count: count))
            }
        }
        throw HTTPError(.conflict, message: "the workspace kept changing during the import: try again")
    }
}

extension FormFields {
    /// The fields of a form POST (read by ``AccessMiddleware`` within the upload limit).
    init(_ request: Request, _ context: TrustNetRequestContext) async throws {
        self.init(String(buffer: try await request.body.collect(upTo: context.uploadLimit)))
    }
}
