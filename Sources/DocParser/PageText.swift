#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns the bytes of a page file into text the parser can trust:
/// valid UTF-8 without a byte-order mark, `\n` line endings, no NUL bytes,
/// non-breaking spaces as ordinary spaces.
enum PageText {
    enum Problem: Error, Equatable {
        case empty
        case binary(offset: Int)
        case invalidUTF8(line: Int, column: Int)

        var message: String {
            switch self {
            case .empty: return "the page is empty"
            case .binary(let offset):
                return "the file holds binary data (NUL byte at offset \(offset)); not a Markdown page"
            case .invalidUTF8: return "the file is not valid UTF-8; save the page as UTF-8"
            }
        }

        var line: Int {
            if case .invalidUTF8(let line, _) = self { return line }
            return 1
        }

        var column: Int {
            if case .invalidUTF8(_, let column) = self { return column }
            return 1
        }
    }

    static func decode(_ bytes: [UInt8]) -> Result<String, Problem> {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let body = bytes[start...]
        // One pass over the bytes for what the checks below need to know.
        var blank = true, nul: Int?, hasCR = false, hasNonBreakingSpace = false
        body.withUnsafeBufferPointer { bytes in
            var previous: UInt8 = 0
            for (offset, byte) in bytes.enumerated() {
                switch byte {
                case 0x20, 0x09, 0x0A: break
                case 0x0D: hasCR = true
                case 0: if nul == nil { nul = start + offset }; blank = false
                case 0xA0: if previous == 0xC2 { hasNonBreakingSpace = true }; blank = false
                default: blank = false
                }
                previous = byte
            }
        }
        if blank { return .failure(.empty) }
        if let nul { return .failure(.binary(offset: nul)) }
        // Decoding replaces what is not UTF-8; when the text differs from the
        // bytes, find the first bad byte to point at it.
        var decoded = String(decoding: body, as: UTF8.self)
        let unchanged = decoded.withUTF8 { text in
            body.withUnsafeBufferPointer { bytes in
                text.count == bytes.count
                    && (bytes.isEmpty || memcmp(text.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
            }
        }
        if !unchanged, let bad = firstInvalidUTF8(body) {
            let before = bytes[..<bad]
            let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            return .failure(.invalidUTF8(line: line, column: bad - lineStart + 1))
        }
        // Line endings and non-breaking spaces are fixed on the bytes: most
        // pages have neither, and then the bytes become the text as they are.
        guard hasCR || hasNonBreakingSpace else { return .success(decoded) }
        var normalized: [UInt8] = []
        normalized.reserveCapacity(body.count)
        var index = body.startIndex
        while index < body.endIndex {
            let byte = body[index]
            index += 1
            switch byte {
            case 0x0D:
                // CRLF and a lone CR both become LF.
                normalized.append(0x0A)
                if index < body.endIndex, body[index] == 0x0A { index += 1 }
            case 0xC2 where index < body.endIndex && body[index] == 0xA0:
                normalized.append(0x20)
                index += 1
            default:
                normalized.append(byte)
            }
        }
        return .success(String(decoding: normalized, as: UTF8.self))
    }

    /// The offset of the first byte that does not start a well-formed
    /// UTF-8 sequence (overlong forms, surrogates and values past U+10FFFF rejected).
    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= end else { return index }
            let second = bytes[index + 1]
            guard second >= low, second <= high else { return index }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }
}

extension StringProtocol {
    /// The text's lines, split at `\n` only (the page text has no other line ends).
    var lineSlices: [Substring] {
        var text = Substring(self)
        let ends = text.withUTF8 { bytes in bytes.indices.filter { bytes[$0] == 0x0A } }
        var lines: [Substring] = []
        lines.reserveCapacity(ends.count + 1)
        let utf8 = text.utf8
        var start = utf8.startIndex
        for end in ends {
            let index = utf8.index(utf8.startIndex, offsetBy: end)
            lines.append(Substring(utf8[start..<index]))
            start = utf8.index(after: index)
        }
        lines.append(Substring(utf8[start...]))
        return lines
    }
}
