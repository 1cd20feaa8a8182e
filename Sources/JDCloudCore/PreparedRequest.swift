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

    /// `scheme://authority/path?query`, for transports.
    var urlString: String {
        "\(request.scheme ?? "https")://\(request.authority ?? "")\(request.path ?? "/")"
    }

    /// The URL for logs: query values replaced by `…`, so a log shows which
    /// parameters were sent but not what (the body is never logged either).
    var loggedURL: String {
        let full = urlString
        guard let mark = full.firstIndex(of: "?") else { return full }
        let names = full[full.index(after: mark)...].split(separator: "&").map { pair in
            (pair.split(separator: "=", maxSplits: 1).first ?? pair) + "=…"
        }
        return full[..<mark] + "?" + names.joined(separator: "&")
    }
}
