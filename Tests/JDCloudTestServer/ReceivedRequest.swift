import Foundation
import HTTPTypes

/// A request exactly as the test server received it.
public struct ReceivedRequest: Sendable {
    /// The method token of the request line (`GET`).
    public var method: String
    /// The request target as received: raw path plus `?query`, still percent-encoded.
    public var target: String
    /// The header fields in arrival order.
    public var headerFields: HTTPFields
    /// The body bytes.
    public var body: Data

    /// Creates a received request.
    public init(method: String, target: String, headerFields: HTTPFields, body: Data) {
        self.method = method
        self.target = target
        self.headerFields = headerFields
        self.body = body
    }

    /// The raw path: the target before `?`.
    public var path: String {
        String(target.prefix { $0 != "?" })
    }

    /// The raw query: the target after the first `?` (empty without one).
    public var query: String {
        guard let mark = target.firstIndex(of: "?") else { return "" }
        return String(target[target.index(after: mark)...])
    }

    /// The query's `name=value` pairs, percent-decoded, in order.
    public var queryItems: [QueryItem] {
        query.split(separator: "&").map { part in
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(pieces[0])
            let value = pieces.count > 1 ? Self.decode(pieces[1]) : ""
            return QueryItem(name: name, value: value)
        }
    }

    /// The value of header `name` (case-insensitive), repeated fields joined by `, `.
    public func header(_ name: String) -> String? {
        guard let fieldName = HTTPField.Name(name) else { return nil }
        return headerFields[fieldName]
    }

    /// The body as UTF-8 text.
    public var bodyText: String { String(decoding: body, as: UTF8.self) }

    private static func decode(_ text: Substring) -> String {
        let replaced = text.replacingOccurrences(of: "+", with: " ")
        return replaced.removingPercentEncoding ?? replaced
    }
}

/// One decoded `name=value` pair of a query.
public struct QueryItem: Sendable, Hashable {
    /// The decoded name.
    public var name: String
    /// The decoded value.
    public var value: String

    /// Creates a pair.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
