import Crypto
import Foundation
import HTTPTypes

/// Signs requests with JDCLOUD3-HMAC-SHA256, exactly as the official JD Cloud SDKs do.
public struct JDCloudSigner: Sendable {
    /// The algorithm name that starts the `Authorization` value.
    public static let algorithm = "JDCLOUD3-HMAC-SHA256"

    /// The header carrying the signing time.
    public static let dateHeader = HTTPField.Name("x-jdcloud-date")!
    /// The header carrying the single-use nonce.
    public static let nonceHeader = HTTPField.Name("x-jdcloud-nonce")!
    /// The header carrying the session token of temporary credentials.
    public static let securityTokenHeader = HTTPField.Name("x-jdcloud-security-token")!

    /// The credentials that sign.
    public let credentials: Credentials

    /// Creates a signer for `credentials`.
    public init(credentials: Credentials) {
        self.credentials = credentials
    }

    /// Adds x-jdcloud-date, x-jdcloud-nonce, x-jdcloud-security-token (when there is a token) and Authorization.
    ///
    /// - Parameters:
    ///   - request: The request to sign; its authority, path (with query) and
    ///     header fields are signed as they are.
    ///   - body: The exact bytes that will be sent.
    ///   - service: The service name, the first label of the service host (`vm`).
    ///   - region: The request's `regionId`, or `jdcloud-api` without one.
    ///   - date: The signing time.
    ///   - nonce: A fresh random value per attempt.
    public func sign(
        _ request: inout HTTPRequest, body: Data, service: String, region: String, date: Date, nonce: String
    ) {
        let timestamp = SigningDate.format(date)
        let day = String(timestamp.prefix(8))
        request.headerFields[Self.dateHeader] = timestamp
        request.headerFields[Self.nonceHeader] = nonce
        if let token = credentials.sessionToken, !token.isEmpty {
            request.headerFields[Self.securityTokenHeader] = token
        }
        request.headerFields[.authorization] = nil

        let canonical = CanonicalRequest(request: request, body: body)
        let scope = "\(day)/\(region)/\(service)/\(SigningKey.terminator)"
        let stringToSign = [
            Self.algorithm,
            timestamp,
            scope,
            Hex.encode(SHA256.hash(data: Data(canonical.text.utf8))),
        ].joined(separator: "\n")
        let key = SigningKey.derive(secret: credentials.secretAccessKey, date: day, region: region, service: service)
        let signature = Hex.encode(HMAC<SHA256>.authenticationCode(for: Data(stringToSign.utf8), using: key))

        request.headerFields[.authorization] =
            "\(Self.algorithm) Credential=\(credentials.accessKeyId)/\(scope), "
            + "SignedHeaders=\(canonical.signedHeaders), Signature=\(signature)"
    }
}
