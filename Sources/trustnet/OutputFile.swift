import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file whole or not at all, and never anywhere else.
///
/// The bytes go to a file with no name (`O_TMPFILE`) in the destination's folder, which gets
/// a random name of its own only once complete and is then renamed over the destination
/// (rename(2) replaces it atomically: readers see the old file or the new one). A file killed
/// half-written (kill -9, a full disk) leaves nothing behind, and no name is guessable or
/// followed: where `O_TMPFILE` is missing, `mkstemp` creates the file exclusively (a planted
/// symbolic link is never written through) and every failure removes it.
enum OutputFile {
    static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var status = stat()
        if stat(path, &status) == 0 {
            let kind = status.st_mode & S_IFMT
            if kind == S_IFDIR { throw UsageError("cannot write \(path): it is a folder; name a file in it") }
            // A device or a pipe (/dev/stdout, a FIFO) is written into, never replaced by a file.
            if kind != S_IFREG { return try writeInPlace(bytes, to: path) }
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            // The first folder up the path that exists: is it a file?
            var ancestor = folder
            while !ancestor.isEmpty && ancestor != "/" && !FileManager.default.fileExists(atPath: ancestor) {
                ancestor = (ancestor as NSString).deletingLastPathComponent
            }
            var isDirectory: ObjCBool = true
            if FileManager.default.fileExists(atPath: ancestor, isDirectory: &isDirectory), !isDirectory.boolValue {
                throw UsageError("cannot write \(path): \(ancestor) is a file, not a folder")
            }
            throw UsageError("cannot write \(path): the folder \(folder) cannot be created (\(Self.reason(of: error)))")
        }
        let mode = Self.fileMode()
        // An unnamed file first; a named one only where the file system has none.
        var descriptor = open(folder, Self.unnamedFile | O_WRONLY | O_CLOEXEC, mode)
        var temporary: String?
        if descriptor < 0 {
            var template = Array((folder + "/.\(url.lastPathComponent).XXXXXX").utf8CString)
            descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard descriptor >= 0 else { throw failure(path, errno) }
            temporary = String(cString: template)
            fchmod(descriptor, mode)
        }
        var named = temporary
        defer { if let named { unlink(named) } }
        do {
            defer { close(descriptor) }
            var offset = 0
            while offset < bytes.count {
                let n = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw failure(path, errno)
                }
                offset += n
            }
            guard fsync(descriptor) == 0 || errno == EINVAL else { throw failure(path, errno) }
            if temporary == nil {
                // Give the finished file a random name, then rename it into place.
                for _ in 0..<16 {
                    let candidate = folder + "/.\(url.lastPathComponent).\(UInt64.random(in: 0...UInt64.max, using: &Self.generator)).tmp"
                    if linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, candidate, AT_SYMLINK_FOLLOW) == 0 {
                        named = candidate
                        break
                    }
                    guard errno == EEXIST else { throw failure(path, errno) }
                }
                guard named != nil else { throw failure(path, EEXIST) }
            }
        }
        guard rename(named!, path) == 0 else { throw failure(path, errno) }
        named = nil
    }

    static func write(_ text: String, to path: String) throws { try write(Array(text.utf8), to: path) }

    /// Writes into an existing device or pipe as it is.
    static func writeInPlace(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, errno) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(path, errno)
            }
            offset += n
        }
    }

    /// Linux's O_TMPFILE (`__O_TMPFILE | O_DIRECTORY`), which Glibc's Swift overlay does not
    /// export; the same value on x86-64 and arm64.
    static let unnamedFile: Int32 = 0o20000000 | O_DIRECTORY

    nonisolated(unsafe) static var generator = SystemRandomNumberGenerator()

    /// 0666 less the umask, as a file created the ordinary way would have.
    static func fileMode() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return 0o666 & ~mask
    }

    /// One line a leader can act on.
    static func failure(_ path: String, _ code: Int32) -> UsageError {
        switch code {
        case ENOSPC, EDQUOT: UsageError("cannot write \(path): the disk is full; free some space and run the command again")
        case EACCES, EPERM, EROFS: UsageError("cannot write \(path): you may not write in that folder; choose another with -o")
        default: UsageError("cannot write \(path): \(String(cString: strerror(code)))")
        }
    }

    static func reason(of error: any Error) -> String {
        let text = (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
        return text.split(separator: "\n").first.map(String.init) ?? "\(error)"
    }
}
