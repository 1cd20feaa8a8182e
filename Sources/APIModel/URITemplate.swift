/// A host or path with `{name}` placeholders (`/regions/{regionId}/instances`,
/// `monitor.{regionId}.jdcloud-api.com`), parsed once when the page is read.
///
/// In the IR's JSON it is the text as written; ``parts`` and ``problem`` are
/// derived from it.
public struct URITemplate: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// A run of literal text or one placeholder.
    public enum Part: Hashable, Sendable {
        case literal(String)
        case placeholder(String)
    }

    /// The template as the page writes it.
    public let text: String
    /// The literal runs and placeholders in order.
    public let parts: [Part]
    /// Why the template cannot be filled (an unbalanced or empty brace), or `nil`.
    public let problem: String?

    public init(_ text: String) {
        self.text = text
        var parts: [Part] = []
        var problem: String?
        // `{` and `}` are ASCII: find them on the bytes and slice the runs out.
        let bytes = text.utf8
        var literalStart = bytes.startIndex
        var open: String.UTF8View.Index?
        var index = bytes.startIndex
        while index < bytes.endIndex {
            switch bytes[index] {
            case UInt8(ascii: "{"):
                if open != nil {
                    problem = problem ?? "'{' opens a placeholder inside another"
                } else {
                    if literalStart < index { parts.append(.literal(String(Substring(bytes[literalStart..<index])))) }
                    open = index
                }
            case UInt8(ascii: "}"):
                if let start = open {
                    let name = String(Substring(bytes[bytes.index(after: start)..<index]))
                    if name.isEmpty { problem = problem ?? "'{}' names no placeholder" }
                    parts.append(.placeholder(name))
                    literalStart = bytes.index(after: index)
                    open = nil
                } else {
                    problem = problem ?? "'}' closes no placeholder"
                }
            default:
                break
            }
            index = bytes.index(after: index)
        }
        if open != nil {
            problem = problem ?? "'{' is never closed"
        } else if literalStart < bytes.endIndex {
            parts.append(.literal(String(Substring(bytes[literalStart...]))))
        }
        self.parts = parts
        self.problem = problem
    }

    public init(stringLiteral text: String) {
        self.init(text)
    }

    /// The placeholder names in order of first appearance, each once.
    public var placeholders: [String] {
        var names: [String] = []
        for case .placeholder(let name) in parts where !name.isEmpty && !names.contains(name) {
            names.append(name)
        }
        return names
    }

    public var description: String { text }

    public static func == (a: URITemplate, b: URITemplate) -> Bool { a.text == b.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}

extension URITemplate: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
