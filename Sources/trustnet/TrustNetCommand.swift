import ArgumentParser
import Foundation
import TrustNetAnalysis
import TrustNetIO
import TrustNetStore

@main
struct TrustNetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trustnet",
        abstract: "See the relationships school improvement travels on: advice, trust, sharing and one-on-ones.",
        discussion: """
            Examples:
              trustnet demo                    the bundled sample district, three terms
              trustnet import roster.csv ties.csv --term 2025-fall
              trustnet metrics --relation advice
              trustnet structure --relation sharing
              trustnet sarahs                  whom colleagues already go to
              trustnet coalition suggest --size 6
              trustnet premortem
              trustnet listen --leader S0001   one-on-ones held and the next to hold
              trustnet introduce --count 5     colleagues across units who should meet
              trustnet growth --relation advice
              trustnet render --relation advice -o Output/advice.svg
              trustnet report -o Output/report.html
              trustnet survey create --term 2026-fall   collect the survey yourself

            The workspace is trustnet.sqlite in the current folder
            (or --workspace FILE, or $TRUSTNET_WORKSPACE).
            Exit codes: 0 ok, 1 failure, 2 bad usage or bad input.
            """,
        version: "0.1.0",
        subcommands: [
            ImportCommand.self, CheckCommand.self, TermsCommand.self, PeopleCommand.self, MetricsCommand.self, StructureCommand.self,
            SarahsCommand.self, CoalitionCommand.self, PremortemCommand.self, SpreadCommand.self, ListenCommand.self, IntroduceCommand.self, GrowthCommand.self, ExportCommand.self,
            RenderCommand.self, ReportCommand.self, DemoCommand.self, ServeCommand.self, SurveyCommand.self,
        ]
    )

    /// Runs the command, mapping every error to a message on stderr and an exit code:
    /// 2 for bad usage or bad input (ArgumentParser's usage errors included), 1 otherwise.
    static func main() {
        // A closed pipe is an error from write(2) (EPIPE, ended quietly), not a signal.
        signal(SIGPIPE, SIG_IGN)
        Workspace.waitingNotice = { Console.line($0) }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as InputError {
            Console.report(error.diagnostics)
            Console.line("nothing was written.")
            Foundation.exit(2)
        } catch let error as WorkspaceError {
            Console.error(error.description)
            Foundation.exit(2)
        } catch let error where Workspace.explain(error) != nil {
            Console.error(Workspace.explain(error)!.description)
            Foundation.exit(2)
        } catch let error as UsageError {
            Console.error(error.message)
            Foundation.exit(2)
        } catch let error as AnalysisError {
            Console.error(error.description)
            Foundation.exit(2)
        } catch let error as UnresolvedNames {
            Console.error(error.description)
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)  // --help, --version
            }
            if code == .validationFailure {
                Console.line(fullMessage(for: error))
                Foundation.exit(2)
            }
            if (error as? ExitCode) != nil { exit(withError: error) }
            Console.error(fullMessage(for: error).isEmpty ? "\(error)" : fullMessage(for: error))
            Foundation.exit(1)
        }
    }
}

/// A mistake in how a command was called that only shows once the workspace is read
/// (an unknown relation, say). Exit code 2.
struct UsageError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
