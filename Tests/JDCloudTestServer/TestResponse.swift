import Foundation
import HTTPTypes

/// What the test server answers.
public struct TestResponse: Sendable {
    /// The status code.
    public var status: Int
    /// Header fields; `Content-Length` and `Connection` are added by the server.
    public var headerFields: HTTPFields
    /// The body.
    public var body: Data
    /// How long to wait before answering (interrupted by `stop()`).
    public var delay: Duration

    /// Creates a response.
    public init(status: Int = 200, headerFields: HTTPFields = [:], body: Data = Data(), delay: Duration = .zero) {
        self.status = status
        self.headerFields = headerFields
        self.body = body
        self.delay = delay
    }

    /// A JSON response with `Content-Type: application/json` and, when given, `x-jdcloud-request-id`.
    public static func json(_ text: String, status: Int = 200, requestId: String? = nil, delay: Duration = .zero) -> TestResponse {
        var fields = HTTPFields()
        fields[.contentType] = "application/json"
        if let requestId { fields[HTTPField.Name("x-jdcloud-request-id")!] = requestId }
        return TestResponse(status: status, headerFields: fields, body: Data(text.utf8), delay: delay)
    }

    /// A JD Cloud error body: `{"requestId": ..., "error": {"code": ..., "status": ..., "message": ...}}`.
    public static func jdcloudError(status: Int, code: String, message: String, requestId: String) -> TestResponse {
        let object: [String: Any] = [
            "requestId": requestId,
            "error": ["code": status, "status": code, "message": message],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return json(String(decoding: data, as: UTF8.self), status: status, requestId: requestId)
    }
}
