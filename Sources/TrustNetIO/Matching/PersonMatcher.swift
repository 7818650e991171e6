import Foundation
import TrustNet

/// Finds the roster person a survey or tie list names: by id, then e-mail, then normalized
/// name, then initials, then a close spelling.
///
/// A normalized name ignores case, accents, punctuation and extra spaces, and reads
/// `"Last, First"` as `"First Last"`: `"  garcía, MARÍA "` matches `María Garcia`. Initials
/// (`"M. Garcia"`, `"M Garcia"`) match when one roster person has that first initial and last
/// name. A close spelling (`"Maria Garica"`) matches when one roster name is within the edit
/// distance ``closeSpellingLimit(for:)`` and strictly closer than every other. Initials and
/// close spellings are *guesses*: callers report them. Two roster people with the same
/// normalized name make that name ambiguous: it matches nobody, and the caller reports it.
public struct PersonMatcher: Sendable {
    public enum Match: Sendable, Equatable {
        /// Found, with how.
        case person(index: Int, by: Rule)
        /// Several roster people share this name.
        case ambiguous(candidates: [Int])
        case unknown

        /// Found by id, e-mail or name, not by a guess.
        public var isExact: Bool {
            if case .person(_, let rule) = self { return !rule.isGuess }
            return false
        }
    }

    public enum Rule: String, Sendable, CaseIterable {
        case id, email = "e-mail", name, initials, closeSpelling = "close spelling"

        /// The rule's place in ``allCases``.
        var ordinal: Int {
            switch self {
            case .id: 0
            case .email: 1
            case .name: 2
            case .initials: 3
            case .closeSpelling: 4
            }
        }

        /// Whether the match is a guess that must be reported.
        public var isGuess: Bool { self == .initials || self == .closeSpelling }
    }

    private let byID: PersonIDIndex
    /// Everything but ids as written, made on the first name that is not one (see ``Folded``).
    private let folded: FoldedIndex

    /// Ids (as ``IdentityText/key(_:)`` folds them), e-mails, names, initials and spellings.
    private struct Folded {
        /// Ids as ``IdentityText/key(_:)`` folds them ("s1", "Ｓ1" and "S\u{200B}1" are S1).
        var byIDKey: [String: Int] = [:]
        var byEmail: [String: Int] = [:]
        var byName: [String: [Int]] = [:]
        var byInitials: [String: [Int]] = [:]
        /// Normalized names as scalars, for edit distances.
        var spellings: [(name: [Unicode.Scalar], people: [Int])] = []

        init(people: [Person]) {
            for (i, p) in people.enumerated() {
                // The first person of a folded id or e-mail keeps it; each folded once.
                let folded = IdentityText.key(p.id)
                if byIDKey[folded] == nil { byIDKey[folded] = i }
                if let e = p.email {
                    let foldedEmail = IdentityText.key(e)
                    if byEmail[foldedEmail] == nil { byEmail[foldedEmail] = i }
                }
                let normalized = PersonMatcher.normalizedName(p.name)
                byName[normalized, default: []].append(i)
                if let key = PersonMatcher.initialsKey(normalized) { byInitials[key, default: []].append(i) }
            }
            spellings = byName.sorted { $0.key < $1.key }.map { (Array($0.key.unicodeScalars), $0.value) }
        }
    }

    /// ``Folded``, made once, when first needed: a tie list that names everyone by id as the
    /// roster writes it (a state's half a million ties) never needs it, and folding and
    /// normalizing 50,000 ids and names was a tenth of checking one.
    private final class FoldedIndex: @unchecked Sendable {
        private let lock = NSLock()
        private let people: [Person]
        private var made: Folded?

        init(people: [Person]) { self.people = people }

        var index: Folded {
            lock.lock()
            defer { lock.unlock() }
            if let made { return made }
            let folded = Folded(people: people)
            made = folded
            return folded
        }
    }

    public init(people: [Person]) {
        byID = PersonIDIndex(people.map(\.id))
        folded = FoldedIndex(people: people)
    }

    public func match(_ text: String) -> Match { match(trimmed: text.trimmed) }

    /// ``match(_:)`` of text already without white space at its ends.
    func match(trimmed: String) -> Match {
        if let i = byID[trimmed] { return .person(index: i, by: .id) }
        let folded = self.folded.index
        let key = IdentityText.key(trimmed)
        if let i = folded.byIDKey[key] { return .person(index: i, by: .id) }
        if let i = folded.byEmail[key] { return .person(index: i, by: .email) }
        let normalized = PersonMatcher.normalizedName(trimmed)
        guard !normalized.isEmpty else { return .unknown }
        if let candidates = folded.byName[normalized] {
            return candidates.count == 1 ? .person(index: candidates[0], by: .name) : .ambiguous(candidates: candidates)
        }
        // "M. Garcia" / "M Garcia": a first initial and a last name.
        let words = normalized.split(separator: " ")
        if words.count >= 2, words[0].count == 1, let key = PersonMatcher.initialsKey(normalized),
            let candidates = folded.byInitials[key]
        {
            return candidates.count == 1 ? .person(index: candidates[0], by: .initials) : .ambiguous(candidates: candidates)
        }
        return closestSpelling(of: normalized, in: folded.spellings)
    }

    /// The largest edit distance accepted for a name of `length` characters: 1 up to 8
    /// characters, 2 beyond (a typo or two, never a different short name).
    public static func closeSpellingLimit(for length: Int) -> Int { length <= 8 ? 1 : 2 }

    private func closestSpelling(of normalized: String, in spellings: [(name: [Unicode.Scalar], people: [Int])]) -> Match {
        let query = Array(normalized.unicodeScalars)
        let limit = PersonMatcher.closeSpellingLimit(for: query.count)
        var best = Int.max
        var bestPeople: [Int] = []
        var secondBest = Int.max
        for candidate in spellings where abs(candidate.name.count - query.count) <= limit {
            let d = PersonMatcher.editDistance(query, candidate.name, limit: limit)
            if d < best {
                secondBest = best
                best = d
                bestPeople = candidate.people
            } else if d == best {
                secondBest = d
            } else if d < secondBest {
                secondBest = d
            }
        }
        guard best <= limit else { return .unknown }
        guard secondBest > best, bestPeople.count == 1 else {
            return .ambiguous(candidates: bestPeople.count > 1 ? bestPeople : [])
        }
        return .person(index: bestPeople[0], by: .closeSpelling)
    }

    /// The roster people whose names are closest to `text`, for "did you mean": at most
    /// `count`, nearest first (edit distance between normalized names), and only those within
    /// half the name's length or sharing its first or last word ("Jim Smith" → James Smith).
    public func closest(to text: String, count: Int = 3) -> [Int] {
        let normalized = PersonMatcher.normalizedName(text)
        guard !normalized.isEmpty else { return [] }
        let query = Array(normalized.unicodeScalars)
        let words = normalized.split(separator: " ")
        var found: [(distance: Int, person: Int)] = []
        for candidate in folded.index.spellings {
            let limit = max(query.count, candidate.name.count)
            let distance = PersonMatcher.editDistance(query, candidate.name, limit: limit)
            let theirs = String(String.UnicodeScalarView(candidate.name)).split(separator: " ")
            let sharesWord = words.count > 1 && theirs.count > 1 && (words.first == theirs.first || words.last == theirs.last)
            guard distance <= max(2, query.count / 2) || sharesWord else { continue }
            found += candidate.people.map { (distance, $0) }
        }
        return found.sorted { ($0.distance, $0.person) < ($1.distance, $1.person) }.prefix(count).map(\.person)
    }

    /// Optimal-string-alignment distance (insertions, deletions, substitutions and swaps of
    /// neighbours), or `limit + 1` as soon as it must exceed `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a == b { return 0 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }

    /// `"m garcia"` for `"maria garcia"`: first initial and last word.
    static func initialsKey(_ normalized: String) -> String? {
        let words = normalized.split(separator: " ")
        guard words.count >= 2, let first = words.first?.first, let last = words.last else { return nil }
        return "\(first) \(last)"
    }

    /// Lower case, accents removed, apostrophes dropped, other punctuation read as a space,
    /// words single-spaced, and
    /// `"Last, First"` turned into `"first last"`.
    public static func normalizedName(_ name: String) -> String {
        var text: String
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            text = name.lowercased()  // nothing to fold: the common case, and much faster
        } else {
            text = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            // Letters that do not decompose into a base letter and an accent.
            for (letter, plain) in [("ø", "o"), ("æ", "ae"), ("œ", "oe"), ("ß", "ss"), ("đ", "d"), ("ł", "l"), ("ı", "i"), ("þ", "th")]
            where text.contains(letter) {
                text = text.replacingOccurrences(of: letter, with: plain)
            }
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
