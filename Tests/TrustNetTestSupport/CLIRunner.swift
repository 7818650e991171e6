import Foundation

/// Runs the built `trustnet` executable as a user would, in a scratch folder: the command-line
/// tests drive every command with it, the server tests import the sample district with it and
/// compare /api with its JSON. One copy, in this test-support target both test targets use.
public struct CLIRunner: Sendable {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    public let folder: URL

    public init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("trustnet-cli-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    public func cleanUp() { try? FileManager.default.removeItem(at: folder) }

    /// The `trustnet` binary beside the test bundle (SwiftPM builds it because the test target
    /// depends on it).
    public static let executable: URL = {
        var candidates: [URL] = []
        let argument0 = URL(fileURLWithPath: CommandLine.arguments[0])
        candidates.append(argument0.deletingLastPathComponent())
        candidates.append(Bundle.main.bundleURL)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        for c in candidates {
            let url = c.appendingPathComponent("trustnet")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        fatalError("trustnet executable not found near \(candidates.map(\.path))")
    }()

    /// The repository root (for Datasets/).
    public static let repository: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @discardableResult
    public func write(_ name: String, _ text: String) -> String {
        let url = folder.appendingPathComponent(name)
        try! Data(text.utf8).write(to: url)
        return url.path
    }

    public func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    public func run(_ arguments: [String]) throws -> Result {
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TRUSTNET_WORKSPACE")
        return try Self.run(Self.executable, arguments, in: folder, environment: environment)
    }

    /// Runs `executable` to its end, stopped after `timeout` seconds when given; reads both
    /// pipes before waiting, so a large output cannot block the child.
    public static func run(
        _ executable: URL, _ arguments: [String], in folder: URL? = nil, environment: [String: String]? = nil, timeout: Double? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let timer = DispatchWorkItem { if process.isRunning { process.terminate() } }
        if let timeout { DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer) }
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        timer.cancel()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}
