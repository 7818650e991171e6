import TrustNet

/// The files of an import, read and matched to the roster: the first half of planning an import
/// (``ImportRequest/plan(against:)`` checks them against the workspace and makes the plan).
struct ImportedFiles {
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

    /// Matches the files of `input` (read for `request`) to the roster they bring or, without
    /// one, to the roster of the snapshot's ``ImportSnapshot/rosterTerm`` (when it is the
    /// import's term, or the latest when the import names none).
    static func read(_ input: ImportInput, of request: ImportRequest, snapshot: ImportSnapshot) throws -> ImportedFiles {
        var imported = ImportedFiles()
        var log = DiagnosticLog()
        log.append(contentsOf: input.diagnostics)
        try log.throwIfErrors()

        let rosters = input.files.filter { $0.format == .roster }
        if rosters.count > 1 {
            throw InputError(
                Diagnostic(.error, file: rosters[1].reader.fileName, "only one roster per import (\(rosters[0].reader.fileName) is a roster too)"))
        }
        if let r = rosters.first {
            var roster = try Roster.read(r.reader)
            roster.markFormalLeaders(titleWords: request.formalTitles)
            imported.roster = roster
            imported.people = roster.people
            log.append(contentsOf: roster.diagnostics)
            imported.files.append(File(name: r.reader.fileName, kind: "roster", rows: roster.people.count, sha256: FileFingerprint.sha256(r.bytes), ties: [], terms: []))
        }
        let tieFiles = input.files.filter { $0.format != .roster }
        if imported.roster == nil, !tieFiles.isEmpty {
            if let term = request.term ?? snapshot.terms.last?.name, snapshot.rosterTerm == term { imported.people = snapshot.people }
            if imported.people.isEmpty && !request.policy.addUnknown {
                throw InputError(
                    Diagnostic(
                        .error, file: tieFiles[0].reader.fileName,
                        "no roster to match names against: import the roster with the ties (trustnet import ROSTER.csv \(tieFiles[0].reader.fileName) --term NAME)",
                        finding: "no roster to match names against", remedy: .bringTheRoster))
            }
        }
        // Terms known for placing one-on-one meetings by date: the workspace's, and this one.
        var knownTerms = snapshot.terms
        if let name = request.term {
            if let k = knownTerms.firstIndex(where: { $0.name == name }) {
                knownTerms[k].starts = request.starts ?? knownTerms[k].starts
                knownTerms[k].ends = request.ends ?? knownTerms[k].ends
            } else {
                knownTerms.append(Term(name: name, order: knownTerms.count, starts: request.starts, ends: request.ends))
            }
        }

        var policy = request.policy
        for path in request.aliasFiles {
            do throws(InputError) {
                policy.aliases += try NameAlias.read(CSVReader(contentsOf: path))
            } catch {
                log.append(contentsOf: error.diagnostics)
            }
        }
        var resolver = NameResolver(people: imported.people, policy: policy)
        if !tieFiles.isEmpty { log.append(contentsOf: resolver.aliasErrors()) }
        try log.throwIfErrors()
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
                    list = try TieList.readForms(t.reader, resolver: &resolver, term: try termRequired(request, t.reader.fileName), overrides: request.columns)
                case .matrix:
                    list = try TieList.readMatrix(t.reader, resolver: &resolver, relation: request.relation, term: try termRequired(request, t.reader.fileName))
                case .oneOnOneLog:
                    list = try TieList.readOneOnOneLog(t.reader, resolver: &resolver, terms: knownTerms, term: request.term)
                case .roster:
                    continue
                }
                log.append(contentsOf: list.diagnostics)
                let known = Relation.standard.map(\.name).joined(separator: ", ")
                var ownRelations: [String] = []
                var ownRelationSubjects: [Relation] = []
                // Each relation hashed where the run of ties naming one ends, not for each tie (a
                // state's half a million ties name one).
                var relations = Set<Relation>()
                var lastRelation: Relation?
                for tie in list.ties where tie.relation != lastRelation {
                    relations.insert(tie.relation)
                    lastRelation = tie.relation
                }
                for relation in relations.sorted() where !relation.isStandard {
                    if let meant = relation.likelyMisspelling {
                        log.append(
                            Diagnostic(
                                .warning, file: t.reader.fileName,
                                "relation \(relation.name) is not one TrustNet knows (\(known)); did you mean \(meant.name)? Imported as a relation of its own; --map-relation \(relation.name)=\(meant.name) reads it as \(meant.name)"
                            ).about(.unknownRelations([relation], closest: meant)))
                    } else if let like = relation.readsLike {
                        log.append(
                            Diagnostic(
                                .note, file: t.reader.fileName,
                                "relation \(relation.name) is not one TrustNet knows (\(known)); the closest is \(like.name): --map-relation \(relation.name)=\(like.name) reads it as \(like.name), else it is kept as a relation of its own"
                            ).about(.unknownRelations([relation], closest: like)))
                    } else {
                        ownRelations.append(relation.name)
                        ownRelationSubjects.append(relation)
                    }
                }
                if !ownRelations.isEmpty {
                    let list = ownRelations.count == 1 ? ownRelations[0] : ownRelations.dropLast().joined(separator: ", ") + " and " + ownRelations.last!
                    log.append(
                        Diagnostic(
                            .note, file: t.reader.fileName,
                            "\(list) \(ownRelations.count == 1 ? "is" : "are") kept as \(ownRelations.count == 1 ? "a relation" : "relations") of \(ownRelations.count == 1 ? "its" : "their") own: no standard relation (\(known)) is close; --map-relation FROM=TO reads one as another"
                        ).about(.unknownRelations(ownRelationSubjects, closest: nil)))
                }
                if list.rowCount == 0 {
                    log.append(Diagnostic(.warning, file: t.reader.fileName, "the file has a header and no rows: it adds no ties (was the export cut short?)"))
                }
                // Terms likewise, where the run of ties in one ends.
                var fileTerms = Set<String>()
                var lastTerm: String?
                for tie in list.ties where tie.term != lastTerm {
                    lastTerm = tie.term
                    if fileTerms.insert(tie.term).inserted, !terms.contains(tie.term) { terms.append(tie.term) }
                }
                // A survey's terms include those where someone answered without naming anyone.
                if let answered = list.respondents?.keys {
                    fileTerms.formUnion(answered)
                    terms += Set(answered).subtracting(terms).sorted()
                }
                var file = File(
                    name: t.reader.fileName, kind: t.format.rawValue, rows: list.rowCount, sha256: FileFingerprint.sha256(t.bytes), ties: list.ties, terms: fileTerms,
                    respondents: list.respondents)
                file.selfTies = list.selfTies
                file.duplicates = list.duplicatesMerged
                imported.files.append(file)
            } catch {
                log.append(contentsOf: error.diagnostics)
            }
            if log.isFull { break }
        }
        try log.throwIfErrors()
        for alias in resolver.unusedAliases where !tieFiles.isEmpty {
            log.append(Diagnostic(.note, file: alias.file, line: alias.line, "the alias \"\(TextEscaping.singleLine(alias.alias))\" was not used: no file names \(TextEscaping.singleLine(alias.alias))"))
        }
        if terms.isEmpty {
            throw InputError(
                Diagnostic(
                    .error, file: request.name(of: input.paths[0]), "name the term these files belong to with --term NAME (e.g. --term 2025-fall)",
                    finding: "the files do not say which term they belong to", remedy: .nameTheTerm))
        }
        imported.people = resolver.people
        imported.added = resolver.addedPeople.map { resolver.people[$0] }
        imported.guesses = resolver.matchedBy[.initials, default: 0] + resolver.matchedBy[.closeSpelling, default: 0]
        // A term column that put every row elsewhere overrides --term: make no empty term of
        // that name (Lazega's `wave` column of 1s with --term 1990 would give a term "1990"
        // holding only the roster next to a term "1" holding everything).
        let surveyFiles = imported.files.filter { $0.kind != "roster" }
        if let name = request.term, terms.count > 1, !surveyFiles.isEmpty,
            surveyFiles.allSatisfy({ $0.kind == InputFormat.tieList.rawValue && !$0.terms.contains(name) })
        {
            terms.removeAll { $0 == name }
            let rename = terms.count == 1 ? "; to use that name: trustnet terms rename \(terms[0]) \(name)" : ""
            if !request.termIsPlaceholder {
                let finding = "the term column puts every tie in \(terms.joined(separator: ", ")), none in \(name), so no term \(name) was made"
                log.append(
                    Diagnostic(
                        .note, file: surveyFiles[0].name,
                        "the term column puts every tie in \(terms.joined(separator: ", ")), none in \(name) (--term), so no term \(name) was made\(rename)",
                        finding: finding, remedy: terms.count == 1 ? .useTheTermOfTheFile(file: terms[0], asked: name) : nil))
            }
        }
        // A roster belongs to every term of the import.
        if let r = imported.files.firstIndex(where: { $0.kind == "roster" }) { imported.files[r].terms = Set(terms) }
        imported.terms = terms
        imported.diagnostics = log.diagnostics
        return imported
    }

    private static func termRequired(_ request: ImportRequest, _ path: String) throws(InputError) -> String {
        guard let term = request.term else {
            throw InputError(
                Diagnostic(.error, file: path, "name the term this survey belongs to with --term NAME", finding: "the survey does not say which term it belongs to", remedy: .nameTheTerm))
        }
        return term
    }

    /// The data-quality report of `term` from the files of this import.
    func quality(for term: String) -> DataQuality {
        let surveyFiles = files.filter { $0.terms.contains(term) && $0.respondents != nil }
        let respondents: Set<Int>? =
            surveyFiles.isEmpty ? nil : surveyFiles.reduce(into: Set<Int>()) { $0.formUnion($1.respondents?[term] ?? []) }
        return DataQuality(
            term: term, people: people, surveyTies: surveyFiles.lazy.flatMap(\.ties), respondents: respondents,
            selfTiesDropped: files.reduce(0) { $0 + $1.selfTies }, duplicatesMerged: files.reduce(0) { $0 + $1.duplicates },
            guesses: guesses, added: added.count)
    }
}
