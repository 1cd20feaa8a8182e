/// Splits one line of a pipe table into cells by the GitHub rules: the
/// leading and trailing pipe are optional, `\|` is a literal pipe, and a
/// pipe inside a code span does not split.
enum TableRowSplitter {
    struct Cell: Equatable {
        /// The cell's Markdown source, trimmed, with `\|` unescaped.
        var text: String
        /// 1-based byte column of the cell's first character in the line.
        var column: Int
    }

    static func split(_ line: Substring) -> [Cell] {
        var line = line
        let bytes = line.withUTF8 { Array($0) }
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        if start < end, bytes[start] == pipe { start += 1 }
        if end > start, bytes[end - 1] == pipe, !isEscaped(bytes, end - 1, from: start) { end -= 1 }

        // Without escapes and code spans every pipe splits: slice the line.
        if !bytes[start..<end].contains(where: { $0 == backslash || $0 == backtick }) {
            return plainCells(bytes, start: start, end: end)
        }

        var cells: [Cell] = []
        var current: [UInt8] = []
        var cellStart = start
        var index = start
        func finishCell() {
            var text = current[...]
            var leading = 0
            while let first = text.first, isSpace(first) { text.removeFirst(); leading += 1 }
            while let last = text.last, isSpace(last) { text.removeLast() }
            cells.append(Cell(text: String(decoding: text, as: UTF8.self), column: cellStart + leading + 1))
            current.removeAll(keepingCapacity: true)
        }
        while index < end {
            let byte = bytes[index]
            if byte == backslash, index + 1 < end, bytes[index + 1] == pipe {
                current.append(pipe)
                index += 2
            } else if byte == backslash, index + 1 < end {
                current.append(byte)
                current.append(bytes[index + 1])
                index += 2
            } else if byte == backtick {
                let run = runLength(bytes, from: index, end: end)
                if let close = closingRun(bytes, length: run, from: index + run, end: end) {
                    // Copy the whole code span; `\|` inside it still means `|`.
                    var inner = index
                    while inner < close + run {
                        if bytes[inner] == backslash, inner + 1 < close, bytes[inner + 1] == pipe {
                            current.append(pipe)
                            inner += 2
                        } else {
                            current.append(bytes[inner])
                            inner += 1
                        }
                    }
                    index = close + run
                } else {
                    current.append(contentsOf: bytes[index..<(index + run)])
                    index += run
                }
            } else if byte == pipe {
                finishCell()
                index += 1
                cellStart = index
            } else {
                current.append(byte)
                index += 1
            }
        }
        finishCell()
        return cells
    }

    /// The cells of `bytes[start..<end]` split at every pipe, each trimmed.
    private static func plainCells(_ bytes: [UInt8], start: Int, end: Int) -> [Cell] {
        var cells: [Cell] = []
        var cellStart = start
        while true {
            let cellEnd = bytes[cellStart..<end].firstIndex(of: pipe) ?? end
            var first = cellStart, last = cellEnd
            while first < last, isSpace(bytes[first]) { first += 1 }
            while last > first, isSpace(bytes[last - 1]) { last -= 1 }
            cells.append(Cell(text: String(decoding: bytes[first..<last], as: UTF8.self), column: first + 1))
            guard cellEnd < end else { return cells }
            cellStart = cellEnd + 1
        }
    }

    /// True for a delimiter row such as `|---|:---:|`: pipes, dashes,
    /// colons and spaces only, with at least one pipe and one dash.
    static func isDelimiterRow(_ line: Substring) -> Bool {
        var sawDash = false
        var sawPipe = false
        for byte in line.utf8 {
            switch byte {
            case UInt8(ascii: "-"): sawDash = true
            case pipe: sawPipe = true
            case UInt8(ascii: ":"), 0x20, 0x09: break
            default: return false
            }
        }
        return sawDash && sawPipe
    }

    private static let pipe = UInt8(ascii: "|")
    private static let backslash = UInt8(ascii: "\\")
    private static let backtick = UInt8(ascii: "`")

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    private static func isEscaped(_ bytes: [UInt8], _ index: Int, from start: Int) -> Bool {
        var count = 0
        var cursor = index - 1
        while cursor >= start, bytes[cursor] == backslash { count += 1; cursor -= 1 }
        return count % 2 == 1
    }

    private static func runLength(_ bytes: [UInt8], from index: Int, end: Int) -> Int {
        var length = 0
        while index + length < end, bytes[index + length] == backtick { length += 1 }
        return length
    }

    /// Start of the next backtick run of exactly `length`, if any.
    private static func closingRun(_ bytes: [UInt8], length: Int, from start: Int, end: Int) -> Int? {
        var index = start
        while index < end {
            if bytes[index] == backtick {
                let run = runLength(bytes, from: index, end: end)
                if run == length { return index }
                index += run
            } else {
                index += 1
            }
        }
        return nil
    }
}
