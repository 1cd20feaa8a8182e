import APIModel

/// Turns parsed Markdown into clean text: Markdown without raw HTML.
///
/// `.plain` keeps only the words (for names, types, defaults and headings);
/// `.markdown` keeps emphasis, code spans and links, and turns the HTML the
/// pages use (`<br>`, `<a href>`, `<b>`) into their Markdown equivalents.
struct InlineRenderer {
    enum Mode { case plain, markdown }

    private enum Break: Int, Comparable {
        case none, line, paragraph
        static func < (a: Break, b: Break) -> Bool { a.rawValue < b.rawValue }
    }

    private struct OpenLink {
        var url: String
        var start: String.Index
        var fromHTML: Bool
    }

    let mode: Mode
    private var output = ""
    private var pending = Break.none
    private var links: [OpenLink] = []

    init(mode: Mode) { self.mode = mode }

    /// Renders Markdown source text.
    static func render(_ markdown: String, mode: Mode) -> String {
        if isPlainText(markdown) {
            return mode == .plain ? markdown.collapsingWhitespace() : markdown.trimmingWhitespace()
        }
        // Every parameter name is `**name**`: read it without a cmark document.
        let bytes = markdown.utf8
        if mode == .plain, bytes.count > 4, bytes.starts(with: [0x2A, 0x2A]),
            bytes.reversed().starts(with: [0x2A, 0x2A])
        {
            let inner = String(Substring(bytes.dropFirst(2).dropLast(2)))
            if isPlainText(inner), inner.utf8.first != 0x20, inner.utf8.last != 0x20 { return inner }
        }
        return InlineRenderer(mode: mode).render(CmarkDocument(markdown).events())
    }

    /// True when cmark would read the text as one paragraph of itself:
    /// one line, no inline markup, no block marker at its start.
    private static func isPlainText(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isPlainText(bytes:))
    }

    private static func isPlainText(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var first = true
        var leadingDigits = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "["):
                // `[]`, as in the array types `String[]`, is text: a link needs a label,
                // unless `(` follows and makes it an empty link.
                guard index < bytes.count, bytes[index] == UInt8(ascii: "]") else { return false }
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "(") { return false }
                if first { return false }
                leadingDigits = false
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                UInt8(ascii: "&"), UInt8(ascii: "]"), UInt8(ascii: "!"), UInt8(ascii: "\\"),
                UInt8(ascii: "~"), UInt8(ascii: "|"), 0x0A, 0x0D, 0x09:
                return false
            case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: " "):
                if first { return false }
                leadingDigits = false
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if first { leadingDigits = true }
            case UInt8(ascii: "."), UInt8(ascii: ")"):
                if leadingDigits { return false }
            default:
                leadingDigits = false
            }
            first = false
        }
        return true
    }

    func render(_ events: [MarkdownEvent]) -> String {
        var renderer = self
        for event in events { renderer.consume(event) }
        return renderer.finish()
    }

    private mutating func consume(_ event: MarkdownEvent) {
        switch event {
        case .text(let text): append(text)
        case .code(let code): append(mode == .markdown ? Self.codeSpan(code) : code)
        case .softBreak: pending = max(pending, mode == .plain ? .none : .line); if mode == .plain { append(" ") }
        case .hardBreak: lineBreak()
        case .paragraphBreak: pending = max(pending, .paragraph)
        case .emphasisStart, .emphasisEnd: if mode == .markdown { append("*") }
        case .strongStart, .strongEnd: if mode == .markdown { append("**") }
        case .linkStart(let url): openLink(url, fromHTML: false)
        case .linkEnd: closeLink(fromHTML: false)
        case .listItem(let ordered):
            pending = max(pending, .line)
            append(ordered ? "1. " : "- ")
        case .codeBlock(let literal):
            pending = max(pending, .paragraph)
            if mode == .markdown {
                append("```\n" + literal.trimmingTrailingNewlines() + "\n```")
            } else {
                append(literal)
            }
            pending = max(pending, .paragraph)
        case .blockHTML(let html):
            pending = max(pending, .paragraph)
            for piece in HTMLFragment.pieces(of: html) { consume(piece) }
            pending = max(pending, .paragraph)
        case .inlineHTML(let html):
            for piece in HTMLFragment.pieces(of: html) { consume(piece) }
        }
    }

    private mutating func lineBreak() {
        if mode == .plain { append(" ") } else { pending = max(pending, .line) }
    }

    private mutating func append(_ text: String) {
        guard !text.isEmpty else { return }
        flushBreak()
        output += text
    }

    /// Writes the break owed before the next text; none at the very start.
    private mutating func flushBreak() {
        if !output.isEmpty {
            switch pending {
            case .none: break
            case .line: output += "\n"
            case .paragraph: output += "\n\n"
            }
        }
        pending = .none
    }

    private mutating func openLink(_ url: String, fromHTML: Bool) {
        flushBreak()
        links.append(OpenLink(url: url, start: output.endIndex, fromHTML: fromHTML))
    }

    private mutating func closeLink(fromHTML: Bool) {
        guard let index = links.lastIndex(where: { $0.fromHTML == fromHTML }) else { return }
        let link = links[index]
        links.removeSubrange(index...)
        let url = link.url.trimmingWhitespace()
        guard mode == .markdown, !url.isEmpty, !url.hasPrefix("#") else { return }
        let text = String(output[link.start...]).trimmingWhitespace()
        output.removeSubrange(link.start...)
        if text.isEmpty {
            output += "<\(url)>"
        } else {
            output += "[\(text)](\(Self.linkDestination(url)))"
        }
    }

    private func finish() -> String {
        if mode == .plain { return output.collapsingWhitespace() }
        if !output.utf8.contains(0x0A) { return output.trimmingWhitespace() }
        var lines: [Substring] = []
        var blank = 0
        for line in output.lineSlices {
            let trimmed = line.trimmingTrailingSpaces()
            if trimmed.isEmpty {
                blank += 1
                if blank > 1 { continue }
            } else {
                blank = 0
            }
            lines.append(trimmed)
        }
        return lines.joined(separator: "\n").trimmingWhitespace()
    }

    private static func codeSpan(_ code: String) -> String {
        var longest = 0, run = 0
        for character in code {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = code.hasPrefix("`") || code.hasSuffix("`") ? " " : ""
        return fence + padding + code + padding + fence
    }

    /// A link destination that Markdown reads back unchanged: the characters
    /// that would end it are percent-encoded, as a browser would send them.
    private static func linkDestination(_ url: String) -> String {
        guard url.contains(where: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "<" || $0 == ">" }) else { return url }
        var result = ""
        for character in url {
            switch character {
            case " ": result += "%20"
            case "(": result += "%28"
            case ")": result += "%29"
            case "<": result += "%3C"
            case ">": result += "%3E"
            default: result.append(character)
            }
        }
        return result
    }
}

extension InlineRenderer {
    /// Consumes one HTML tag seen in inline or block HTML.
    fileprivate mutating func consume(_ piece: HTMLFragment.Piece) {
        switch piece {
        case .text(let text): append(text)
        case .lineBreak: lineBreak()
        case .paragraphBreak: pending = max(pending, .paragraph)
        case .linkStart(let url): openLink(url, fromHTML: true)
        case .linkEnd: closeLink(fromHTML: true)
        case .strong: if mode == .markdown { append("**") }
        case .emphasis: if mode == .markdown { append("*") }
        case .code: if mode == .markdown { append("`") }
        }
    }
}

extension StringProtocol {
    func trimmingTrailingSpaces() -> Substring {
        var text = Substring(self)
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }

    func trimmingTrailingNewlines() -> String {
        var text = String(self)
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
