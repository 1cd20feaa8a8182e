/// Line layout the templates share, so that generated code is what
/// `swift-format` (the committed `.swift-format`: 120 columns) would write.
enum SwiftLayout {
    static let lineLength = 120

    /// Whether `line` (its indentation included) fits.
    static func fits(_ line: String) -> Bool { line.count <= lineLength }

    /// `label: value` at `indent`, or, when that is too long, the label alone
    /// and the value on the next line, indented once more.
    static func argument(_ label: String, _ value: String, indent: String, suffix: String = ",") -> String {
        let line = "\(indent)\(label): \(value)\(suffix)"
        return fits(line) ? line + "\n" : "\(indent)\(label):\n\(indent)    \(value)\(suffix)\n"
    }

    /// `callee(a, b)` on one line when it fits, else one argument per line
    /// under `callee(`, the closing parenthesis after the last.
    static func call(_ callee: String, _ arguments: [String], indent: String, suffix: String = "") -> String {
        let line = "\(indent)\(callee)(\(arguments.joined(separator: ", ")))\(suffix)"
        if fits(line) || arguments.isEmpty { return line + "\n" }
        let inner = indent + "    "
        var text = "\(indent)\(callee)(\n"
        for (index, argument) in arguments.enumerated() {
            let last = index == arguments.count - 1
            let end = last ? ")\(suffix)" : ","
            // Arguments are `label: value`, and labels are identifiers: the first colon ends the label.
            if let colon = argument.firstIndex(of: ":"), !fits(inner + argument + end) {
                let value = argument[argument.index(after: colon)...].drop { $0 == " " }
                text += Self.argument(String(argument[..<colon]), String(value), indent: inner, suffix: end)
            } else {
                text += inner + argument + end + "\n"
            }
        }
        return text
    }

    /// The separator after element `index` of `count` in a multi-line
    /// literal: a comma after each, none after a single element (swift-format's rule).
    static func elementSuffix(count: Int) -> String { count == 1 ? "" : "," }
}
