/// Turns any text into a Swift string literal that means exactly that text.
///
/// The literal is always single-line: backslashes and quotes are escaped
/// (so `\(` can never start an interpolation), and every control character,
/// line or paragraph separator and bidirectional formatting character is
/// written as a `\u{...}` escape.
public enum SwiftLiteral {
    /// `"..."`, escaped.
    public static func string(_ text: String) -> String {
        // Most names and paths need no escape at all: quote them whole.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: "\"") }) {
            return "\"" + text + "\""
        }
        // Copy the runs that need nothing whole; escape the scalars between them.
        var result = "\""
        let scalars = text.unicodeScalars
        var runStart = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let escape: String?
            switch scalar {
            case "\\": escape = "\\\\"
            case "\"": escape = "\\\""
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case "\0": escape = "\\0"
            default:
                escape = needsEscape(scalar) ? "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" : nil
            }
            let next = scalars.index(after: index)
            if let escape {
                result += text[runStart..<index]
                result += escape
                runStart = next
            }
            index = next
        }
        result += text[runStart...]
        return result + "\""
    }

    /// Characters that would break a line, be invisible, reorder the text
    /// on screen, or not be valid in source.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return true }
        // Printable ASCII, and the CJK ideographs that fill the Chinese pages, are always plain.
        if scalar.value < 0x7F || (0x4E00...0x9FFF).contains(scalar.value) { return false }
        switch scalar.value {
        case 0x2028, 0x2029: return true  // line and paragraph separators
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF: return true
        default: break
        }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
            return true
        default:
            return false
        }
    }

    /// Text for a `//` line comment: one line, control and formatting
    /// characters replaced by `?`. Used for the file header's page path.
    public static func commentText(_ text: String) -> String {
        if !text.unicodeScalars.contains(where: needsEscape) { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            result.unicodeScalars.append(needsEscape(scalar) ? "?" : scalar)
        }
        return result
    }
}
