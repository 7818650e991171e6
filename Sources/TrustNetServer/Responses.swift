import Hummingbird

extension Response {
    /// `text` with a content type (UTF-8).
    static func text(_ text: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ text: String) -> Response { .text(text, type: "application/json; charset=utf-8") }
    static func html(_ text: String) -> Response { .text(text, type: "text/html; charset=utf-8") }

    /// 303 See Other to `location`, a path on this server (after a form POST).
    static func redirect(_ location: String) -> Response { Response(status: .seeOther, headers: [.location: location]) }

    /// A file to save: `filename` is made of characters that need no quoting.
    static func download(_ bytes: [UInt8], type: String, filename: String) -> Response {
        let safe = String(filename.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "_" })
        return Response(
            status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(safe)\""],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

/// Runs a handler's work and turns the user's mistakes (an unknown term, person or column, a bad
/// parameter) into 400 with the message the command line would print.
func answering(_ work: () throws -> Response) throws -> Response {
    do {
        return try work()
    } catch let error as HTTPError {
        throw error
    } catch {
        throw HTTPError(.badRequest, message: "\(error)")
    }
}
