import Foundation
import Testing
import TrustNetTestSupport

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `trustnet serve` as a process on a real loopback port: the printed line, requests, SIGTERM.
@Suite(.serialized) struct ServeCommandTests {
    /// A running `trustnet serve --port 0`, with the address it printed.
    final class Served: @unchecked Sendable {
        let process = Process()
        let out = Pipe()
        let err = Pipe()
        var address = ""

        init(_ cli: CLIRunner, arguments: [String] = []) throws {
            process.executableURL = CLIRunner.executable
            process.arguments = ["serve", "--port", "0"] + arguments
            process.currentDirectoryURL = cli.folder
            process.standardOutput = out
            process.standardError = err
            try process.run()
            // The one line on stdout.
            var line = Data()
            let started = Date()
            while !line.contains(UInt8(ascii: "\n")) && Date().timeIntervalSince(started) < 60 {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                line.append(chunk)
            }
            address = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }

        /// The address printed, to open: `http://127.0.0.1:PORT/?token=TOKEN`.
        var url: String { address.replacingOccurrences(of: "TrustNet is running at ", with: "") }
        /// The server without the token: `http://127.0.0.1:PORT`.
        var base: String { url.components(separatedBy: "/?token=").first ?? "" }
        var token: String { url.components(separatedBy: "?token=").last ?? "" }

        /// SIGTERM; the seconds it took to exit, and its status.
        func stop() -> (seconds: Double, status: Int32) {
            let started = Date()
            process.terminate()
            let deadline = Date().addingTimeInterval(20)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            return (Date().timeIntervalSince(started), process.terminationStatus)
        }
    }

    static func get(_ url: String, token: String?) async throws -> (status: Int, body: String) {
        var request = URLRequest(url: URL(string: url)!)
        request.timeoutInterval = 120
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test func printsItsAddressAnswersAndStopsOnSIGTERM() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        let served = try Served(fixture.cli)
        #expect(served.address.range(of: #"^TrustNet is running at http://127\.0\.0\.1:[0-9]+/\?token=[0-9a-f]{64}$"#, options: .regularExpression) != nil, "\(served.address)")
        let url = served.url, base = served.base, token = served.token
        #expect(!base.hasSuffix(":0"), "the real port")

        let refused = try await Self.get(base + "/api/terms", token: nil)
        #expect(refused.status == 401)
        let expected = try fixture.cli.run(["terms", "--format", "json"]).stdout
        let terms = try await Self.get(base + "/api/terms", token: token)
        #expect(terms.status == 200 && terms.body == expected)
        // URLSession follows the redirect with the cookie: the page arrives, without the token in it.
        let page = try await Self.get(url, token: nil)
        #expect(page.status == 200 && page.body.contains("2026-fall") && !page.body.contains(token))

        // 400 API requests, 40 at a time, all answered.
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            var results: [Int] = []
            for i in 0..<400 {
                if i >= 40, let status = try await group.next() { results.append(status) }
                // Answers that take milliseconds: the bound is on the server, not on the analysis
                // (a pre-mortem that suggests its coalition takes seconds in a debug build).
                let path = ["/api/terms", "/api/sarahs", "/api/coalition/evaluate?ids=S0001,S0002", "/api/sarahs?top=3&term=2025-fall"][i % 4]
                group.addTask { try await Self.get(base + path, token: token).status }
            }
            for try await status in group { results.append(status) }
            return results
        }
        #expect(statuses.count == 400)
        #expect(statuses.allSatisfy { $0 == 200 }, "\(Dictionary(grouping: statuses, by: { $0 }).mapValues(\.count))")

        let stopped = served.stop()
        #expect(stopped.seconds < 5, "took \(stopped.seconds) s to stop")
        #expect(stopped.status == 0)
        let stdout = String(decoding: served.out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(stdout.isEmpty, "one line only: \(stdout.prefix(200))")
    }

    /// On a folder with no workspace: it starts, says on stderr that the import page creates the
    /// workspace, and the workspace page says the same with a link to the import page; nothing
    /// is created by serving.
    @Test func startsOnAWorkspaceThatDoesNotExistYet() async throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let served = try Served(cli)
        #expect(served.address.hasPrefix("TrustNet is running at http://127.0.0.1:"), "\(served.address)")
        let page = try await Self.get(served.base + "/", token: served.token)
        #expect(page.status == 200 && page.body.contains("Nothing is imported yet") && page.body.contains("href=\"/import\""), "\(page.body.prefix(500))")
        let stopped = served.stop()
        #expect(stopped.status == 0)
        let stderr = String(decoding: served.err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(stderr.contains("no workspace at trustnet.sqlite yet"), "\(stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.path("trustnet.sqlite")))
    }

    /// A workspace path the first import could never create, or a file that is not a
    /// workspace, is refused at the start (exit 2), not at the first import.
    @Test func refusesAWorkspaceItCouldNeverUse() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        cli.write("notes.sqlite", "not a database")
        for (path, said) in [("no-such-folder/trustnet.sqlite", "no-such-folder does not exist"), ("notes.sqlite", "is not a TrustNet workspace")] {
            let r = try cli.run(["serve", "--port", "0", "--workspace", path])
            #expect(r.status == 2 && r.stdout.isEmpty && r.stderr.contains(said), "\(r.stderr)")
        }
    }

    @Test func listeningBeyondThisMachineIsWarnedAbout() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        let served = try Served(fixture.cli, arguments: ["--host", "0.0.0.0"])
        #expect(served.address.hasPrefix("TrustNet is running at http://127.0.0.1:"))
        _ = served.stop()
        let stderr = String(decoding: served.err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(stderr.contains("warning: listening on 0.0.0.0"))
    }
}
