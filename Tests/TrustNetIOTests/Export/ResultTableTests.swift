import Testing
@testable import TrustNetIO

@Suite struct ResultTableTests {
    func sample() -> ResultTable {
        var t = ResultTable(columns: ["id", "name", "score", "count"])
        t.append([.text("1"), .text("=HYPERLINK(\"http://evil\")"), .number(0.125), .integer(3)])
        t.append([.text("2"), .text("Smith, \"Jo\"\nJr"), .number(-0.5), .empty])
        return t
    }

    @Test func csvNeutralizesFormulasAndQuotes() {
        #expect(
            sample().csv() == """
                id,name,score,count
                1,"'=HYPERLINK(""http://evil"")",0.125,3
                2,"Smith, ""Jo""
                Jr",-0.5,

                """)
        for start in ["=", "+", "-", "@", "\t", "\r"] {
            #expect(CSVEscaping.cell(start + "1").contains("'" + start))
        }
        #expect(CSVEscaping.cell("plain") == "plain")
    }

    @Test func jsonKeepsColumnOrderAndEscapes() {
        let json = sample().json()
        #expect(json.contains(#"{"id": "1", "name": "=HYPERLINK(\"http://evil\")", "score": 0.125, "count": 3}"#))
        #expect(json.contains(#""name": "Smith, \"Jo\"\nJr""#))
        #expect(json.contains(#""count": null"#))
        #expect(JSONText.string("\u{1}\u{2028}") == #""\u0001\u2028""#)
    }

    @Test func textTableAlignsAndStripsControlCharacters() {
        var t = ResultTable(columns: ["name", "x"])
        t.append([.text("A\u{1B}[31m"), .number(1.23456)])
        t.append([.text("Bob"), .integer(10)])
        #expect(t.textTable() == "name         x\n------  ------\nA?[31m  1.2346\nBob         10\n")
    }
}
