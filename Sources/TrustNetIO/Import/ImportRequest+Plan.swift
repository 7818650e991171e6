import TrustNet

extension ImportRequest {
    /// Reads the files, matches names to the roster, checks everything against what the
    /// workspace already holds, and makes the finished plan the workspace writes.
    ///
    /// Checks, each an error with the file (and line) it concerns — or, with ``checkOnly``, a
    /// note where the check is about the workspace rather than the files:
    /// - a file already imported into the term (same SHA-256), unless ``replace``, which then
    ///   removes what the earlier import brought;
    /// - a survey file already imported into another term (a term renamed since, say
    ///   `2025-fall` to `year-1`), unless ``replace``: importing it again would make a second
    ///   term of the same answers;
    /// - a term with no roster (none imported with it, none stored);
    /// - a tie to someone not on the roster of the tie's term.
    ///
    /// - Parameter snapshot: what the workspace holds (``ImportSnapshot/empty`` when there is
    ///   none yet), taken with the roster of ``term`` (or of the latest term).
    /// - Throws: ``InputError`` with file, line and column; nothing is planned then.
    public func plan(against snapshot: ImportSnapshot) throws -> PreparedImport {
        try plan(ImportInput(reading: self), against: snapshot)
    }

    /// ``plan(against:)`` of files already read: read them first
    /// (``ImportInput/init(reading:)``), then take the snapshot, without the workspace's
    /// rosters when ``ImportInput/bringsRoster`` (they play no part in the plan then).
    ///
    /// - Parameters:
    ///   - input: the files of this request, as ``ImportInput/init(reading:)`` read them.
    ///   - snapshot: what the workspace holds (``ImportSnapshot/empty`` when there is none
    ///     yet), taken with the roster of ``term`` (or of the latest term) unless `input`
    ///     brings its own.
    /// - Throws: ``InputError`` with file, line and column (first for a file that could not
    ///   be read); nothing is planned then.
    public func plan(_ input: ImportInput, against snapshot: ImportSnapshot) throws -> PreparedImport {
        let read = try ImportedFiles.read(input, of: self, snapshot: snapshot)
        var log = DiagnosticLog()
        var summary = ImportSummary()
        summary.dryRun = dryRun || checkOnly
        summary.diagnostics = read.diagnostics
        summary.terms = read.terms
        var plan = ImportPlan(revision: snapshot.revision)
        let rosterSize = read.roster?.people.count ?? 0

        func refuse(_ file: String, _ what: String) {
            log.append(
                checkOnly
                    ? Diagnostic(.note, file: file, "\(what); trustnet import would need --replace to import it again", finding: what, remedy: .alreadyImported)
                    : Diagnostic(.error, file: file, "\(what); use --replace to import it again", finding: what, remedy: .alreadyImported))
        }
        // A survey file already in the workspace under another term: the term was renamed, or
        // the file is imported under a new name by mistake.
        for file in read.files where file.kind != InputFormat.roster.rawValue && !replace {
            let elsewhere = snapshot.imports.filter { $0.sha256 == file.sha256 && !file.terms.contains($0.term) }
            guard let first = elsewhere.first else { continue }
            let terms = Array(Set(elsewhere.map(\.term))).sorted()
            let into = read.terms.filter { term in
                file.terms.contains(term) && !snapshot.imports.contains { $0.term == term && $0.sha256 == file.sha256 }
            }
            guard !into.isEmpty else { continue }  // already in every term it names: said below
            let importing = termIsPlaceholder && into == [term] ? "importing it under another term" : "importing it into \(into.joined(separator: ", "))"
            refuse(
                file.name,
                "this file was already imported as \(terms.joined(separator: ", ")) (as \(first.fileName) on \(first.importedAt)); \(importing) would make a second term of the same answers"
            )
        }
        for termName in read.terms {
            var write = ImportPlan.TermWrite(name: termName, starts: starts, ends: ends)
            // The same file twice into one term.
            for file in read.files where file.terms.contains(termName) {
                guard let earlier = snapshot.imports.first(where: { $0.term == termName && $0.sha256 == file.sha256 }) else { continue }
                if replace {
                    if !write.replacing.contains(file.sha256) { write.replacing.append(file.sha256) }
                } else {
                    refuse(file.name, "this file was already imported into \(termName) (as \(earlier.fileName) on \(earlier.importedAt))")
                }
            }
            if log.hasErrors { continue }
            if let roster = read.roster {
                write.roster = ImportPlan.RosterWrite(people: roster.people, attributeColumns: roster.attributeColumns, unitColumn: roster.unitColumn)
            }
            write.addedPeople = read.added
            var members = read.roster.map { Set($0.people.map(\.id)) } ?? snapshot.members[termName] ?? []
            members.formUnion(read.added.map(\.id))
            if members.isEmpty {
                log.append(
                    Diagnostic(
                        .error, file: read.files.first { $0.kind != InputFormat.roster.rawValue }?.name ?? "import",
                        "the term \(termName) has no roster yet: import one with it (--roster FILE)", finding: "the term \(termName) has no roster yet",
                        remedy: .bringTheRoster))
                continue
            }
            // Who is on the term's roster, by person index: each id looked up once, not once
            // for each tie that names it.
            let onRoster = read.people.map { members.contains($0.id) }
            // The ids alone, side by side (a person's whole record is ten times the size: the
            // ties, in file order, would read them all over memory).
            let ids = read.people.map(\.id)
            for file in read.files where file.terms.contains(termName) {
                var fileWrite = ImportPlan.FileWrite(
                    name: file.name, sha256: file.sha256, kind: file.kind, rows: file.rows,
                    people: file.kind == InputFormat.roster.rawValue ? rosterSize : 0)
                // `check` writes nothing: the ties are checked and counted, not copied.
                if !checkOnly { fileWrite.ties.reserveCapacity(file.ties.count) }
                // Counted by relation for the file (runs of one relation without a hash for
                // each tie), then added to the summary once.
                var written: [Relation: Int] = [:]
                var run: (relation: Relation, count: Int)?
                for tie in file.ties where tie.term == termName {
                    let knownSource = onRoster[tie.source], knownTarget = onRoster[tie.target]
                    let source = ids[tie.source]
                    let target = ids[tie.target]
                    if !knownSource || !knownTarget {
                        for (id, known) in [(source, knownSource), (target, knownTarget)] where !known {
                            log.append(Diagnostic(.error, file: file.name, line: tie.line, "\(id) is not on the roster of \(termName)"))
                        }
                        if log.isFull { break }
                        continue
                    }
                    if !checkOnly { fileWrite.ties.append(ImportPlan.TieWrite(source: source, target: target, relation: tie.relation, weight: tie.weight)) }
                    if run?.relation == tie.relation {
                        run!.count += 1
                    } else {
                        if let r = run { written[r.relation, default: 0] += r.count }
                        run = (tie.relation, 1)
                    }
                }
                if let r = run { written[r.relation, default: 0] += r.count }
                for (relation, count) in written { summary.tiesByRelation[relation, default: 0] += count }
                if let respondents = file.respondents?[termName] {
                    fileWrite.respondents = respondents.sorted().map { read.people[$0].id }.filter(members.contains)
                }
                write.files.append(fileWrite)
            }
            plan.terms.append(write)
            summary.quality.append((read.quality(for: termName), read.people))
        }
        try log.throwIfErrors()
        summary.diagnostics += log.diagnostics  // notes (a file checked again)
        summary.files = read.files.map {
            ImportSummary.File(
                name: $0.name, kind: $0.kind, rows: $0.rows, people: $0.kind == InputFormat.roster.rawValue ? rosterSize : 0,
                ties: $0.ties.count, sha256: $0.sha256)
        }
        return PreparedImport(plan: plan, summary: summary)
    }
}
