/// An error reported by JD Cloud (or by a non-2xx HTTP status).
///
/// JD Cloud replies `{"requestId": ..., "error": {"code": ..., "status": ..., "message": ...}}`;
/// a non-2xx reply without such a body still becomes a service error with
/// the HTTP status and an excerpt of the body as its message.
public struct JDCloudServiceError: Sendable, Hashable {
    /// The HTTP status of the reply.
    public var httpStatus: Int
    /// The `error.code` of the body, usually equal to the HTTP status.
    public var code: Int?
    /// The `error.status` of the body, such as `INVALID_ARGUMENT`.
    public var status: String?
    /// The `error.message` of the body, or a short excerpt of a non-JSON body.
    public var message: String?
    /// The request id from the body or the `x-jdcloud-request-id` header.
    public var requestId: String?

    /// Creates a service error.
    public init(
        httpStatus: Int, code: Int? = nil, status: String? = nil, message: String? = nil, requestId: String? = nil
    ) {
        self.httpStatus = httpStatus
        self.code = code
        self.status = status
        self.message = message
        self.requestId = requestId
    }
}
