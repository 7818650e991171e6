import ArgumentParser
import Foundation
import Synchronization
import TrustNetAnalysis
import TrustNetIO
import TrustNetServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Open the workspace in a browser: a private local web app on this machine.",
        discussion: """
            Prints one line, the address to open, with a fresh random token:
              TrustNet is running at http://127.0.0.1:PORT/?token=TOKEN
            The workspace may not exist yet: the import page then creates it with
            the first import. Opening it once lets that browser in (an HttpOnly session cookie);
            without it every page and /api answers 401 and shows no data. API
            clients send Authorization: Bearer TOKEN. Ctrl-C (or SIGTERM) stops it.

            Pages: workspace, import (upload, check, settle names, then import all or
            nothing), Sarahs, coalition builder, pre-mortem, on-ramps, spread, growth,
            network, downloads; /api/... gives each as the commands' --format json.
            Survey links (/s/TOKEN, from trustnet survey links) need no token: staff
            answer there. Use --host 0.0.0.0 (or a reverse proxy) so they reach it.

            Examples:
              trustnet serve
              trustnet serve --port 0 --workspace district.sqlite
            """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Option(name: .long, help: "The port (0 picks a free one).")
    var port = 8080

    @Option(name: .long, help: ArgumentHelp("The address to listen on (default: 127.0.0.1, this machine only).", valueName: "ADDR"))
    var host = "127.0.0.1"

    @Option(name: .customLong("max-upload"), help: ArgumentHelp("Refuse request bodies larger than this many megabytes.", valueName: "MB"))
    var maxUpload = 50

    @Option(name: .customLong("survey-rate"), help: ArgumentHelp("Requests a minute one survey link may make (429 above).", valueName: "N"))
    var surveyRate = 60

    @Option(
        name: .customLong("survey-rate-per-address"),
        help: ArgumentHelp("Survey requests a minute from one address, all links together.", valueName: "N"))
    var surveyRatePerAddress = 1200

    func validate() throws {
        if surveyRate < 1 || surveyRatePerAddress < 1 { throw ValidationError("--survey-rate and --survey-rate-per-address need at least 1") }
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if maxUpload < 1 { throw ValidationError("--max-upload needs at least 1 (MB)") }
    }

    /// Runs the server on Swift's concurrency threads until SIGINT or SIGTERM; the root command
    /// stays synchronous (its error handling is shared by every command).
    func run() throws {
        let failure = Mutex<(any Error)?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await serve() } catch { failure.withLock { $0 = error } }
            done.signal()
        }
        done.wait()
        if let error = failure.withLock({ $0 }) { throw error }
    }

    func serve() async throws {
        // A workspace that does not exist yet is created by the import page's first import.
        let store = try ServedWorkspace(path: workspace.path)
        if !store.exists { Console.line(Wording.servingNewWorkspace(path: TextEscaping.singleLine(store.path))) }
        var settings = ServerConfiguration(workspacePath: store.path, host: host, port: port, maxUpload: maxUpload * 1024 * 1024)
        settings.surveyRequestsPerLink = surveyRate
        settings.surveyRequestsPerAddress = surveyRatePerAddress
        let configuration = settings
        if !configuration.isLoopback {
            Console.line(
                "warning: listening on \(TextEscaping.singleLine(host)): anyone who can reach this machine and learns the token can see the workspace; traffic is not encrypted")
        }
        let app = try TrustNetServer.application(workspace: store, configuration: configuration) { bound in
            FileHandle.standardOutput.write(Data(("TrustNet is running at " + configuration.address(port: bound) + "\n").utf8))
            // The latest term's answers, computed while the leader opens the address.
            AnswerWarmup.start(store) { warmed in
                guard let warmed else { return }
                Console.line(Wording.answersReady(term: TextEscaping.singleLine(warmed.term), seconds: warmed.seconds))
            }
        }
        try await app.runService()
    }
}
