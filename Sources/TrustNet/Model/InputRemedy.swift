/// What the user can do about a problem found in their input, as data, so that every front end
/// says it in its own terms: the command line with its options (TrustNetIO's diagnostic
/// messages, `--term`, `--replace`…), the web app's import page with what to fill in, click or
/// choose (TrustNetAnalysis's `Wording.importRemedy`).
public enum InputRemedy: Sendable, Hashable {
    /// Say which term the files belong to (`--term NAME`; the upload form's Term field).
    case nameTheTerm
    /// Give the relation of every tie (a relation column, or `--relation`).
    case nameTheRelation
    /// Import the term's roster with the survey files (`--roster FILE`, or name it beside them).
    case bringTheRoster
    /// The file is already imported into the term (`--replace` imports it again).
    case alreadyImported
    /// Say what kind of file it is (`--format`), or correct its header.
    case nameTheFormat
    /// Say which relation a forms-export question asks about (`--column "HEADER=relation"`).
    case mapAQuestion
    /// Say who answered a response that gives only an e-mail not on the roster (add the e-mail
    /// to the roster, or `--alias "E-MAIL=NAME"`).
    case sayWhoAnswered(email: String)
    /// Name the roster column that holds each person's unit (`--unit COLUMN`).
    case nameTheUnitColumn
    /// The files' term column names another term than the one given (`trustnet terms rename`
    /// gives it the name asked for).
    case useTheTermOfTheFile(file: String, asked: String)
}
