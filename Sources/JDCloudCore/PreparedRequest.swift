import Foundation
import HTTPTypes

/// An operation turned into an unsigned HTTP request, ready to be signed for each attempt.
struct PreparedRequest: Sendable {
    /// The request without date, nonce, token or Authorization.
    var request: HTTPRequest
    /// The exact body bytes (empty for GET, DELETE and HEAD).
    var body: Data
    /// The region that goes into the credential scope.
    var region: String
    /// The service name that goes into the credential scope.
    var service: String

    /// `scheme://authority/path?query`, for logs and transports.
    var urlString: String {
        "\(request.scheme ?? "https")://\(request.authority ?? "")\(request.path ?? "/")"
    }
}
