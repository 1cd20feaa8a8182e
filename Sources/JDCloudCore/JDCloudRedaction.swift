/// How generated types keep secrets out of prints: their `customMirror`
/// puts ``redacted`` where a password, secret or token would be, and their
/// `description` is ``describe(_:)`` of that mirror.
public enum JDCloudRedaction {
    /// What a secret shows as: `<redacted>`.
    public struct Placeholder: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
        public var description: String { "<redacted>" }
        public var debugDescription: String { description }
    }

    /// The value put in a mirror instead of a secret.
    public static let redacted = Placeholder()

    /// `Type(name: value, …)`, each value as `debugDescription` (`Optional("a")`, `<redacted>`),
    /// the way Swift describes a structure.
    public static func describe(_ mirror: Mirror) -> String {
        let children = mirror.children.map { child in
            (child.label.map { $0 + ": " } ?? "") + String(reflecting: child.value)
        }
        return "\(mirror.subjectType)(" + children.joined(separator: ", ") + ")"
    }
}
