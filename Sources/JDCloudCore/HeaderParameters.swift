import Foundation
import HTTPTypes

/// Puts an operation's header parameters on a request.
enum HeaderParameters {
    /// Header parameters whose values the official SDKs send Base64-encoded.
    static let base64Encoded: Set<String> = ["x-jdcloud-pin", "x-jdcloud-erp"]

    /// Sets each parameter as a header; `x-jdcloud-pin` and `x-jdcloud-erp`
    /// values are Base64 of their UTF-8 bytes.
    ///
    /// - Throws: ``JDCloudError/invalidRequest(_:)`` for a name that is not a valid header name.
    static func apply(_ parameters: [String: String], to fields: inout HTTPFields) throws {
        for name in parameters.keys.sorted() {
            guard let fieldName = HTTPField.Name(name) else {
                throw JDCloudError.invalidRequest("'\(name)' is not a valid header name")
            }
            let value = parameters[name]!
            fields[fieldName] =
                base64Encoded.contains(fieldName.canonicalName)
                ? Data(value.utf8).base64EncodedString()
                : value
        }
    }
}
