import TrustNet

extension SurveyAnswers {
    /// The import plan that writes a closed survey's answers as the term's ties, with the same
    /// summary and data-quality report an import of a forms export gives.
    ///
    /// Each saved response brings a tie from the respondent to every colleague named, of the
    /// question's relation, weighted by ``SurveyChoice/tieWeight`` (frequency 1–5, the mean of
    /// the trust dimensions, or 1). Everyone with a saved response is a respondent, also when
    /// they named nobody. The ties an earlier close of this term's survey wrote (import log
    /// kind `survey`) are replaced, so closing, reopening and closing again leaves the ties of
    /// the last answers only; ties from other imports into the term stay.
    ///
    /// - Parameter snapshot: the workspace as it is, inside the closing transaction.
    /// - Complexity: O(ties + people).
    public func plan(against snapshot: ImportSnapshot) -> PreparedImport {
        let index = Dictionary(people.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let members = snapshot.members[term] ?? Set(people.map(\.id))
        var file = ImportPlan.FileWrite(name: "survey of \(term)", sha256: "", kind: "survey", rows: responses.count, respondents: [])
        var read: [ImportedTie] = []
        var respondents = Set<Int>()
        var summary = ImportSummary()
        var canonical = "survey \(term)\n"
        for response in responses {
            guard let source = index[response.personID], members.contains(response.personID) else { continue }
            respondents.insert(source)
            file.respondents?.append(response.personID)
            canonical += "respondent \(response.personID)\n"
            for relation in response.answers.keys.sorted() {
                for choice in response.answers[relation] ?? [] {
                    guard let target = index[choice.id], members.contains(choice.id), target != source else { continue }
                    let weight = choice.tieWeight
                    file.ties.append(ImportPlan.TieWrite(source: response.personID, target: choice.id, relation: relation, weight: weight))
                    read.append(ImportedTie(source: source, target: target, relation: relation, weight: weight, term: term, line: 0))
                    summary.tiesByRelation[relation, default: 0] += 1
                    canonical += "\(relation.name) \(choice.id) \(weight)\n"
                }
            }
        }
        file.sha256 = FileFingerprint.sha256(Array(canonical.utf8))
        let earlier = snapshot.imports.filter { $0.term == term && $0.kind == "survey" }.map(\.sha256)
        let write = ImportPlan.TermWrite(name: term, replacing: Array(Set(earlier)).sorted(), files: [file])
        summary.terms = [term]
        summary.files = [ImportSummary.File(name: file.name, kind: file.kind, rows: file.rows, people: 0, ties: file.ties.count, sha256: file.sha256)]
        summary.quality = [(DataQuality(term: term, people: people, surveyTies: read, respondents: respondents), people)]
        return PreparedImport(plan: ImportPlan(revision: snapshot.revision, terms: [write]), summary: summary)
    }
}
