import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TrustNetServer

/// Every `/api/…` equals the command's `--format json` for the same options on the sample
/// district, byte for byte.
@Suite(.serialized) struct APIRoutesTests {
    static let sameAsCommand: [(api: String, command: [String])] = [
        ("/api/terms", ["terms"]),
        ("/api/sarahs", ["sarahs"]),
        ("/api/sarahs?term=2026-spring&top=4&min_weight=2", ["sarahs", "--term", "2026-spring", "--top", "4", "--min-weight", "2"]),
        ("/api/coalition", ["coalition", "suggest"]),
        ("/api/coalition?term=2025-fall&size=3", ["coalition", "suggest", "--term", "2025-fall", "--size", "3"]),
        ("/api/premortem", ["premortem"]),
        ("/api/premortem?term=2025-fall&coalition=suggested&size=4", ["premortem", "--term", "2025-fall", "--coalition", "suggested", "--size", "4"]),
        ("/api/onramps?term=2026-spring", ["sarahs", "--on-ramps", "--term", "2026-spring"]),
        ("/api/spread", ["spread"]),
        ("/api/growth", ["growth"]),
        ("/api/growth?relation=advice&from=2026-spring", ["growth", "--relation", "advice", "--from", "2026-spring"]),
        ("/api/report", ["report"]),
        ("/api/report?term=2026-spring&formal_title=teacher", ["report", "--term", "2026-spring", "--formal-title", "teacher"]),
    ]

    @Test func everyAPIEqualsTheCommandsJSON() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        let recorded = try fixture.cli.run(["coalition", "record", "--term", "2026-spring", "S0001", "S0010"])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        try await fixture.application.test(.router) { client in
            for (api, command) in Self.sameAsCommand {
                let expected = try fixture.cli.run(command + ["--format", "json"])
                #expect(expected.status == 0, "\(command): \(expected.stderr)")
                let response = try await client.execute(uri: api, method: .get, headers: ServerFixture.bearer)
                #expect(response.status == .ok, "\(api): \(String(buffer: response.body))")
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                let body = String(buffer: response.body)
                #expect(body == expected.stdout, "\(api) differs from trustnet \(command.joined(separator: " "))")
                #expect(body.count > 20, "\(api) is empty")
            }
            // A user's mistake is 400 with the command's message, not a crash.
            let unknown = try await client.execute(uri: "/api/sarahs?term=1999", method: .get, headers: ServerFixture.bearer)
            #expect(unknown.status == .badRequest && String(buffer: unknown.body).contains("1999"))
        }
    }

    /// The coalition builder's numbers: the suggested set's reach is the reach after the last
    /// pick of `coalition suggest`; its units and risks are those of that set.
    @Test func evaluatingASetGivesItsReachUnitsAndRisks() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        let suggest = try JSONSerialization.jsonObject(
            with: Data(try fixture.cli.run(["coalition", "suggest", "--size", "4", "--format", "json"]).stdout.utf8)) as? [[String: Any]]
        let picks = try #require(suggest)
        let ids = picks.compactMap { $0["id"] as? String }
        let units = Set(picks.compactMap { $0["unit"] as? String })
        let lastReach = try #require(picks.last?["reach_after"] as? Double)
        let premortem = try JSONSerialization.jsonObject(
            with: Data(try fixture.cli.run(["premortem", "--coalition", "suggested", "--size", "4", "--format", "json"]).stdout.utf8)) as? [[String: Any]]
        let expected = (premortem ?? []).prefix(3).compactMap { $0["finding"] as? String }
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(uri: "/api/coalition/evaluate?ids=" + ids.joined(separator: ","), method: .get, headers: ServerFixture.bearer)
            #expect(response.status == .ok)
            let e = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            #expect(abs((e["reach"] as? Double ?? -1) - lastReach) < 1e-9)
            #expect(e["units_covered"] as? Int == units.count)
            #expect((e["members"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ids)
            let risks = try #require(e["risks"] as? [[String: Any]])
            #expect(risks.count == expected.count && !risks.isEmpty)
            #expect(risks.compactMap { $0["finding"] as? String } == expected)
            // Adding a person changes the reach; nobody reaches nobody.
            let more = try await client.execute(uri: "/api/coalition/evaluate?ids=" + ids.dropLast().joined(separator: ","), method: .get, headers: ServerFixture.bearer)
            let fewer = try #require(try JSONSerialization.jsonObject(with: Data(buffer: more.body)) as? [String: Any])
            #expect((fewer["reach"] as? Double ?? 1) < lastReach)
            let none = try await client.execute(uri: "/api/coalition/evaluate", method: .get, headers: ServerFixture.bearer)
            #expect(String(buffer: none.body).contains("\"reach\":0"))
            let unknown = try await client.execute(uri: "/api/coalition/evaluate?ids=NOBODY", method: .get, headers: ServerFixture.bearer)
            #expect(unknown.status == .badRequest)
        }
    }

    /// CSV downloads are the command's `--format csv`.
    @Test func csvDownloadsEqualTheCommandsCSV() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        try await fixture.application.test(.router) { client in
            for (name, command) in [("sarahs", ["sarahs"]), ("premortem", ["premortem"]), ("growth", ["growth"]), ("terms", ["terms"])] {
                let expected = try fixture.cli.run(command + ["--format", "csv"]).stdout
                let response = try await client.execute(uri: "/csv/\(name).csv", method: .get, headers: ServerFixture.bearer)
                #expect(String(buffer: response.body) == expected, "\(name)")
                #expect(response.headers[.contentDisposition]?.hasPrefix("attachment") == true)
            }
        }
    }
}
