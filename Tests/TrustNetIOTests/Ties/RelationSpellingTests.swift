import Testing
import TrustNet

@testable import TrustNetIO

@Suite struct RelationSpellingTests {
    func misspelling(_ name: String) -> String? { Relation(name)!.likelyMisspelling?.name }

    @Test func nearMissesOfTheStandardRelations() {
        #expect(misspelling("advise") == "advice")
        #expect(misspelling("Trsut") == "trust")
        #expect(misspelling("sharng") == "sharing")
        #expect(misspelling("one on ones") == "one-on-one")
        // The standard ones, their aliases and relations of their own are not misspellings.
        for name in ["advice", "1:1", "friendship", "reports-to", "cowork", "collaboration", "dislike"] {
            #expect(misspelling(name) == nil, "\(name)")
        }
    }

    @Test func negativeRelationsByName() {
        for name in ["dislike", "Disesteem", "blame", "antagonism", "negative influence", "troubled", "distrust", "window argument"] {
            #expect(Relation(name)!.soundsNegative, "\(name)")
        }
        for name in ["advice", "trust", "sharing", "one-on-one", "friendship", "esteem", "praise", "reports-to"] {
            #expect(!Relation(name)!.soundsNegative, "\(name)")
        }
    }

    /// Real rosters, item 2: the relations of research datasets read like a standard one, as a
    /// hint for --map-relation; friendship and negative relations do not.
    @Test func closestStandardRelationOfADatasetsOwn() {
        let expected: [String: String?] = [
            "collaboration": "sharing", "confidential": "trust", "cowork": "sharing", "discussion": "sharing", "helping": "advice",
            "instrumental": "advice", "emotional_support": "trust", "information": "sharing", "messages": "sharing",
            "friendship": nil, "reports_to": nil, "informal_multiplex": nil, "distrust": nil, "troubled": nil, "advice": nil,
        ]
        for (name, meant) in expected {
            #expect(Relation(name)!.readsLike?.name == meant, "\(name)")
        }
    }
}
