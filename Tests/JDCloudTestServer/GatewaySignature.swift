import Crypto
import Foundation

/// JDCLOUD3-HMAC-SHA256 computed the way a gateway would, from the request
/// as it arrived. Written apart from `JDCloudSigner` on purpose: a mistake in
/// the runtime's canonical forms must not be repeated here and so go unseen.
enum GatewaySignature {
    /// The `Signature=` value for a received request.
    static func signature(
        method: String, target: String, host: String, signedHeaders: [String], headerValues: (String) -> [String],
        body: Data, secret: String, date: String, region: String, service: String
    ) -> String {
        let (path, query) = splitTarget(target)
        var canonicalHeaders = ""
        for name in signedHeaders.sorted() {
            let value = name == "host" ? host : headerValues(name).map(trimmed).joined(separator: ",")
            canonicalHeaders += "\(name):\(value)\n"
        }
        let canonical = [
            method.uppercased(),
            canonicalPath(path),
            canonicalQuery(query),
            canonicalHeaders,
            signedHeaders.sorted().joined(separator: ";"),
            hex(SHA256.hash(data: body)),
        ].joined(separator: "\n")
        let day = String(date.prefix(8))
        let scope = "\(day)/\(region)/\(service)/jdcloud3_request"
        let stringToSign = "JDCLOUD3-HMAC-SHA256\n\(date)\n\(scope)\n\(hex(SHA256.hash(data: Data(canonical.utf8))))"
        var key = SymmetricKey(data: Data("JDCLOUD3\(secret)".utf8))
        for part in [day, region, service, "jdcloud3_request"] {
            key = SymmetricKey(data: Data(HMAC<SHA256>.authenticationCode(for: Data(part.utf8), using: key)))
        }
        return hex(HMAC<SHA256>.authenticationCode(for: Data(stringToSign.utf8), using: key))
    }

    private static func splitTarget(_ target: String) -> (Substring, Substring) {
        guard let mark = target.firstIndex(of: "?") else { return (Substring(target), "") }
        return (target[..<mark], target[target.index(after: mark)...])
    }

    /// Decoded, runs of `/` collapsed, re-encoded with `/` kept.
    private static func canonicalPath(_ path: Substring) -> String {
        var decoded = decode(path)
        while decoded.contains("//") { decoded = decoded.replacingOccurrences(of: "//", with: "/") }
        if !decoded.hasPrefix("/") { decoded = "/" + decoded }
        return encode(decoded, keepSlash: true)
    }

    /// Pairs split on the first `=`, decoded and re-encoded, sorted; parts without `=` or with an empty key dropped.
    private static func canonicalQuery(_ query: Substring) -> String {
        var pairs: [(String, String)] = []
        for part in query.split(separator: "&") {
            guard let equals = part.firstIndex(of: "=") else { continue }
            let key = encode(decode(part[..<equals]), keepSlash: false)
            guard !key.isEmpty else { continue }
            pairs.append((key, encode(decode(part[part.index(after: equals)...]), keepSlash: false)))
        }
        return pairs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map { "\($0)=\($1)" }.joined(separator: "&")
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    private static func encode(_ text: String, keepSlash: Bool) -> String {
        var result = ""
        for byte in text.utf8 {
            let character = Character(Unicode.Scalar(byte))
            if byte < 0x80, character.isLetter || character.isNumber || "-_.~".contains(character) || (keepSlash && byte == 0x2F) {
                result.append(character)
            } else {
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }

    private static func trimmed(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespaces)
    }

    private static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
