/// The access key pair (and optional session token) that signs every request.
///
/// The secret and the token never appear in `description`, so a
/// `Credentials` value can be logged or printed without leaking them.
public struct Credentials: Sendable, Hashable {
    /// The access key id, sent in the `Authorization` header.
    public var accessKeyId: String
    /// The secret access key; only used to derive the signing key.
    public var secretAccessKey: String
    /// A temporary session token, sent as `x-jdcloud-security-token`.
    public var sessionToken: String?

    /// Creates credentials from an access key pair and an optional session token.
    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }
}

extension Credentials: CustomStringConvertible, CustomDebugStringConvertible {
    /// The access key id with the secret and token redacted.
    public var description: String {
        "Credentials(accessKeyId: \(accessKeyId), secretAccessKey: <redacted>, sessionToken: \(sessionToken == nil ? "nil" : "<redacted>"))"
    }

    /// Same as ``description``: secrets are never shown.
    public var debugDescription: String { description }
}
