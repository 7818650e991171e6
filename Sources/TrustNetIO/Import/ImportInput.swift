import TrustNet

/// The files of an import as read from disk, before any name is matched: each file's bytes,
/// its CSV reader and its format (told from its header, or named by the request).
///
/// Read before the workspace is asked about anything, because what the files are decides what
/// an import needs of the workspace: files that bring their own roster are matched and checked
/// against that roster alone, so the rosters the workspace stores need not be read
/// (``bringsRoster``). ``ImportRequest/plan(_:against:)`` then makes the plan from it.
public struct ImportInput: Sendable {
    /// One file that could be read.
    struct File: Sendable {
        var path: String
        /// The file's bytes as read, for its fingerprint (``FileFingerprint``).
        var bytes: [UInt8]
        var reader: CSVReader
        var format: InputFormat
    }

    /// The paths read, in the order the import takes them: the roster named by `--roster`
    /// first, then the files.
    let paths: [String]
    /// The files that could be read, in the order of ``paths``.
    let files: [File]
    /// Why a file could not be read (missing, a folder, not UTF-8 text, no header TrustNet
    /// knows), or that the request names no file: thrown when the plan is made, before
    /// anything else is checked, as an import that read and planned in one step did.
    let diagnostics: [Diagnostic]

    /// Whether one of the files is a roster: the import's names are then matched against it,
    /// and its terms' rosters are replaced by it, so the workspace's stored rosters play no
    /// part in the plan.
    public var bringsRoster: Bool { files.contains { $0.format == .roster } }

    /// Reads every file `request` names (see ``ImportRequest/files`` and
    /// ``ImportRequest/roster``) and tells each one's format; never throws: what went wrong is
    /// kept in ``diagnostics`` for the plan.
    public init(reading request: ImportRequest) {
        var paths = request.files
        if let roster = request.roster, !paths.contains(roster) { paths.insert(roster, at: 0) }
        var files: [File] = []
        var log = DiagnosticLog()
        if paths.isEmpty { log.append(Diagnostic(.error, file: "import", "name at least one file to import")) }
        for path in paths {
            do throws(InputError) {
                guard let bytes = CSVReader.bytes(ofFile: path) else {
                    _ = try CSVReader(contentsOf: path)  // throws the precise reason
                    continue
                }
                let reader = try CSVReader(data: bytes, fileName: request.name(of: path))
                let format: InputFormat
                if path == request.roster {
                    format = .roster
                } else if let named = request.format {
                    // --format names the survey files' format; a roster among them stays a roster.
                    format = (try? InputFormat.detect(reader)) == .roster ? .roster : named
                } else {
                    format = try InputFormat.detect(reader)
                }
                files.append(File(path: path, bytes: bytes, reader: reader, format: format))
            } catch {
                log.append(contentsOf: error.diagnostics)
            }
        }
        self.paths = paths
        self.files = files
        self.diagnostics = log.diagnostics
    }
}
