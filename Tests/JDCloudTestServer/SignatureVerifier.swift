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
    /// When set, the region the credential scope must name (the request's `regionId`, or `jdcloud-api`).
    public var expectedRegion: String?
    /// When set, the service the credential scope must name (`vm`).
    public var expectedService: String?

    /// Creates a verifier for `secretAccessKey` (and, optionally, the key id, region and service to expect).
    public init(secretAccessKey: String, accessKeyId: String? = nil, expectedRegion: String? = nil, expectedService: String? = nil) {
        self.secretAccessKey = secretAccessKey
        self.accessKeyId = accessKeyId
        self.expectedRegion = expectedRegion
        self.expectedService = expectedService
    }

    /// Recomputes the signature of `request` independently of `JDCloudSigner` and compares it.
    public func verify(_ request: ReceivedRequest) -> SignatureVerification {
        guard let received = request.header("authorization") else { return .missingAuthorization }
        guard let authorization = ParsedAuthorization(received) else {
            return .malformed("unparsable Authorization '\(received)'")
        }
        if let accessKeyId, authorization.accessKeyId != accessKeyId {
            return .malformed("unknown access key '\(authorization.accessKeyId)'")
        }
        guard let dateText = request.header("x-jdcloud-date"), SigningDate.parse(dateText) != nil else {
            return .malformed("missing or malformed x-jdcloud-date")
        }
        guard dateText.hasPrefix(authorization.day) else {
            return .malformed("credential scope date \(authorization.day) does not match x-jdcloud-date \(dateText)")
        }
        guard request.header("x-jdcloud-nonce") != nil else { return .malformed("missing x-jdcloud-nonce") }
        guard let host = request.header("host") else { return .malformed("missing Host") }
        if let expectedRegion, authorization.region != expectedRegion {
            return .malformed("signed for region '\(authorization.region)', expected '\(expectedRegion)'")
        }
        if let expectedService, authorization.service != expectedService {
            return .malformed("signed for service '\(authorization.service)', expected '\(expectedService)'")
        }
        for name in authorization.signedHeaders where name != "host" {
            if request.header(name) == nil { return .malformed("signed header \(name) was not received") }
        }
        let signature = GatewaySignature.signature(
            method: request.method, target: request.target, host: host, signedHeaders: authorization.signedHeaders,
            headerValues: { name in HTTPField.Name(name).map { request.headerFields[values: $0] } ?? [] },
            body: request.body, secret: secretAccessKey, date: dateText,
            region: authorization.region, service: authorization.service)
        if signature == authorization.signature { return .valid }
        let expected = received.replacingOccurrences(of: "Signature=" + authorization.signature, with: "Signature=" + signature)
        return .mismatch(expected: expected, received: received)
    }
}

extension ReceivedRequest {
    /// Checks this request's signature against `secretAccessKey`; see ``SignatureVerifier``.
    public func verifySignature(
        secretAccessKey: String, accessKeyId: String? = nil, expectedRegion: String? = nil, expectedService: String? = nil
    ) -> SignatureVerification {
        SignatureVerifier(
            secretAccessKey: secretAccessKey, accessKeyId: accessKeyId,
            expectedRegion: expectedRegion, expectedService: expectedService
        ).verify(self)
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
