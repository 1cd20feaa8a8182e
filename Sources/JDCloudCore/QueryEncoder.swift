/// Flattens encoded parameters into a JD Cloud query string.
///
/// Scalars become `name=value`, arrays `name.1=..&name.2=..`, arrays of
/// objects `name.1.field=..`, nested objects `name.field=..`; nulls and empty
/// arrays produce nothing. Keys and values are percent-encoded (everything
/// but `A-Z a-z 0-9 - _ . ~`).
enum QueryEncoder {
    /// The flattened `(name, value)` pairs of an object, unencoded, in key order.
    static func pairs(from parameters: JSONValue) -> [(name: String, value: String)] {
        var pairs: [(name: String, value: String)] = []
        flatten(parameters, prefix: "", into: &pairs)
        return pairs
    }

    /// The percent-encoded query string (without `?`) of an object.
    static func queryString(from parameters: JSONValue) -> String {
        pairs(from: parameters)
            .map { PercentEncoding.encode($0.name) + "=" + PercentEncoding.encode($0.value) }
            .joined(separator: "&")
    }

    private static func flatten(_ value: JSONValue, prefix: String, into pairs: inout [(name: String, value: String)]) {
        func key(_ suffix: String) -> String { prefix.isEmpty ? suffix : prefix + "." + suffix }
        switch value {
        case .null:
            return
        case .object(let members):
            for name in members.keys.sorted() {
                flatten(members[name]!, prefix: key(name), into: &pairs)
            }
        case .array(let elements):
            for (offset, element) in elements.enumerated() {
                flatten(element, prefix: key(String(offset + 1)), into: &pairs)
            }
        case .bool(let flag):
            if !prefix.isEmpty { pairs.append((prefix, flag ? "true" : "false")) }
        case .int(let number):
            if !prefix.isEmpty { pairs.append((prefix, String(number))) }
        case .double(let number):
            if !prefix.isEmpty { pairs.append((prefix, render(number))) }
        case .string(let text):
            if !prefix.isEmpty { pairs.append((prefix, text)) }
        }
    }

    private static func render(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }
}
