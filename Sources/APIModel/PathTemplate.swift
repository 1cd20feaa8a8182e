/// Reads `{placeholder}` names out of a path template.
public enum PathTemplate {
    public static func placeholders(in path: String) -> [String] {
        var names: [String] = []
        // `{` and `}` are ASCII: find them on the bytes and slice the names out.
        let bytes = path.utf8
        var open: String.UTF8View.Index?
        var index = bytes.startIndex
        while index < bytes.endIndex {
            switch bytes[index] {
            case UInt8(ascii: "{"):
                open = bytes.index(after: index)
            case UInt8(ascii: "}"):
                if let start = open, start < index {
                    let name = String(Substring(bytes[start..<index]))
                    if !names.contains(name) { names.append(name) }
                }
                open = nil
            default:
                break
            }
            index = bytes.index(after: index)
        }
        return names
    }
}
