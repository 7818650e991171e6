import TrustNet

/// A problem found in a user's input, with where it is: file, line and column (1-based).
///
/// User mistakes are diagnostics, never crashes or preconditions. Errors stop an import;
/// warnings and notes are reported and the import goes on.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning, note
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            let order: [Severity] = [.error, .warning, .note]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    public var severity: Severity
    /// The file as the user named it.
    public var file: String
    /// 1-based line of the file, or `nil` when the problem concerns the whole file.
    public var line: Int?
    /// 1-based column (character position in the line), or `nil`.
    public var column: Int?
    /// The message the command line prints: what was found and, where there is something to
    /// do, what to do with the command line's options (`--term`, `--replace`…).
    public var message: String
    /// What was found, without the command line's options: the message for front ends that
    /// say the ``remedy`` their own way (the web app's import page, through TrustNetAnalysis's
    /// `Wording`). The same as ``message`` when the message names no option.
    public var finding: String
    /// What the user can do about it, as data; `nil` when the file must be corrected or there
    /// is nothing to do.
    public var remedy: InputRemedy?
    /// What the diagnostic is about when a choice settles it (a name, a question, a relation),
    /// for front ends that offer the choice; `nil` for the rest.
    public var subject: DiagnosticSubject?

    /// - Parameters:
    ///   - message: what the command line prints.
    ///   - finding: the message without the command line's options, when it names any.
    ///   - remedy: what the user can do, as data.
    public init(
        _ severity: Severity, file: String, line: Int? = nil, column: Int? = nil, _ message: String, finding: String? = nil, remedy: InputRemedy? = nil
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.finding = finding ?? message
        self.remedy = remedy
    }

    /// The diagnostic with its ``subject``.
    public func about(_ subject: DiagnosticSubject) -> Diagnostic {
        var d = self
        d.subject = subject
        return d
    }

    /// `file:line:column: severity: message`, the form compilers use, which editors can open.
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(message)"
    }
}

/// Input that cannot be used: the errors (and the warnings gathered before them).
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        precondition(diagnostics.contains { $0.severity == .error }, "an InputError needs an error")
        self.diagnostics = diagnostics
    }

    public init(_ diagnostic: Diagnostic) { self.init([diagnostic]) }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Collects diagnostics while reading, and stops after too many errors.
public struct DiagnosticLog: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []
    /// After this many errors reading stops: the user has enough to fix.
    public var errorLimit = 25

    public init() {}

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var hasErrors: Bool { errorCount > 0 }
    public var isFull: Bool { errorCount >= errorLimit }

    public mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
    public mutating func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }

    /// Throws the collected diagnostics when any is an error.
    public func throwIfErrors() throws(InputError) {
        if hasErrors { throw InputError(diagnostics) }
    }
}
