import Foundation
import Hummingbird

/// A `multipart/form-data` upload (a form with `<input type="file">`), received into a temporary
/// file as it arrives and parsed from there: never held whole in memory, never executed, never
/// served back. The parts are ranges of that file; ``write(_:to:)`` copies one out.
struct MultipartUpload {
    struct Part {
        /// The form field's name.
        var name: String
        /// The file's own name, for a file field (as the browser sent it; only ever shown, as text).
        var filename: String?
        var range: Range<Int>
    }

    /// The temporary file holding the body.
    let file: URL
    let parts: [Part]
    private let data: Data

    /// Receives `request`'s body into `file`, stopping with 413 as soon as it passes `limit`
    /// bytes (a chunked body has no Content-Length to refuse it by), then parses it. The file is
    /// removed when anything fails, a client gone mid-upload included.
    static func receive(_ request: Request, limit: Int, into file: URL) async throws -> MultipartUpload {
        guard let type = request.headers[.contentType], let boundary = boundary(of: type) else {
            throw HTTPError(.badRequest, message: "an upload is a form sent as multipart/form-data")
        }
        guard FileManager.default.createFile(atPath: file.path, contents: nil, attributes: [.posixPermissions: 0o600]),
            let handle = try? FileHandle(forWritingTo: file)
        else { throw HTTPError(.internalServerError, message: "the upload could not be stored in a temporary file") }
        do {
            var received = 0
            for try await buffer in request.body {
                received += buffer.readableBytes
                if received > limit { throw HTTPError(.contentTooLarge, message: AccessMiddleware.tooLargeMessage(limit)) }
                try handle.write(contentsOf: Data(buffer.readableBytesView))
            }
            try handle.close()
            return try MultipartUpload(file: file, boundary: boundary)
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: file)
            throw error
        }
    }

    /// The `boundary` parameter of a `multipart/form-data` content type.
    static func boundary(of contentType: String) -> String? {
        let fields = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard fields.first?.lowercased() == "multipart/form-data" else { return nil }
        for field in fields.dropFirst() where field.lowercased().hasPrefix("boundary=") {
            var value = field.dropFirst("boundary=".count)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
            return value.isEmpty || value.count > 70 ? nil : String(value)
        }
        return nil
    }

    /// Parses the body in `file` (RFC 7578): parts between `--boundary` lines, each with its
    /// headers, a blank line and its content.
    init(file: URL, boundary: String) throws {
        self.file = file
        data = try Data(contentsOf: file, options: .alwaysMapped)
        let malformed = HTTPError(.badRequest, message: "the upload is not a well-formed form (multipart/form-data)")
        let delimiter = Data("--\(boundary)".utf8), next = Data("\r\n--\(boundary)".utf8), blank = Data("\r\n\r\n".utf8)
        guard var at = data.range(of: delimiter)?.upperBound else { throw malformed }
        var parts: [Part] = []
        while true {
            if data[at..<min(at + 2, data.endIndex)] == Data("--".utf8) { break }  // the closing delimiter
            guard let headersEnd = data.range(of: blank, in: at..<data.endIndex) else { throw malformed }
            let headers = String(decoding: data[at..<headersEnd.lowerBound], as: UTF8.self)
            guard let end = data.range(of: next, in: headersEnd.upperBound..<data.endIndex) else { throw malformed }
            guard let disposition = Self.disposition(headers), let name = disposition["name"] else { throw malformed }
            parts.append(Part(name: name, filename: disposition["filename"], range: headersEnd.upperBound..<end.lowerBound))
            at = end.upperBound
        }
        self.parts = parts
    }

    /// The parameters of a part's `Content-Disposition: form-data; name="…"; filename="…"`.
    static func disposition(_ headers: String) -> [String: String]? {
        for line in headers.components(separatedBy: "\r\n") {
            guard let colon = line.firstIndex(of: ":"), line[..<colon].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition" else { continue }
            var parameters: [String: String] = [:]
            var rest = Substring(line[line.index(after: colon)...])
            while let equals = rest.firstIndex(of: "=") {
                let key = rest[..<equals].split(separator: ";").last?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
                rest = rest[rest.index(after: equals)...]
                var value: Substring
                if rest.hasPrefix("\"") {
                    rest = rest.dropFirst()
                    let close = rest.firstIndex(of: "\"") ?? rest.endIndex
                    value = rest[..<close]
                    rest = close < rest.endIndex ? rest[rest.index(after: close)...] : ""
                } else {
                    let close = rest.firstIndex(of: ";") ?? rest.endIndex
                    value = rest[..<close]
                    rest = rest[close...]
                }
                parameters[key] = String(value).replacingOccurrences(of: "%22", with: "\"")
            }
            return parameters
        }
        return nil
    }

    /// A text field's value (the first of that name).
    func text(_ name: String) -> String? {
        parts.first { $0.name == name && $0.filename == nil }.map { String(decoding: data[$0.range], as: UTF8.self) }
    }

    /// The file fields that carry a file (a field left empty sends none, or one with no name).
    var files: [Part] { parts.filter { $0.filename.map { !$0.isEmpty } ?? false } }

    /// Copies a part's content to `url` (readable by this user only).
    func write(_ part: Part, to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: data[part.range], attributes: [.posixPermissions: 0o600]) else {
            throw HTTPError(.internalServerError, message: "the upload could not be stored in a temporary file")
        }
    }
}
