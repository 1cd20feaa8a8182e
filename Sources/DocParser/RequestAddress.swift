import APIModel

/// The parts of a request URL line such as
/// `https://vm.jdcloud-api.com/1.0.3/regions/{regionId}/instances`.
struct RequestAddress: Equatable {
    var host: URITemplate
    var service: String
    var version: String
    var path: URITemplate

    /// Reads the first URL in `text`; `nil` when there is none.
    init?(_ text: String) {
        // Scalars, not Characters: every delimiter is one scalar, and
        // grapheme breaking made this the parser's hottest line.
        let scalars = text.unicodeScalars
        guard let scheme = Self.endOfScheme(in: Substring(text)) else { return nil }
        var rest = scalars[scheme...]
        // The URL ends at white space or at the Markdown that may wrap it, and before a query or fragment.
        if let end = rest.firstIndex(where: Self.endsURL) { rest = rest[..<end] }
        let hostEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        var host = rest[..<hostEnd]
        if let colon = host.lastIndex(of: ":") { host = host[..<colon] }
        guard !host.isEmpty else { return nil }
        let hostText = Self.lowercasedOutsidePlaceholders(String(text[host.startIndex..<host.endIndex]))
        self.host = URITemplate(hostText)
        self.service = String(hostText.prefix { $0 != "." })
        let pathPart = rest[hostEnd...].drop { $0 == "/" }
        let versionEnd = pathPart.firstIndex(of: "/") ?? pathPart.endIndex
        self.version = String(text[pathPart.startIndex..<versionEnd])
        self.path = URITemplate(String(text[versionEnd..<pathPart.endIndex]))
    }

    /// Host names are case-insensitive, placeholder names are not:
    /// `Monitor.{regionId}.JDCloud-API.com` is `monitor.{regionId}.jdcloud-api.com`.
    static func lowercasedOutsidePlaceholders(_ host: String) -> String {
        var result = ""
        var inPlaceholder = false
        for scalar in host.unicodeScalars {
            if scalar == "{" { inPlaceholder = true } else if scalar == "}" { inPlaceholder = false }
            if inPlaceholder {
                result.unicodeScalars.append(scalar)
            } else {
                result += scalar.properties.lowercaseMapping
            }
        }
        return result
    }

    private static func endsURL(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "`", "<", ">", "(", ")", "[", "]", "*", "|", "\"", "'", "?", "#": return true
        default:
            return scalar.isASCII
                ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace
        }
    }

    /// Whether `line` holds a `://`, as every URL does.
    static func mayHoldURL(_ line: Substring) -> Bool {
        endOfScheme(in: line) != nil
    }

    /// The index just after the first `://`.
    private static func endOfScheme(in text: Substring) -> String.Index? {
        let bytes = text.utf8
        var index = bytes.startIndex
        while let colon = bytes[index...].firstIndex(of: UInt8(ascii: ":")) {
            let tail = bytes[colon...].prefix(3)
            if tail.elementsEqual("://".utf8) { return bytes.index(colon, offsetBy: 3) }
            index = bytes.index(after: colon)
        }
        return nil
    }
}
