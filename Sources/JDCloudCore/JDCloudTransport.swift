import Foundation
import HTTPTypes

/// Sends one HTTP request and returns the reply.
///
/// ``URLSessionTransport`` is the default; tests and users can inject others.
/// A transport should throw ``JDCloudError/transportFailure(message:)`` or
/// ``JDCloudError/timedOut(after:)`` for connection problems (any other
/// error it throws is treated as a connection failure too) and
/// `CancellationError` when the task is cancelled.
public protocol JDCloudTransport: Sendable {
    /// Sends `request` (scheme, authority, path with query, header fields) with `body`.
    func send(_ request: HTTPRequest, body: Data) async throws -> (HTTPResponse, Data)
}
