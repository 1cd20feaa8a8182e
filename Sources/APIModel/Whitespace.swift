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
        let text = String(self)
        var copy = text
        return copy.withUTF8 { bytes in
            if isCollapsed(bytes) { return text }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var owesSpace = false
            var index = 0
            while index < bytes.count {
                let length = whitespaceLength(bytes, at: index)
                if length > 0 {
                    owesSpace = !result.isEmpty
                    index += length
                } else {
                    if owesSpace { result.append(0x20) }
                    owesSpace = false
                    result.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }
}

/// True when collapsing would change nothing: no white space but single
/// spaces between other characters. Most cells are like that.
private func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return bytes.isEmpty }
    var previousWasSpace = false
    for (index, byte) in bytes.enumerated() {
        switch byte {
        case 0x20:
            if previousWasSpace { return false }
            previousWasSpace = true
            continue
        case 0x09...0x0D, 0xC2, 0xE1, 0xE2, 0xE3, 0xEF:
            // Lead bytes of the other white space: look closer.
            if whitespaceLength(bytes, at: index) > 0 { return false }
        default:
            break
        }
        previousWasSpace = false
    }
    return true
}

/// The length in bytes of the white space (or byte-order mark) that starts
/// at `index` of valid UTF-8, or 0: the scalars of
/// ``Unicode/Scalar/isSpaceOrLineBreak`` and U+FEFF, matched on their bytes.
private func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let lead = bytes[index]
    switch lead {
    case 0x20, 0x09...0x0D: return 1
    case 0xC2:
        // U+0085, U+00A0
        return index + 1 < bytes.count && (bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0) ? 2 : 0
    case 0xE1, 0xE2, 0xE3, 0xEF:
        guard index + 2 < bytes.count else { return 0 }
        let second = bytes[index + 1], third = bytes[index + 2]
        switch (lead, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : 0  // U+1680
        case (0xE2, 0x80):  // U+2000...U+200A, U+2028, U+2029, U+202F
            return (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0  // U+205F
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0  // U+3000
        case (0xEF, 0xBB): return third == 0xBF ? 3 : 0  // U+FEFF
        default: return 0
        }
    default:
        return 0
    }
}
