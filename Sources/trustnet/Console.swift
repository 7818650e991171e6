import Foundation
import TrustNet
import TrustNetIO
#if canImport(Glibc)
import Glibc
#endif

/// Messages and progress go to stderr; results go to stdout.
enum Console {
    static func line(_ text: String) {
        message(text + "\n")
    }

    /// Text on stderr, bidirectional controls taken out (a name holding U+202E would turn
    /// the rest of the line around on a terminal).
    static func message(_ text: String) {
        write(Array(withoutBidiControls(text).utf8), to: STDERR_FILENO)
    }

    /// Bidirectional embedding, override and isolate controls and marks, which reorder what a
    /// terminal shows.
    static func withoutBidiControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isBidiControl) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !isBidiControl($0) })
        return String(scalars)
    }

    static func isBidiControl(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Writes all of `bytes` to `descriptor`. A reader that has gone (a closed pipe: `| head`)
    /// ends the command quietly with exit 0; any other failure (a full disk) ends it with one
    /// line on stderr and exit 1, never a crash.
    static func write(_ bytes: [UInt8], to descriptor: Int32) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if n >= 0 {
                offset += n
                continue
            }
            if errno == EINTR || errno == EAGAIN { continue }
            if errno == EPIPE { exit(0) }
            if descriptor != STDERR_FILENO {
                let what = descriptor == STDOUT_FILENO ? "the output" : "a message"
                let text = Array("error: cannot write \(what): \(String(cString: strerror(errno)))\n".utf8)
                _ = text.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress!, $0.count) }
            }
            exit(1)
        }
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
        output(Array((isatty(STDOUT_FILENO) == 1 ? withoutBidiControls(text) : text).utf8))
    }

    /// Writes bytes (an image, a PDF) to stdout.
    static func output(_ bytes: [UInt8]) {
        write(bytes, to: STDOUT_FILENO)
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// A progress callback that redraws one line on stderr when it is a terminal, else `nil`:
    /// the step's name and its share done, then "done" on a line of its own. Redirected
    /// output (a file, a pipe) never carries progress.
    static func progress(_ label: String) -> (@Sendable (Int, Int) -> Void)? {
        guard stderrIsTerminal else { return nil }
        let state = ProgressState()
        return { done, total in
            guard total > 0 else { return }
            let percent = done * 100 / total
            guard state.advance(to: percent) else { return }
            message(progressLine(label, done: done, total: total))
        }
    }

    /// One redraw of a progress line: back to the start of the line, the step and its share,
    /// the rest of the line cleared.
    static func progressLine(_ label: String, done: Int, total: Int) -> String {
        done >= total ? "\r\(label): done\u{1B}[K\n" : "\r\(label): \(done * 100 / total)%\u{1B}[K"
    }
}

extension Console {
    /// A progress callback for reading large files: rows read so far, on one stderr line,
    /// when stderr is a terminal.
    static func rowProgress() -> (@Sendable (String, Int) -> Void)? {
        guard stderrIsTerminal else { return nil }
        return { file, rows in
            message("\r\(file): \(rows) rows read\u{1B}[K")
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
