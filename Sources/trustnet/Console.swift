import Foundation
import TrustNet
import TrustNetIO

/// Messages and progress go to stderr; results go to stdout.
enum Console {
    static func line(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) { line("error: " + text) }

    /// People's names for a message line, each kept on one line (a name from a survey may hold
    /// line breaks or terminal escapes).
    static func names(_ people: [Int], in network: Network) -> String {
        people.map { TextEscaping.singleLine(network.people[$0].name) }.joined(separator: ", ")
    }

    /// A sentence with people's names in it, kept on one line (a name from a survey may hold
    /// line breaks or terminal escapes).
    static func singleLine(_ text: String) -> String { TextEscaping.singleLine(text) }

    static func report(_ diagnostics: [Diagnostic]) {
        for d in diagnostics.sorted(by: { $0.severity < $1.severity }) { line(d.description) }
    }

    /// Writes results to stdout.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// A progress callback that redraws one line on stderr when it is a terminal, else `nil`.
    static func progress(_ label: String) -> (@Sendable (Int, Int) -> Void)? {
        guard stderrIsTerminal else { return nil }
        let state = ProgressState()
        return { done, total in
            guard total > 0 else { return }
            let percent = done * 100 / total
            guard state.advance(to: percent) else { return }
            let text = done >= total ? "\r\(label): done\u{1B}[K\n" : "\r\(label): \(percent)% (\(done)/\(total))"
            FileHandle.standardError.write(Data(text.utf8))
        }
    }
}

extension Console {
    /// A progress callback for reading large files: rows read so far, on one stderr line,
    /// when stderr is a terminal.
    static func rowProgress() -> (@Sendable (String, Int) -> Void)? {
        guard stderrIsTerminal else { return nil }
        return { file, rows in
            FileHandle.standardError.write(Data("\r\(file): \(rows) rows read\u{1B}[K".utf8))
        }
    }
}

/// The last percentage shown, so progress redraws only when it changes.
private final class ProgressState: @unchecked Sendable {
    private let lock = NSLock()
    private var shown = -1

    func advance(to percent: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard percent != shown else { return false }
        shown = percent
        return true
    }
}
