import Crypto
import Foundation
import HTTPTypes

/// The canonical request of JDCLOUD3 signing: method, canonical URI,
/// canonical query, canonical headers, signed headers and the hex SHA-256
/// of the body, joined by `\n`.
struct CanonicalRequest {
    /// The full canonical request text that is hashed into the string to sign.
    let text: String
    /// The `;`-joined names of the signed headers.
    let signedHeaders: String

    init(request: HTTPRequest, body: Data) {
        let target = request.path ?? ""
        let path: Substring
        let query: Substring
        if let mark = target.firstIndex(of: "?") {
            path = target[target.startIndex..<mark]
            query = target[target.index(after: mark)...]
        } else {
            path = Substring(target)
            query = ""
        }
        let headers = CanonicalHeaders(request: request)
        text = [
            request.method.rawValue,
            CanonicalURI.canonicalize(String(path)),
            CanonicalQuery.canonicalize(String(query)),
            headers.text,
            headers.signedHeaders,
            Hex.encode(SHA256.hash(data: body)),
        ].joined(separator: "\n")
        signedHeaders = headers.signedHeaders
    }
}
