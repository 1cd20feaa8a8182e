/// Fills the `{placeholders}` of a path template.
enum PathFiller {
    /// `template` with each `{name}` replaced by `parameters[name]`,
    /// percent-encoded as one path segment (so `/` becomes `%2F`).
    ///
    /// - Throws: ``JDCloudError/missingPathParameter(name:pathTemplate:)`` when a
    ///   placeholder has no value or an empty one, and
    ///   ``JDCloudError/invalidRequest(_:)`` for an unbalanced brace.
    static func fill(_ template: String, with parameters: [String: String]) throws -> String {
        var output = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            output += rest[rest.startIndex..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw JDCloudError.invalidRequest("unbalanced '{' in path template '\(template)'")
            }
            let name = String(rest[rest.index(after: open)..<close])
            guard let value = parameters[name], !value.isEmpty else {
                throw JDCloudError.missingPathParameter(name: name, pathTemplate: template)
            }
            output += PercentEncoding.encode(value)
            rest = rest[rest.index(after: close)...]
        }
        if rest.contains("}") {
            throw JDCloudError.invalidRequest("unbalanced '}' in path template '\(template)'")
        }
        output += rest
        return output
    }
}
