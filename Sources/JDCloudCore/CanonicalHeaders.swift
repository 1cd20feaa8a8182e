import Foundation
import HTTPTypes

/// The canonical headers and signed-header list of JDCLOUD3 signing.
///
/// `host` (the authority without a `:80` or `:443` port) plus every header of
/// the request except `authorization` and `user-agent`; names lower-cased and
/// sorted, values trimmed, repeated fields joined with `,`.
struct CanonicalHeaders {
    /// `name:value` lines, each followed by `\n`.
    let text: String
    /// The header names joined by `;`.
    let signedHeaders: String

    /// Headers that are never signed.
    static let unsignedNames: Set<String> = ["authorization", "user-agent"]

    init(request: HTTPRequest) {
        var values: [String: [String]] = ["host": [Self.host(from: request.authority ?? "")]]
        for field in request.headerFields {
            let name = field.name.canonicalName
            if Self.unsignedNames.contains(name) || name == "host" { continue }
            let value = field.value.trimmingCharacters(in: .whitespacesAndNewlines)
            values[name, default: []].append(value)
        }
        let names = values.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        text = names.map { "\($0):\(values[$0]!.joined(separator: ","))\n" }.joined()
        signedHeaders = names.joined(separator: ";")
    }

    /// The authority with a default port (80, 443) removed.
    static func host(from authority: String) -> String {
        let trimmed = authority.trimmingCharacters(in: .whitespaces)
        for port in [":80", ":443"] where trimmed.hasSuffix(port) {
            return String(trimmed.dropLast(port.count))
        }
        return trimmed
    }
}
