/// Fills the `{placeholders}` of a path or host template.
enum PathFiller {
    /// `template` with each `{name}` replaced by `parameters[name]`,
    /// percent-encoded as one path segment (so `/` becomes `%2F`).
    ///
    /// - Throws: ``JDCloudError/missingPathParameter(name:pathTemplate:)`` when a
    ///   placeholder has no value or an empty one, and
    ///   ``JDCloudError/invalidRequest(_:)`` for an unbalanced brace.
    static func fill(_ template: String, with parameters: [String: String]) throws -> String {
        try fill(template, with: parameters) { _, value in PercentEncoding.encode(value) }
    }

    /// `template` (a host such as `monitor.{regionId}.jdcloud-api.com`) with
    /// each `{name}` replaced by `parameters[name]`, which must be a host
    /// label: letters, digits and `-`, so that no value can move the request
    /// to another host.
    static func fillHost(_ template: String, with parameters: [String: String]) throws -> String {
        try fill(template, with: parameters) { name, value in
            guard value.utf8.allSatisfy(Self.isLabelByte), value.utf8.first != UInt8(ascii: "-") else {
                throw JDCloudError.invalidRequest(
                    "'\(value)' of {\(name)} cannot be part of the host name '\(template)'")
            }
            return value.lowercased()
        }
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    private static func fill(
        _ template: String, with parameters: [String: String], encode: (String, String) throws -> String
    ) throws -> String {
        var output = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            output += rest[rest.startIndex..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw JDCloudError.invalidRequest("unbalanced '{' in template '\(template)'")
            }
            let name = String(rest[rest.index(after: open)..<close])
            guard let value = parameters[name], !value.isEmpty else {
                throw JDCloudError.missingPathParameter(name: name, pathTemplate: template)
            }
            output += try encode(name, value)
            rest = rest[rest.index(after: close)...]
        }
        if rest.contains("}") {
            throw JDCloudError.invalidRequest("unbalanced '}' in template '\(template)'")
        }
        output += rest
        return output
    }
}
