import Foundation
import HTTPTypes

/// Turns a reply into the operation's `Response` or a ``JDCloudError``.
enum ResponseDecoder {
    /// The header that carries the request id.
    static let requestIdHeader = HTTPField.Name("x-jdcloud-request-id")!
    /// How many characters of a body an error quotes.
    static let excerptLength = 256

    static func decode<Response: Decodable>(_ type: Response.Type, response: HTTPResponse, body: Data) throws
        -> Response
    {
        let status = response.status.code
        let isSuccess = (200..<300).contains(status)
        let headerRequestId = response.headerFields[requestIdHeader]

        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            guard isSuccess else {
                throw JDCloudError.service(
                    JDCloudServiceError(
                        httpStatus: status, message: response.status.reasonPhrase, requestId: headerRequestId))
            }
            let envelope: JSONValue = ["requestId": .string(headerRequestId ?? "")]
            return try decodeResponse(
                type, from: try JSONEncoder().encode(envelope), status: status,
                requestId: headerRequestId, originalBody: body)
        }

        guard let json = try? JSONDecoder().decode(JSONValue.self, from: body) else {
            guard isSuccess else {
                throw JDCloudError.service(
                    JDCloudServiceError(
                        httpStatus: status, message: excerpt(body), requestId: headerRequestId))
            }
            throw JDCloudError.undecodableResponse(
                httpStatus: status, requestId: headerRequestId, reason: "the body is not JSON",
                bodyExcerpt: excerpt(body))
        }

        let requestId = json["requestId"]?.stringValue ?? headerRequestId
        if let error = json["error"], error != .null {
            throw JDCloudError.service(
                JDCloudServiceError(
                    httpStatus: status,
                    code: error["code"]?.intValue ?? error["code"]?.stringValue.flatMap { Int($0) },
                    status: error["status"]?.stringValue,
                    message: error["message"]?.stringValue ?? (error.stringValue),
                    requestId: requestId))
        }
        guard isSuccess else {
            throw JDCloudError.service(
                JDCloudServiceError(
                    httpStatus: status, message: excerpt(body), requestId: requestId))
        }

        var data = body
        if case .object(var members) = json, members["requestId"] == nil, let headerRequestId {
            members["requestId"] = .string(headerRequestId)
            data = (try? JSONEncoder().encode(JSONValue.object(members))) ?? body
        }
        return try decodeResponse(type, from: data, status: status, requestId: requestId, originalBody: body)
    }

    private static func decodeResponse<Response: Decodable>(
        _ type: Response.Type, from data: Data, status: Int, requestId: String?, originalBody: Data
    ) throws -> Response {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw JDCloudError.undecodableResponse(
                httpStatus: status, requestId: requestId, reason: describe(error), bodyExcerpt: excerpt(originalBody))
        }
    }

    /// The first ``excerptLength`` characters of `body`.
    static func excerpt(_ body: Data) -> String {
        let text = String(decoding: body.prefix(excerptLength * 4), as: UTF8.self)
        return text.count > excerptLength ? String(text.prefix(excerptLength)) + "…" : text
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        func path(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return path.isEmpty ? "top level" : path
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing key '\(key.stringValue)' at \(path(context))"
        case .typeMismatch(let type, let context): return "expected \(type) at \(path(context))"
        case .valueNotFound(let type, let context): return "null where \(type) expected at \(path(context))"
        case .dataCorrupted(let context): return "corrupted data at \(path(context)): \(context.debugDescription)"
        @unknown default: return String(describing: error)
        }
    }
}
