import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TrustNet
import TrustNetServer
import TrustNetStore
import TrustNetTestSupport

/// A term with a roster only, its survey created and its links issued through the command line,
/// as a leader does it. Names include a hostile one and two people called Sam Lee.
struct SurveyFixture {
    let cli: CLIRunner
    let people: [(id: String, name: String, unit: String)]
    /// The link token of each person, by id.
    let tokens: [String: String]

    static let units = ["Maths", "Science", "English", "Arts", "Languages"]

    init(count: Int = 12, createArguments: [String] = ["--frequency"]) throws {
        cli = CLIRunner()
        var people: [(id: String, name: String, unit: String)] = []
        for i in 1...count {
            let name =
                switch i {
                case 1: "Ann Lee"
                case 2: "Sam Lee"
                case 3: "Sam Lee"
                case 4: "<script>alert(1)</script> Zoë"
                default: "Person \(i) Næss"
                }
            people.append((String(format: "P%03d", i), name, Self.units[i % Self.units.count]))
        }
        self.people = people
        let roster = "id,name,email,department\n" + people.map { "\($0.id),\"\($0.name)\",\($0.id.lowercased())@school.org,\($0.unit)" }.joined(separator: "\n") + "\n"
        let imported = try cli.run(["import", cli.write("roster.csv", roster), "--term", "t"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let created = try cli.run(["survey", "create", "--term", "t"] + createArguments)
        #expect(created.status == 0, "\(created.stderr)")
        let links = try cli.run(["survey", "links", "--term", "t", "--base-url", "https://survey.school.org/"])
        #expect(links.status == 0, "\(links.stderr)")
        var tokens: [String: String] = [:]
        for line in links.stdout.split(separator: "\n").dropFirst() {
            let id = String(line.prefix { $0 != "," })
            let link = String(line[line.index(after: line.lastIndex(of: ",")!)...])
            #expect(link.hasPrefix("https://survey.school.org/s/"), "\(link)")
            tokens[id] = String(link.dropFirst("https://survey.school.org/s/".count))
        }
        #expect(tokens.count == count)
        self.tokens = tokens
    }

    var workspacePath: String { cli.path("trustnet.sqlite") }

    func application(perLink: Int = 60, perAddress: Int = 1200, maxBody: Int = 256 * 1024) throws -> some ApplicationProtocol {
        var configuration = ServerConfiguration(workspacePath: workspacePath, port: 0, token: ServerFixture.token)
        configuration.surveyRequestsPerLink = perLink
        configuration.surveyRequestsPerAddress = perAddress
        configuration.surveyMaxBody = maxBody
        return Application(router: try TrustNetServer.router(workspace: try Workspace.open(at: workspacePath), configuration: configuration))
    }

    static func json(_ object: [String: Any]) -> ByteBuffer {
        ByteBuffer(bytes: [UInt8](try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])))
    }

    func cleanUp() { cli.cleanUp() }
}
