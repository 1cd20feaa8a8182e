import APIModel

/// Reads the bits of HTML that JD Cloud pages embed in Markdown
/// (`<br>`, `<a href>`, `<b>`, `<p>`) so they can be rendered as Markdown.
/// Other tags are dropped; their text is kept.
enum HTMLFragment {
    enum Piece: Equatable {
        case text(String)
        case lineBreak, paragraphBreak
        case linkStart(String), linkEnd
        case strong, emphasis, code
    }

    /// Splits an HTML snippet into tags and text. Text outside tags keeps
    /// its characters with entities decoded.
    static func pieces(of html: String) -> [Piece] {
        var pieces: [Piece] = []
        var text = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            text += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else {
                text += rest[open...]
                rest = ""
                break
            }
            if !text.isEmpty { pieces.append(.text(decodeEntities(text))); text = "" }
            if let piece = tag(String(rest[rest.index(after: open)..<close])) { pieces.append(piece) }
            rest = rest[rest.index(after: close)...]
        }
        text += rest
        if !text.isEmpty { pieces.append(.text(decodeEntities(text.replacingNewlines()))) }
        return pieces
    }

    private static func tag(_ body: String) -> Piece? {
        var inner = Substring(body).drop { $0 == " " }
        let closing = inner.first == "/"
        if closing { inner = inner.dropFirst() }
        let name = inner.prefix { $0.isLetter || $0.isNumber }.lowercased()
        switch name {
        case "br": return .lineBreak
        case "p", "div", "li", "tr", "ul", "ol", "table": return .paragraphBreak
        case "a": return closing ? .linkEnd : .linkStart(attribute("href", in: String(inner)) ?? "")
        case "b", "strong": return .strong
        case "i", "em": return .emphasis
        case "code": return .code
        default: return nil
        }
    }

    /// The value of `name="value"`, `name='value'` or `name=value`.
    static func attribute(_ name: String, in tag: String) -> String? {
        let bytes = Array(tag.utf8)
        // Attribute names are ASCII: lower-case only ASCII letters, so offsets stay those of `tag`.
        let lowered = bytes.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 | 0x20 : $0 }
        let pattern = Array(name.lowercased().utf8)
        func occurrence(from start: Int) -> Int? {
            guard !pattern.isEmpty, start + pattern.count <= bytes.count else { return nil }
            return (start...(bytes.count - pattern.count)).first {
                lowered[$0..<($0 + pattern.count)].elementsEqual(pattern)
            }
        }
        var searchStart = 0
        while let found = occurrence(from: searchStart) {
            searchStart = found + pattern.count
            var index = searchStart
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
            index += 1
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
            guard index < bytes.count else { return nil }
            let quote = bytes[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let start = index + 1
                let end = bytes[start...].firstIndex(of: quote) ?? bytes.count
                return decodeEntities(String(decoding: bytes[start..<end], as: UTF8.self)).trimmingWhitespace()
            }
            let end =
                bytes[index...].firstIndex(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "/") }) ?? bytes.count
            return decodeEntities(String(decoding: bytes[index..<end], as: UTF8.self))
        }
        return nil
    }

    private static let named: [Substring: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "middot": "\u{00B7}",
    ]

    /// Decodes the common named entities and numeric references.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";"), let decoded = entity(after[..<semicolon]) {
                result += decoded
                rest = after[after.index(after: semicolon)...]
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }

    private static func entity(_ name: Substring) -> String? {
        if let value = named[name] { return value }
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let code: UInt32?
        if digits.first == "x" || digits.first == "X" {
            code = UInt32(digits.dropFirst(), radix: 16)
        } else {
            code = UInt32(digits)
        }
        guard let code, code != 0, let scalar = Unicode.Scalar(code) else { return nil }
        return String(Character(scalar))
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
    }
}
