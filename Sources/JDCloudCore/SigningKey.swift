import Crypto
import Foundation

/// The JDCLOUD3 signing key: an HMAC-SHA256 chain over
/// `"JDCLOUD3" + secret` → date → region → service → `jdcloud3_request`.
enum SigningKey {
    /// The terminator of the credential scope and of the key chain.
    static let terminator = "jdcloud3_request"

    /// The key that signs the string to sign of `scope`.
    static func derive(secret: String, date: String, region: String, service: String) -> SymmetricKey {
        var key = SymmetricKey(data: Data(("JDCLOUD3" + secret).utf8))
        for label in [date, region, service, terminator] {
            let code = HMAC<SHA256>.authenticationCode(for: Data(label.utf8), using: key)
            key = SymmetricKey(data: Data(code))
        }
        return key
    }
}
