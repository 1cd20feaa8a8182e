/// Page text as `///` documentation comments.
///
/// The IR's text is already clean Markdown: the parser turned the pages' HTML
/// into Markdown and decoded their entities. Here it is only made safe: every
/// line break (`\n`, `\r`, U+2028, U+2029, U+0085, vertical tab, form feed)
/// starts a new `///` line, control and bidirectional formatting characters
/// are removed, and what would read as HTML or as an entity (a `<b>` or
/// `&lt;` that the page meant literally) is backslash-escaped, so DocC shows
/// it as written. The result can only ever be comment text.
public struct DocComment: Sendable, Hashable {
    /// Paragraphs; each is a list of clean lines. Rendered with a blank `///` between them.
    public var paragraphs: [[String]] = []
    /// `- Parameter name: ...` entries, or a `- Parameters:` list when there are several.
    public var parameters: [(name: String, lines: [String])] = []
    public var returns: [String] = []
    public var throwing: [String] = []

    public init() {}

    public init(markdown: String) {
        add(markdown: markdown)
    }

    /// Adds page text as paragraphs. A line break on the page (a `<br>`)
    /// starts a new paragraph, because DocC would otherwise join the lines
    /// into one and take all of them as the summary; lines of a list or of a
    /// fenced code block stay together.
    public mutating func add(markdown: String) {
        var paragraph: [String] = []
        var inFence = false
        func close() {
            if !paragraph.isEmpty { paragraphs.append(paragraph) }
            paragraph = []
        }
        for line in Self.lines(markdown) {
            let fence = line.hasPrefix("```") || line.hasPrefix("~~~")
            if inFence {
                paragraph.append(line)
                if fence {
                    inFence = false
                    close()
                }
            } else if line.isEmpty {
                close()
            } else if Self.isListItem(line), paragraph.last.map(Self.isListItem) == true {
                paragraph.append(line)
            } else {
                close()
                paragraph.append(line)
                inFence = fence
            }
        }
        close()
    }

    /// `- item`, `* item`, `+ item` or `1. item`.
    private static func isListItem(_ line: String) -> Bool {
        let bytes = line.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") { index = bytes.index(after: index) }
        guard index < bytes.endIndex else { return false }
        func spaceFollows(_ position: String.UTF8View.Index) -> Bool {
            let next = bytes.index(after: position)
            return next < bytes.endIndex && bytes[next] == UInt8(ascii: " ")
        }
        switch bytes[index] {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
            return spaceFollows(index)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            while index < bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                index = bytes.index(after: index)
            }
            guard index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else {
                return false
            }
            return spaceFollows(index)
        default:
            return false
        }
    }

    /// Adds a `- Parameter` entry from page text.
    public mutating func addParameter(_ name: String, markdown: String) {
        addParameter(name, cleanLines: Self.lines(markdown))
    }

    /// Adds a `- Parameter` entry from lines that are already clean (taken
    /// from another comment); cleaning them again would escape twice.
    public mutating func addParameter(_ name: String, cleanLines: [String]) {
        parameters.append((name, cleanLines.filter { !$0.isEmpty }))
    }

    public mutating func setReturns(markdown: String) {
        returns = Self.lines(markdown).filter { !$0.isEmpty }
    }

    public mutating func setThrows(markdown: String) {
        throwing = Self.lines(markdown).filter { !$0.isEmpty }
    }

    /// The comment, each line prefixed by `indent` and `///`, ending in a newline
    /// (empty when there is nothing to say).
    public func render(indent: String = "") -> String {
        var out = ""
        func line(_ text: String) {
            out += indent
            out += text.isEmpty ? "///\n" : "/// "
            if !text.isEmpty {
                out += text
                out += "\n"
            }
        }
        for paragraph in paragraphs {
            if !out.isEmpty { line("") }
            paragraph.forEach(line)
        }
        // The tags are written straight into the comment: `- Parameter`, `- Returns:`, `- Throws:`.
        var separated = out.isEmpty
        func tag(_ head: String, _ lines: [String], continuation: String) {
            if !separated {
                line("")
                separated = true
            }
            guard let first = lines.first else { return line(head) }
            line(head + " " + first)
            for next in lines.dropFirst() { line(continuation + next) }
        }
        if parameters.count == 1, let only = parameters.first {
            tag("- Parameter \(only.name):", only.lines, continuation: "  ")
        } else if parameters.count > 1 {
            tag("- Parameters:", [], continuation: "")
            for parameter in parameters {
                tag("  - \(parameter.name):", parameter.lines, continuation: "    ")
            }
        }
        if !returns.isEmpty {
            tag("- Returns:", returns, continuation: "  ")
        }
        if !throwing.isEmpty {
            tag("- Throws:", throwing, continuation: "  ")
        }
        return out
    }

    // MARK: - Cleaning

    /// Clean Markdown lines from page text; blank lines are kept as `""`
    /// (at most one in a row, none at either end).
    public static func lines(_ text: String) -> [String] {
        var cleaned = isClean(text) ? text : escapeMarkup(normalizedBreaks(text))
        return cleaned.withUTF8 { bytes in
            var result: [String] = []
            var start = 0
            while start <= bytes.count {
                var lineEnd = start
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                // Trailing blanks go; a line of blanks becomes empty.
                var end = lineEnd
                while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") {
                    end -= 1
                }
                if end > start {
                    result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                } else if !(result.last?.isEmpty ?? true) {
                    result.append("")
                }
                start = lineEnd + 1
            }
            while result.last?.isEmpty == true { result.removeLast() }
            return result
        }
    }

    /// One line of text: all breaks become spaces. For short inline values.
    public static func inline(_ text: String) -> String {
        lines(text).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// `text` in a Markdown code span, safe whatever backticks it contains.
    public static func codeSpan(_ text: String) -> String {
        let value = inline(text)
        var longest = 0, run = 0
        for byte in value.utf8 {
            if byte == UInt8(ascii: "`") { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = longest > 0 ? " " : ""
        return fence + pad + value + pad + fence
    }

    /// True when cleaning would not change the text: no markup characters,
    /// no tabs, control or invisible characters, only `\n` line breaks.
    /// Most page text is like that, and the cleaning passes are costly.
    static func isClean(_ text: String) -> Bool {
        // Bytes first: printable ASCII (and `\n`) decides most text without decoding.
        var copy = text
        let verdict: Bool? = copy.withUTF8 { bytes in
            var sawOther = false
            for byte in bytes {
                switch byte {
                case 0x0A: continue
                case 0x3C, 0x26: return false  // `<` and `&`
                case 0x20...0x7E: continue
                case 0..<0x20, 0x7F: return false
                default: sawOther = true
                }
            }
            return sawOther ? nil : true
        }
        if let verdict { return verdict }
        for scalar in text.unicodeScalars where !scalar.isASCII {
            switch scalar.value {
            case 0x85, 0x2028, 0x2029: return false
            default: if SwiftLiteral.needsEscape(scalar) { return false }
            }
        }
        return true
    }

    /// Every kind of line break becomes `\n`; control and invisible
    /// formatting characters are removed, tabs become spaces.
    static func normalizedBreaks(_ text: String) -> String {
        var result = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A:
                if !previousWasCR { result += "\n" }
            case 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                result += "\n"
            case 0x09:
                result += " "
            default:
                if SwiftLiteral.needsEscape(scalar) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Escapes what a Markdown renderer would still read as HTML (`<tag`,
    /// `</`, `<!`) or as an entity (`&name;`), so the comment shows the text.
    static func escapeMarkup(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if character == "<", let next, next.isLetter || next == "/" || next == "!" || next == "?" {
                result += "\\<"
            } else if character == "&", let next, next.isLetter || next == "#",
                characters[(index + 1)...].prefix(12).contains(";")
            {
                result += "\\&"
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension DocComment {
    public static func == (lhs: DocComment, rhs: DocComment) -> Bool {
        lhs.paragraphs == rhs.paragraphs && lhs.returns == rhs.returns && lhs.throwing == rhs.throwing
            && lhs.parameters.map(\.name) == rhs.parameters.map(\.name)
            && lhs.parameters.map(\.lines) == rhs.parameters.map(\.lines)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(paragraphs)
        hasher.combine(parameters.map(\.name))
        hasher.combine(parameters.map(\.lines))
        hasher.combine(returns)
        hasher.combine(throwing)
    }
}
