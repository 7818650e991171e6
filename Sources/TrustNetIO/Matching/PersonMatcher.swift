import Foundation
import TrustNet

/// Finds the roster person a survey or tie list names: by id, then e-mail, then normalized name.
///
/// A normalized name ignores case, accents, punctuation and extra spaces, and reads
/// `"Last, First"` as `"First Last"`: `"  garcía, MARÍA "` matches `María Garcia`. Two roster
/// people with the same normalized name make that name ambiguous: it matches nobody, and the
/// caller reports it.
public struct PersonMatcher: Sendable {
    public enum Match: Sendable, Equatable {
        /// Found, with how.
        case person(index: Int, by: Rule)
        /// Several roster people share this name.
        case ambiguous(candidates: [Int])
        case unknown
    }

    public enum Rule: String, Sendable {
        case id, email = "e-mail", name
    }

    private let byID: [String: Int]
    private let byEmail: [String: Int]
    private let byName: [String: [Int]]

    public init(people: [Person]) {
        var id: [String: Int] = [:]
        var email: [String: Int] = [:]
        var name: [String: [Int]] = [:]
        for (i, p) in people.enumerated() {
            id[p.id] = i
            if let e = p.email { email[e.lowercased()] = email[e.lowercased()] ?? i }
            name[PersonMatcher.normalizedName(p.name), default: []].append(i)
        }
        byID = id
        byEmail = email
        byName = name
    }

    public func match(_ text: String) -> Match {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let i = byID[trimmed] { return .person(index: i, by: .id) }
        if let i = byEmail[trimmed.lowercased()] { return .person(index: i, by: .email) }
        if let candidates = byName[PersonMatcher.normalizedName(trimmed)] {
            return candidates.count == 1 ? .person(index: candidates[0], by: .name) : .ambiguous(candidates: candidates)
        }
        return .unknown
    }

    /// Lower case, accents removed, apostrophes dropped, other punctuation read as a space,
    /// words single-spaced, and
    /// `"Last, First"` turned into `"first last"`.
    public static func normalizedName(_ name: String) -> String {
        var text = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        // Letters that do not decompose into a base letter and an accent.
        for (letter, plain) in [("ø", "o"), ("æ", "ae"), ("œ", "oe"), ("ß", "ss"), ("đ", "d"), ("ł", "l"), ("ı", "i"), ("þ", "th")] {
            text = text.replacingOccurrences(of: letter, with: plain)
        }
        // Apostrophes join: "O'Brien" and "OBrien" are one name.
        text.removeAll { $0 == "'" || $0 == "’" || $0 == "`" }
        let commaParts = text.split(separator: ",", omittingEmptySubsequences: true)
        if commaParts.count == 2 {
            text = commaParts[1] + " " + commaParts[0]
        }
        let words = text.split { !$0.isLetter && !$0.isNumber }
        return words.joined(separator: " ")
    }
}
