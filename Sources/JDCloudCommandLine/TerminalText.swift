/// Page Markdown made readable in a terminal, and wrapped to a width.
enum TerminalText {
    /// The width help text is wrapped to.
    static let width = 80

    /// `[text](url)` → `text (url)`; the marks of `**bold**` and of code spans dropped.
    /// Line breaks are kept.
    static func plain(_ markdown: String) -> String {
        var result = ""
        var rest = Substring(markdown)
        while let open = rest.firstIndex(of: "[") {
            result += rest[..<open]
            let afterOpen = rest[rest.index(after: open)...]
            if let close = afterOpen.firstIndex(of: "]"),
                afterOpen[close...].dropFirst().first == "(",
                let end = afterOpen[close...].firstIndex(of: ")")
            {
                let text = afterOpen[..<close]
                let url = afterOpen[afterOpen.index(close, offsetBy: 2)..<end]
                result += text == url ? "\(url)" : "\(text) (\(url))"
                rest = afterOpen[afterOpen.index(after: end)...]
            } else {
                result += "["
                rest = afterOpen
            }
        }
        result += rest
        return result.replacingAll("**", with: "").replacingAll("`", with: "")
    }

    /// A blank line between the lines of page text (each line break on a page
    /// starts a paragraph), except between the items of a list.
    static func separatingParagraphs(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        var result = ""
        for (index, line) in lines.enumerated() {
            if index > 0 { result += isListItem(line) && isListItem(lines[index - 1]) ? "\n" : "\n\n" }
            result += line
        }
        return result
    }

    private static func isListItem(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " }
        if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") { return true }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && trimmed.dropFirst(digits.count).hasPrefix(". ")
    }

    /// The text wrapped at word boundaries to `width` columns, every line
    /// starting with `indent`; the text's own line breaks are kept.
    static func wrap(_ text: String, indent: String, width: Int = TerminalText.width) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = indent
            for word in paragraph.split(separator: " ") {
                if line.count > indent.count && line.count + 1 + word.count > width {
                    lines.append(line)
                    line = indent
                }
                line += (line.count > indent.count ? " " : "") + word
            }
            lines.append(line.count > indent.count ? line : "")
        }
        // Page text often ends with blank lines; they add nothing here.
        while lines.last == "" { lines.removeLast() }
        return lines
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
