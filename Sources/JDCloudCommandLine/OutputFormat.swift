import Foundation
import JDCloudCore

/// How `jdcloud` prints a reply: `--output json|table|text`.
enum OutputFormat: String, CaseIterable, Sendable {
    /// The whole reply as pretty JSON (the default).
    case json
    /// The result's array of objects as aligned columns, or one object as key/value rows.
    case table
    /// The same rows as tab-separated values without a header, for `cut` and `awk`.
    case text

    /// The reply in this format, ending in a newline.
    func render(_ reply: JSONValue, width: Int) throws -> String {
        switch self {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(reply), as: UTF8.self) + "\n"
        case .table, .text:
            let rows = ReplyRows(reply)
            return self == .table ? rows.table(width: width) : rows.tabSeparated()
        }
    }
}

/// The rows a reply shows as: one per item of the result's array of objects
/// (scalar fields as columns, in the order they first appear), or one per
/// field of a single object.
struct ReplyRows {
    var header: [String]
    var rows: [[String]]

    init(_ reply: JSONValue) {
        let result = reply["result"] ?? reply
        if let items = Self.items(in: result) {
            var columns: [String] = []
            for case .object(let members) in items {
                for key in members.keys.sorted() where !columns.contains(key) { columns.append(key) }
            }
            // Identifiers, names and states first, nested values last: what a reader scans for.
            let nested = Set(columns.filter { key in items.contains { Self.isNested($0[key]) } })
            columns = columns.enumerated().sorted { a, b in
                (Self.rank(a.element, nested: nested), a.offset) < (Self.rank(b.element, nested: nested), b.offset)
            }.map(\.element)
            header = columns
            rows = items.map { item in columns.map { Self.cell(item[$0]) } }
        } else if case .object(let members) = result {
            header = ["field", "value"]
            rows = members.keys.sorted().map { [$0, Self.cell(members[$0])] }
        } else {
            header = ["value"]
            rows = [[Self.cell(result)]]
        }
    }

    private static func isNested(_ value: JSONValue?) -> Bool {
        switch value {
        case .array?, .object?: return true
        default: return false
        }
    }

    private static func rank(_ key: String, nested: Set<String>) -> Int {
        if nested.contains(key) { return 4 }
        let lower = key.lowercased()
        if lower.hasSuffix("id") { return 0 }
        if lower.hasSuffix("name") { return 1 }
        if lower == "status" || lower == "state" { return 2 }
        return 3
    }

    /// The result itself when it is an array of objects, else its one member that is.
    private static func items(in result: JSONValue) -> [JSONValue]? {
        func isObjects(_ value: JSONValue) -> [JSONValue]? {
            guard case .array(let elements) = value,
                elements.allSatisfy({ if case .object = $0 { true } else { false } })
            else { return nil }
            return elements
        }
        if let items = isObjects(result) { return items }
        guard case .object(let members) = result else { return nil }
        // An empty array is an array of objects too; it only decides when it is the only array.
        let arrays = members.values.compactMap(isObjects)
        let filled = arrays.filter { !$0.isEmpty }
        if filled.count == 1 { return filled[0] }
        return filled.isEmpty && arrays.count == 1 ? arrays[0] : nil
    }

    /// A scalar as it reads; nested values abbreviated.
    private static func cell(_ value: JSONValue?) -> String {
        switch value {
        case nil, .null?: return ""
        case .bool(let flag)?: return flag ? "true" : "false"
        case .int(let number)?: return String(number)
        case .double(let number)?:
            return number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .string(let text)?:
            return text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
        case .array(let elements)?: return elements.isEmpty ? "[]" : "[\(elements.count) items]"
        case .object(let members)?: return members.isEmpty ? "{}" : "{…}"
        }
    }

    /// Aligned columns under a header, fitted into `width` terminal columns:
    /// a column is at most 32 wide (longer cells are cut, marked `…`), the
    /// last columns that do not fit are left out, and a last line names them.
    /// Widths are what a terminal shows: Chinese characters take two columns.
    func table(width: Int) -> String {
        guard !header.isEmpty else { return "(no items)\n" }
        let lines = [header] + rows
        var widths = header.indices.map { column in min(32, lines.map { Self.displayWidth($0[column]) }.max() ?? 0) }
        func total(_ count: Int) -> Int { widths.prefix(count).reduce(0, +) + 2 * max(count - 1, 0) }
        var shown = widths.count
        while shown > 1, total(shown) > width { shown -= 1 }
        if total(shown) > width { widths[0] = max(width, 4) }
        var text =
            lines.map { line in
                line.prefix(shown).indices.map { column in
                    let fitted = Self.fitted(line[column], to: widths[column])
                    let padding = column == shown - 1 ? 0 : widths[column] - Self.displayWidth(fitted)
                    return fitted + String(repeating: " ", count: max(padding, 0))
                }.joined(separator: "  ")
            }.joined(separator: "\n") + "\n"
        if shown < header.count {
            text +=
                "(\(header.count - shown) more columns: \(header[shown...].joined(separator: ", ")); see --output json)\n"
        }
        return text
    }

    /// `text` cut to `width` columns, the cut marked `…`.
    static func fitted(_ text: String, to width: Int) -> String {
        guard displayWidth(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let next = displayWidth(String(character))
            if used + next > width - 1 { break }
            result.append(character)
            used += next
        }
        return result + "…"
    }

    /// The columns a terminal gives `text`: two for East Asian wide and
    /// full-width characters and for emoji, one for the rest.
    static func displayWidth(_ text: String) -> Int {
        text.reduce(0) { width, character in
            guard let scalar = character.unicodeScalars.first else { return width }
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
                0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
                0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
                return width + 2
            default:
                return width + 1
            }
        }
    }

    /// The rows, tab-separated, without the header.
    func tabSeparated() -> String {
        rows.map { $0.joined(separator: "\t") + "\n" }.joined()
    }
}
