extension Unicode.Scalar {
    /// White space as Unicode defines it, answered without a property-table
    /// look-up: the parser asks this of every character of every page.
    public var isSpaceOrLineBreak: Bool {
        switch value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    public func trimmingWhitespace() -> String {
        let text = Substring(self)
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpaceOrLineBreak }),
              let last = scalars.lastIndex(where: { !$0.isSpaceOrLineBreak })
        else { return "" }
        return String(text[first..<scalars.index(after: last)])
    }

    /// Runs of white space (line breaks and non-breaking spaces included) as one space, trimmed.
    public func collapsingWhitespace() -> String {
        let text = Substring(self)
        let scalars = text.unicodeScalars
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var runStart: String.Index?
        var owesSpace = false
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if scalars[index].isSpaceOrLineBreak || scalars[index] == "\u{FEFF}" {
                if let start = runStart {
                    result += text[start..<index]
                    runStart = nil
                    owesSpace = true
                }
            } else if runStart == nil {
                if owesSpace { result += " " }
                owesSpace = false
                runStart = index
            }
            index = scalars.index(after: index)
        }
        if let start = runStart { result += text[start...] }
        return result
    }
}
