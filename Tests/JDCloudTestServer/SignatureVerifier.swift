import Foundation
import HTTPTypes
import JDCloudCore

/// The outcome of checking a request's JDCLOUD3-HMAC-SHA256 signature.
public enum SignatureVerification: Sendable, Equatable {
    /// The signature recomputed from the request as received matches.
    case valid
    /// There is no `Authorization` header.
    case missingAuthorization
    /// The `Authorization` header or the signed headers are not usable.
    case malformed(String)
    /// The signature differs; both `Authorization` values are given.
    case mismatch(expected: String, received: String)

    /// Whether the signature is valid.
    public var isValid: Bool { self == .valid }
}

/// Checks the signature of a received request by recomputing it, the way the
/// JD Cloud gateway does: from the method, the target and the signed headers
/// exactly as they arrived, with the access key, date, region and service of
/// the `Authorization` header and the given secret key.
public struct SignatureVerifier: Sendable {
    /// The secret key the client should have signed with.
    public var secretAccessKey: String
    /// When set, the access key id the `Authorization` must name.
    public var accessKeyId: String?

    /// Creates a verifier for `secretAccessKey` (and, optionally, `accessKeyId`).
    public init(secretAccessKey: String, accessKeyId: String? = nil) {
        self.secretAccessKey = secretAccessKey
        self.accessKeyId = accessKeyId
    }

    /// Recomputes the signature of `request` and compares it.
    public func verify(_ request: ReceivedRequest) -> SignatureVerification {
        guard let received = request.header("authorization") else { return .missingAuthorization }
        guard let authorization = ParsedAuthorization(received) else {
            return .malformed("unparsable Authorization '\(received)'")
        }
        if let accessKeyId, authorization.accessKeyId != accessKeyId {
            return .malformed("unknown access key '\(authorization.accessKeyId)'")
        }
        guard let dateText = request.header("x-jdcloud-date"), let date = SigningDate.parse(dateText) else {
            return .malformed("missing or malformed x-jdcloud-date")
        }
        guard dateText.hasPrefix(authorization.day) else {
            return .malformed("credential scope date \(authorization.day) does not match x-jdcloud-date \(dateText)")
        }
        guard let nonce = request.header("x-jdcloud-nonce") else { return .malformed("missing x-jdcloud-nonce") }
        guard let host = request.header("host") else { return .malformed("missing Host") }
        guard let method = HTTPRequest.Method(request.method) else { return .malformed("bad method \(request.method)") }

        var fields = HTTPFields()
        for name in authorization.signedHeaders where name != "host" {
            guard let fieldName = HTTPField.Name(name) else { return .malformed("bad signed header \(name)") }
            let values = request.headerFields[values: fieldName]
            guard !values.isEmpty else { return .malformed("signed header \(name) was not received") }
            for value in values { fields.append(HTTPField(name: fieldName, value: value)) }
        }
        var rebuilt = HTTPRequest(method: method, scheme: "http", authority: host, path: request.target, headerFields: fields)
        let credentials = Credentials(
            accessKeyId: authorization.accessKeyId,
            secretAccessKey: secretAccessKey,
            sessionToken: request.header("x-jdcloud-security-token")
        )
        JDCloudSigner(credentials: credentials).sign(
            &rebuilt, body: request.body, service: authorization.service, region: authorization.region,
            date: date, nonce: nonce
        )
        let expected = rebuilt.headerFields[.authorization] ?? ""
        return expected == received ? .valid : .mismatch(expected: expected, received: received)
    }
}

extension ReceivedRequest {
    /// Checks this request's signature against `secretAccessKey`; see ``SignatureVerifier``.
    public func verifySignature(secretAccessKey: String, accessKeyId: String? = nil) -> SignatureVerification {
        SignatureVerifier(secretAccessKey: secretAccessKey, accessKeyId: accessKeyId).verify(self)
    }
}

/// The parts of `JDCLOUD3-HMAC-SHA256 Credential=ak/day/region/service/jdcloud3_request, SignedHeaders=a;b, Signature=hex`.
struct ParsedAuthorization {
    var accessKeyId: String
    var day: String
    var region: String
    var service: String
    var signedHeaders: [String]
    var signature: String

    init?(_ text: String) {
        let prefix = JDCloudSigner.algorithm + " "
        guard text.hasPrefix(prefix) else { return nil }
        var parts: [String: String] = [:]
        for item in text.dropFirst(prefix.count).components(separatedBy: ",") {
            let trimmed = item.trimmingCharacters(in: .whitespaces)
            guard let equals = trimmed.firstIndex(of: "=") else { return nil }
            parts[String(trimmed[..<equals])] = String(trimmed[trimmed.index(after: equals)...])
        }
        guard let credential = parts["Credential"], let signed = parts["SignedHeaders"],
              let signature = parts["Signature"]
        else { return nil }
        let scope = credential.components(separatedBy: "/")
        guard scope.count == 5, scope[4] == "jdcloud3_request" else { return nil }
        accessKeyId = scope[0]
        day = scope[1]
        region = scope[2]
        service = scope[3]
        signedHeaders = signed.components(separatedBy: ";").filter { !$0.isEmpty }
        self.signature = signature
    }
}
