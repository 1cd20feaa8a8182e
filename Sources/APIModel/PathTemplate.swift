/// Reads `{placeholder}` names out of a path template.
public enum PathTemplate {
    public static func placeholders(in path: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in path {
            switch character {
            case "{": current = ""
            case "}":
                if let name = current, !name.isEmpty, !names.contains(name) { names.append(name) }
                current = nil
            default: current?.append(character)
            }
        }
        return names
    }
}
