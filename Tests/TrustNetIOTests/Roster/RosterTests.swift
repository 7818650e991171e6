import Testing
import TrustNet
@testable import TrustNetIO

@Suite struct RosterTests {
    func roster(_ text: String, unit: String? = nil) throws -> Roster {
        try Roster.read(CSVReader(data: Array(text.utf8), fileName: "roster.csv"), unitColumn: unit)
    }

    @Test func readsCoreColumnsAttributesAndUnit() throws {
        let r = try roster("id,name,email,department,title,years\nS1,Ann Lee,ann@x.org,Maths,Head of Maths,4\nS2,Bo Diaz,,Science,,1\n")
        #expect(r.people.count == 2)
        #expect(r.unitColumn == "department")
        #expect(r.attributeColumns == ["department", "years"])
        #expect(r.people[0] == Person(id: "S1", name: "Ann Lee", email: "ann@x.org", unit: "Maths", title: "Head of Maths", attributes: ["department": "Maths", "years": "4"]))
        #expect(r.people[0].isFormalLeader)
        #expect(!r.people[1].isFormalLeader)
        #expect(r.people[1].email == nil)
    }

    @Test func unitColumnCanBeChosen() throws {
        let r = try roster("id,name,school,department\n1,A,Lincoln,Maths\n", unit: "school")
        #expect(r.people[0].unit == "Lincoln")
        let error = #expect(throws: InputError.self) { try roster("id,name,department\n1,A,Maths\n", unit: "team") }
        #expect(error?.diagnostics.first?.line == 1)
        #expect(error?.description.contains("no \"team\" column") == true)
    }

    @Test func emailServesAsIdAndFirstLastNamesCombine() throws {
        let r = try roster("E-mail,First Name,Last Name\nann@x.org,Ann,Lee\n")
        #expect(r.people[0].id == "ann@x.org")
        #expect(r.people[0].name == "Ann Lee")
    }

    @Test func rosterWithoutNamesUsesIds() throws {
        let r = try roster("id,age,dept\n1,33,4\n2,42,4\n")
        #expect(r.people.map(\.name) == ["1", "2"])
        #expect(r.unitColumn == "dept")
        #expect(r.diagnostics.map(\.description) == ["roster.csv:1: note: no name column: people are named by their id"])
    }

    @Test func missingIdColumnIsAnErrorOnTheHeader() throws {
        let error = #expect(throws: InputError.self) { try roster("person,unit\nAnn,Maths\n") }
        #expect(error?.diagnostics.first?.line == 1)
        #expect(error?.diagnostics.first?.column == 1)
        #expect(error?.description.contains("no id column") == true)
    }

    @Test func duplicateIdNamesBothLines() throws {
        let error = #expect(throws: InputError.self) { try roster("id,name\nS1,Ann\nS2,Bo\nS1,Cy\n") }
        let d = try #require(error?.diagnostics.first)
        #expect(d.line == 4 && d.column == 1)
        #expect(d.message.contains("first on line 2"))
    }

    @Test func emptyNameAndTooManyFields() throws {
        let error = #expect(throws: InputError.self) { try roster("id,name\nS1,\nS2,Smith, Jo\n") }
        let ds = error?.diagnostics ?? []
        #expect(ds.count == 2)
        #expect(ds.first?.line == 2 && ds.first?.column == 4)
        #expect(ds.last?.line == 3 && ds.last?.column == 10)
    }

    @Test func rosterWithOnlyAHeaderListsNobody() throws {
        #expect(throws: InputError.self) { try roster("id,name\n") }
    }
}
