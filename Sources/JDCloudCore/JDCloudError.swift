/// Every failure the runtime reports.
public enum JDCloudError: Error, Sendable, Hashable {
    /// JD Cloud answered with an `error` object or a non-2xx status.
    case service(JDCloudServiceError)
    /// The request could not be delivered or the reply not received
    /// (connection refused, reset, DNS failure, ...).
    case transportFailure(message: String)
    /// No reply arrived within the configured timeout.
    case timedOut(after: Duration)
    /// A 2xx reply whose body is not the expected JSON.
    case undecodableResponse(httpStatus: Int, requestId: String?, reason: String, bodyExcerpt: String)
    /// A `{placeholder}` of the path template has no (or an empty) value; nothing was sent.
    case missingPathParameter(name: String, pathTemplate: String)
    /// The operation needs a region, and neither the request's `regionId`
    /// nor ``JDCloudConfiguration/region`` gives one; nothing was sent.
    case missingRegion(operation: String)
    /// The request could not be built (bad header name, unencodable parameters, ...); nothing was sent.
    case invalidRequest(String)
    /// The call failed in a way that another attempt could have fixed, but
    /// sending it again could repeat its effect (a POST, PUT or PATCH without
    /// a `clientToken` that timed out or got a 500, 502 or 504), so it was
    /// sent once; `reason` says so.
    indirect case notRetried(JDCloudError, reason: String)
    /// A required environment variable is unset or empty.
    case missingEnvironmentVariable(String)
    /// The configuration is unusable (for example a malformed endpoint).
    case invalidConfiguration(String)
}

extension JDCloudError {
    /// The service error, when this is one.
    public var serviceError: JDCloudServiceError? {
        switch self {
        case .service(let error): return error
        case .notRetried(let error, _): return error.serviceError
        default: return nil
        }
    }

    /// The HTTP status of the reply, when there was one.
    public var httpStatus: Int? {
        switch self {
        case .service(let error): return error.httpStatus
        case .undecodableResponse(let status, _, _, _): return status
        case .notRetried(let error, _): return error.httpStatus
        default: return nil
        }
    }

    /// The request id JD Cloud assigned, when known.
    public var requestId: String? {
        switch self {
        case .service(let error): return error.requestId
        case .undecodableResponse(_, let requestId, _, _): return requestId
        case .notRetried(let error, _): return error.requestId
        default: return nil
        }
    }

    /// The failure itself, without the ``notRetried(_:reason:)`` that may wrap it.
    public var underlying: JDCloudError {
        if case .notRetried(let error, _) = self { return error.underlying }
        return self
    }

    /// Whether another attempt may succeed: connection failures and timeouts.
    /// Retryable HTTP statuses are decided by ``RetryPolicy``.
    public var isTransient: Bool {
        switch self {
        case .transportFailure, .timedOut: return true
        default: return false
        }
    }
}

extension JDCloudError: CustomStringConvertible {
    /// A one-line explanation for logs and test failures.
    public var description: String {
        switch self {
        case .service(let e):
            let code = e.code.map(String.init) ?? "-"
            return "JD Cloud service error: HTTP \(e.httpStatus), code \(code), status \(e.status ?? "-"), "
                + "message \(e.message ?? "-"), request id \(e.requestId ?? "-")"
        case .transportFailure(let message):
            return "JD Cloud transport failure: \(message)"
        case .timedOut(let after):
            return "JD Cloud request timed out after \(after)"
        case .undecodableResponse(let status, let requestId, let reason, let excerpt):
            return
                "JD Cloud reply could not be decoded (HTTP \(status), request id \(requestId ?? "-")): \(reason); body: \(excerpt)"
        case .missingPathParameter(let name, let template):
            return "Path parameter '\(name)' of '\(template)' has no value; the request was not sent"
        case .notRetried(let error, let reason):
            return "\(error); not retried: \(reason)"
        case .missingRegion(let operation):
            return "\(operation) needs a region: set regionId on the request, or the client's region "
                + "(JDCloudConfiguration.region, JDCLOUD_REGION); the request was not sent"
        case .invalidRequest(let reason):
            return "Invalid JD Cloud request: \(reason)"
        case .missingEnvironmentVariable(let name):
            return "Environment variable \(name) is not set"
        case .invalidConfiguration(let reason):
            return "Invalid JD Cloud configuration: \(reason)"
        }
    }
}
