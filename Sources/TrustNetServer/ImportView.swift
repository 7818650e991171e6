/// What the import page shows (`page.mustache`, section `upload`): the upload form, or the check
/// of a draft with the choices that settle it and the confirmation.
struct ImportView {
    struct Choice {
        /// The person's id, or empty for "add as new".
        var id: String
        var label: String
    }
    /// A name the check asks about: the finding, where, and the choices.
    struct Name {
        var written: String
        var finding: String
        var place: String
        var choices: [Choice]
        var addLabel: String
    }
    /// A question or relation to map, with the relations to pick from.
    struct Mapping {
        var kind: String
        var from: String
        var finding: String
        var options: [PageModel.TermOption]
    }
    struct FileRow {
        var name: String
        var kind: String
        var rows: Int
        var ties: Int
    }

    var csrf: String
    /// The draft checked, or empty on the upload form.
    var draft: String = ""
    /// The term filled in for the upload.
    var term: String = ""
    var checking = false
    var files: [FileRow] = []
    /// Errors the choices below cannot settle: the files must be fixed and uploaded again.
    var problems: [String] = []
    var names: [Name] = []
    var mappings: [Mapping] = []
    /// Warnings and notes.
    var remarks: [String] = []
    /// The user's answers so far.
    var answers: [String] = []
    /// Set when the draft can be imported: what confirming writes.
    var ready: String?
    var quality: [String] = []
    /// For the template, which sees stored properties only: which lists have anything.
    var hasFiles = false, hasProblems = false, hasNames = false, hasMappings = false, hasAnswers = false, hasRemarks = false
    var remarkCount = 0

    /// The view with its flags set from its lists.
    func flagged() -> ImportView {
        var v = self
        v.checking = !draft.isEmpty
        v.hasFiles = !files.isEmpty
        v.hasProblems = !problems.isEmpty
        v.hasNames = !names.isEmpty
        v.hasMappings = !mappings.isEmpty
        v.hasAnswers = !answers.isEmpty
        v.hasRemarks = !remarks.isEmpty
        v.remarkCount = remarks.count
        return v
    }
}
