import Foundation
import Mustache

/// The page template, loaded once from the target's resources.
struct Pages: Sendable {
    let library: MustacheLibrary

    init() throws {
        guard let url = Bundle.module.url(forResource: "page", withExtension: "mustache", subdirectory: "Templates") else {
            throw ServerError.missingResource("Templates/page.mustache")
        }
        var library = MustacheLibrary()
        try library.register(String(contentsOf: url, encoding: .utf8), named: "page")
        guard let survey = Bundle.module.url(forResource: "survey", withExtension: "mustache", subdirectory: "Templates") else {
            throw ServerError.missingResource("Templates/survey.mustache")
        }
        try library.register(String(contentsOf: survey, encoding: .utf8), named: "survey")
        self.library = library
    }

    func render(_ page: PageModel) -> String { library.render(page, withTemplate: "page") ?? "" }
    func render(_ page: SurveyPageModel) -> String { library.render(page, withTemplate: "survey") ?? "" }

    /// A static file of the app (script, styles) by its name in a fixed list: no path from a URL
    /// reaches the file system.
    static func staticFile(_ name: String) -> (bytes: [UInt8], type: String)? {
        let files = [
            "app.js": "text/javascript; charset=utf-8", "app.css": "text/css; charset=utf-8", "survey.js": "text/javascript; charset=utf-8",
            "survey.css": "text/css; charset=utf-8",
        ]
        guard let type = files[name], let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Static"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return ([UInt8](data), type)
    }
}

enum ServerError: Error, CustomStringConvertible {
    case missingResource(String)

    var description: String {
        switch self {
        case .missingResource(let name): "the server's resource \(name) is missing from the build"
        }
    }
}
