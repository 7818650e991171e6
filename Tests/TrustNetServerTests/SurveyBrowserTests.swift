import Foundation
import Testing
import TrustNet
import TrustNetStore
import TrustNetTestSupport

extension BrowserTests.Driver {
    func type(_ element: String, _ text: String) throws { try call("POST", "/session/\(session)/element/\(element)/value", ["text": text]) }
    func property(_ element: String, _ name: String) throws -> Any? { try call("GET", "/session/\(session)/element/\(element)/property/\(name)") }
    func isSelected(_ element: String) throws -> Bool { try call("GET", "/session/\(session)/element/\(element)/selected") as? Bool ?? false }
    func isDisplayed(_ element: String) throws -> Bool { try call("GET", "/session/\(session)/element/\(element)/displayed") as? Bool ?? false }

    /// Waits up to ten seconds for `css` to match something.
    func waitFor(_ css: String) throws -> [String] {
        for _ in 0..<100 {
            let found = try elements(css)
            if !found.isEmpty { return found }
            usleep(100_000)
        }
        return []
    }
}

/// A colleague answers on a phone-sized Chromium: finds two colleagues by typing parts of their
/// names, sets a frequency, submits, opens the link again and sees their answers.
@Suite(.serialized) struct SurveyBrowserTests {
    @Test func answerOnAPhoneAndSeeOnesAnswersAgain() throws {
        let f = try SurveyFixture(count: 12, createArguments: ["--frequency"])
        defer { f.cleanUp() }
        try BrowserTests.browsing(f.cli) { driver, base in
            let link = base + "/s/" + f.tokens["P001"]!
            try driver.open(link)
            #expect(try driver.text(try #require(try driver.elements("p.who").first)).contains("Ann Lee"))
            // With the script, the roster list is hidden until colleagues are picked.
            let rows = try driver.elements("fieldset[data-index='0'] li.colleague")
            #expect(rows.count == 11)
            #expect(try rows.allSatisfy { try !driver.isDisplayed($0) })

            // "lee art": the Sam Lee of Arts (P003), not the one of English (P002).
            let finder = try #require(try driver.elements("#find-0").first)
            try driver.type(finder, "lee art")
            let first = try driver.waitFor("fieldset[data-index='0'] .finder button.suggestion")
            #expect(try first.map(driver.text) == ["Sam Lee · Arts"])
            try driver.click(first[0])
            // "pers 7": Person 7 Næss.
            try driver.type(finder, "pers 7")
            let second = try driver.waitFor("fieldset[data-index='0'] .finder button.suggestion")
            #expect(try second.map(driver.text) == ["Person 7 Næss · English"])
            try driver.click(second[0])
            #expect(try driver.elements("fieldset[data-index='0'] li.colleague.shown").count == 2)
            // How often with Sam Lee: weekly (4).
            try driver.click(try #require(try driver.elements("select[name='w.0.P003'] option[value='4']").first))
            try driver.screenshot(to: BrowserTests.output.appendingPathComponent("survey-phone.png"))
            try driver.click(try #require(try driver.elements(".actions button").first))
            let thanks = try driver.waitFor("p.notice")
            #expect(try thanks.first.map(driver.text)?.contains("your answers are saved") == true)

            // The link opened again shows the answers.
            try driver.open(link)
            let chosen = try driver.elements("fieldset[data-index='0'] input[type=checkbox]").filter { try driver.isSelected($0) }
            // In the page's order, by name: Person 7 Næss before Sam Lee.
            #expect(try chosen.map { try driver.property($0, "value") as? String } == ["P007", "P003"])
            #expect(try driver.property(try #require(try driver.elements("select[name='w.0.P003']").first), "value") as? String == "4")
            #expect(try driver.elements("fieldset[data-index='0'] li.colleague.shown").count == 2)
            try driver.screenshot(to: BrowserTests.output.appendingPathComponent("survey-phone-reopened.png"))
        }

        let saved = try Workspace.open(at: f.workspacePath).surveyAnswers(term: "t").responses
        #expect(saved.count == 1 && saved[0].personID == "P001" && saved[0].submitted)
        #expect(Set(saved[0].answers[.advice] ?? []) == [SurveyChoice(id: "P003", weight: 4), SurveyChoice(id: "P007")])
    }
}
