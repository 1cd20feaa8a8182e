import APIModel

/// Every Swift identifier the emitter writes comes from here.
///
/// Wire names (`x-jdcloud-pin`, `filters.1.name`, `1stDisk`, `名称`) become
/// ASCII identifiers: the name is split at every character that is not an
/// ASCII letter or digit, and the pieces are joined in camel case. Nothing
/// else of a page's text ever reaches the output as code.
public enum Naming {
    /// Swift keywords and contextual words that are escaped with backticks
    /// when they are used as a member name. Escaping a word that needs no
    /// escaping is harmless, so the list errs on the side of escaping.
    public static let keywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate",
        "func", "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "package",
        "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript",
        "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else",
        "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where",
        "while", "as", "false", "is", "nil", "self", "super", "throws", "true", "try", "await", "async",
        "any", "some", "actor", "macro", "isolated", "each", "consume", "copy", "discard", "get", "set",
        "willSet", "didSet", "mutating", "nonmutating", "lazy", "weak", "unowned", "optional", "required",
        "convenience", "dynamic", "final", "indirect", "infix", "prefix", "postfix", "override",
        "Any", "Self", "Type", "Protocol",
    ]

    /// Member names that cannot be used even with backticks, or that would
    /// collide with what the generated types and their protocols declare.
    /// They get the suffix `Value`.
    public static let reservedMemberNames: Set<String> = [
        "self", "Self", "super", "init", "deinit", "subscript", "Type", "Protocol",
        "descriptor", "pathParameters", "headerParameters", "hashValue", "hash", "encode",
        "Response", "CodingKeys",
    ]

    /// Type names that would shadow a Swift, Foundation or runtime name that
    /// the generated code or its users need. They get the suffix `Model`.
    public static let reservedTypeNames: Set<String> = [
        "Any", "AnyObject", "Array", "Bool", "Character", "Codable", "CodingKey", "CodingKeys", "Data",
        "Date", "Decimal", "Decodable", "Decoder", "Dictionary", "Double", "Encodable", "Encoder",
        "Equatable", "Error", "Float", "Hashable", "Identifiable", "Int", "Int32", "Int64", "Never",
        "Optional", "Protocol", "Range", "Result", "Self", "Sendable", "Sequence", "Set", "String",
        "Substring", "Task", "Type", "UInt", "URL", "UUID", "Void", "Collection", "Element", "Key",
        "Value", "Response", "Request", "JSONValue", "JSONEncoder", "JSONDecoder", "Indirect",
        "JDCloudClient", "JDCloudConfiguration", "JDCloudOperation", "JDCloudCore", "OperationDescriptor",
        "Method", "Foundation", "Swift", "JDCloudCommand", "CommandInput", "CommandParameter", "CommandUsageError",
    ]

    /// The pieces of a wire name (see ``WordCase/words(_:)``).
    static func words(_ wire: String) -> [String] { WordCase.words(wire) }

    /// `x-jdcloud-pin` → `xJdcloudPin` (see ``WordCase/lowerCamelCase(_:fallback:)``).
    public static func lowerCamelCase(_ wire: String, fallback: String = "value") -> String {
        WordCase.lowerCamelCase(wire, fallback: fallback)
    }

    /// `instanceSpec` → `InstanceSpec` (see ``WordCase/upperCamelCase(_:fallback:)``).
    public static func upperCamelCase(_ wire: String, fallback: String = "Model") -> String {
        WordCase.upperCamelCase(wire, fallback: fallback)
    }

    /// `rebuildInstance` → `rebuild-instance` (see ``WordCase/kebabCase(_:fallback:)``).
    public static func kebabCase(_ wire: String, fallback: String = "operation") -> String {
        WordCase.kebabCase(wire, fallback: fallback)
    }

    /// The property name for a wire name, unescaped: lower camel case, with
    /// reserved member names suffixed. Use ``escaped(_:)`` where it is written.
    public static func memberName(_ wire: String, fallback: String = "value") -> String {
        let name = lowerCamelCase(wire, fallback: fallback)
        return reservedMemberNames.contains(name) ? name + "Value" : name
    }

    /// The type name for a model name: upper camel case, with names that
    /// shadow Swift, Foundation or runtime names suffixed with `Model`.
    public static func typeName(_ wire: String, fallback: String = "Model") -> String {
        let name = upperCamelCase(wire, fallback: fallback)
        return reservedTypeNames.contains(name) ? name + "Model" : name
    }

    /// The name as written in source: keywords in backticks.
    public static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// The name as an argument label in a call: only `inout`, `var` and `let`
    /// need backticks there, and escaping any other keyword draws a warning.
    public static func argumentLabel(_ identifier: String) -> String {
        ["inout", "var", "let"].contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// The module name of a service: `vm` → `JDCloudVM`, `redis` → `JDCloudRedis`.
    public static func moduleName(service: String) -> String {
        "JDCloud" + serviceStem(service)
    }

    /// The client type of a service: `vm` → `VMClient`.
    public static func clientName(service: String) -> String {
        serviceStem(service) + "Client"
    }

    /// The command table of a service: `vm` → `VMCommands`.
    public static func commandsName(service: String) -> String {
        serviceStem(service) + "Commands"
    }

    /// Services of at most three letters are upper-cased, longer ones
    /// capitalised; everything that is not an ASCII letter or digit is removed.
    static func serviceStem(_ service: String) -> String {
        let joined = words(service).joined()
        guard !joined.isEmpty else { return "Service" }
        let stem = joined.count <= 3 ? joined.uppercased() : WordCase.capitalized(joined)
        return WordCase.prefixedIfLeadingDigit(stem)
    }

}

/// Hands out names that are unique within one scope, in the order asked.
/// A name already taken gets the smallest numeric suffix from 2 that is free.
struct NameScope {
    private var taken: Set<String> = []
    private let caseInsensitive: Bool

    init(reserved: [String] = [], caseInsensitive: Bool = false) {
        self.caseInsensitive = caseInsensitive
        for name in reserved { taken.insert(key(name)) }
    }

    private func key(_ name: String) -> String { caseInsensitive ? name.lowercased() : name }

    func isTaken(_ name: String) -> Bool { taken.contains(key(name)) }

    /// Claims `name`, or `name2`, `name3`... Returns the claimed name.
    mutating func claim(_ name: String) -> String {
        var candidate = name
        var suffix = 2
        while taken.contains(key(candidate)) {
            candidate = name + String(suffix)
            suffix += 1
        }
        taken.insert(key(candidate))
        return candidate
    }

    mutating func reserve(_ name: String) { taken.insert(key(name)) }
}
