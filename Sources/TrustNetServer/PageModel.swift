import Foundation
import TrustNetAnalysis
import TrustNetIO

/// What a page shows; `page.mustache` writes it, escaping every text (`{{…}}`).
struct PageModel {
    struct Link {
        var label: String
        var href: String
        var current = false
    }
    struct TermOption {
        var name: String
        var selected: Bool
    }
    struct Table {
        struct Row { var cells: [String] }
        var caption: String
        var columns: [String]
        var rows: [Row]
        var csv: String?
    }
    struct Builder {
        struct Person {
            var id: String
            var name: String
            var unit: String
            var chosen: Bool
        }
        var term: String
        var start: String
        var people: [Person]
        var reach: String
        var units: String
        var risks: [String]
    }
    var title: String
    var path: String
    var csrf: String
    var term: String
    var terms: [TermOption]
    var nav: [Link]
    /// For the template, which sees stored properties only: whether there is a term to pick
    /// (none before the first import).
    var hasTerms = false
    var lines: [String] = []
    var tables: [Table] = []
    var builder: Builder?
    var network: NetworkView?
    var downloads: [Link] = []
    var upload: ImportView?
    /// Where to go next, as a link under the lines (the import page, from an empty workspace).
    var next: Link?

    /// The lines of a workspace that holds no term yet, and the link to the import page.
    mutating func nothingImported() {
        lines = Wording.nothingImported
        next = Link(label: Wording.importLink, href: "/import")
    }

    /// A command's table as the page shows it: numbers to three decimals.
    static func table(_ table: ResultTable, caption: String, csv: String?) -> Table {
        Table(
            caption: caption, columns: table.columns.map { $0.replacingOccurrences(of: "_", with: " ") },
            rows: table.rows.map { row in
                Table.Row(cells: row.map { cell in
                    switch cell {
                    case .text(let s): s
                    case .integer(let i): String(i)
                    case .number(let x): Wording.fixed(x, 3)
                    case .empty: ""
                    }
                })
            }, csv: csv)
    }
}

/// A query value with every byte but the unreserved ones percent-encoded.
func queryValue(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
        let c = Character(UnicodeScalar(byte))
        if byte < 0x80 && (c.isLetter || c.isNumber || "-_.~".contains(c)) {
            out.append(c)
        } else {
            let hex = Array("0123456789ABCDEF")
            out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
        }
    }
    return out
}
