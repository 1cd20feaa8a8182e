import Foundation
import HTTPTypes

/// The head of an HTTP/1.1 request: request line and header fields.
struct RequestHead {
    var method: String
    var target: String
    var version: String
    var headerFields: HTTPFields

    /// The `Content-Length`, 0 when absent.
    var contentLength: Int? {
        guard let text = headerFields[.contentLength] else { return 0 }
        return Int(text.trimmingCharacters(in: .whitespaces))
    }

    /// Whether the client asked for the connection to stay open.
    var keepAlive: Bool {
        let connection = headerFields[.connection]?.lowercased() ?? ""
        if version == "HTTP/1.0" { return connection.contains("keep-alive") }
        return !connection.contains("close")
    }

    /// Whether the client waits for `100 Continue` before sending the body.
    var expectsContinue: Bool {
        headerFields[.expect]?.lowercased() == "100-continue"
    }

    /// Whether the body is chunked (not supported by this server).
    var isChunked: Bool {
        headerFields[.transferEncoding]?.lowercased().contains("chunked") ?? false
    }
}

/// Parses request heads from raw bytes.
enum HTTPMessageParser {
    static let headTerminator: [UInt8] = Array("\r\n\r\n".utf8)

    /// The index just past `\r\n\r\n` in `buffer`, if the head is complete.
    static func headEnd(in buffer: [UInt8]) -> Int? {
        guard buffer.count >= 4 else { return nil }
        for index in 0...(buffer.count - 4) where buffer[index] == 13 && buffer[index + 1] == 10
            && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
            return index + 4
        }
        return nil
    }

    /// The parsed head in `bytes` (without the final blank line), or `nil` when malformed.
    static func parseHead(_ bytes: ArraySlice<UInt8>) -> RequestHead? {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.components(separatedBy: "\r\n")
        guard !lines.isEmpty else { return nil }
        let requestLine = lines.removeFirst().split(separator: " ", omittingEmptySubsequences: true)
        guard requestLine.count == 3 else { return nil }
        var fields = HTTPFields()
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":"),
                  let name = HTTPField.Name(String(line[line.startIndex..<colon]))
            else { return nil }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            fields.append(HTTPField(name: name, value: value))
        }
        return RequestHead(method: String(requestLine[0]), target: String(requestLine[1]),
                           version: String(requestLine[2]), headerFields: fields)
    }

    /// The serialized response (status line, fields, `Content-Length`, body unless HEAD).
    static func serialize(_ response: TestResponse, forHead: Bool, keepAlive: Bool) -> [UInt8] {
        var text = "HTTP/1.1 \(response.status) \(reasonPhrase(response.status))\r\n"
        for field in response.headerFields
        where field.name != .contentLength && field.name != .connection && field.name != .transferEncoding {
            text += "\(field.name.rawName): \(field.value)\r\n"
        }
        text += "Content-Length: \(response.body.count)\r\n"
        text += "Connection: \(keepAlive ? "keep-alive" : "close")\r\n\r\n"
        var bytes = Array(text.utf8)
        if !forHead { bytes += response.body }
        return bytes
    }

    private static func reasonPhrase(_ status: Int) -> String {
        let phrase = HTTPResponse.Status(code: status).reasonPhrase
        return phrase.isEmpty ? "Status" : phrase
    }
}
