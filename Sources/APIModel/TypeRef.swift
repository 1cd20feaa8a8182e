/// The scalar types the JD Cloud pages use.
public enum Primitive: String, Codable, Hashable, Sendable, CaseIterable {
    case string, integer, long, double, boolean
}

/// A parsed type reference.
public indirect enum TypeRef: Codable, Hashable, Sendable {
    case primitive(Primitive)
    case array(TypeRef)
    /// A structure the page (or another page of the service) defines by name.
    case model(String)
    /// Any JSON value: `Object`, `Map`, and types nobody can read.
    case untyped

    /// Parses the type text of a table cell. Never fails: text that is not a
    /// type becomes ``untyped``; ``TypeParse/problem`` says why.
    public init(parsing text: String) {
        self = TypeParse(text).type
    }

    /// The model this type names, itself or as the element of arrays.
    public var modelName: String? {
        switch self {
        case .model(let name): return name
        case .array(let element): return element.modelName
        case .primitive, .untyped: return nil
        }
    }

    /// Whether a value is one string, number or boolean: what a path segment or a header can hold.
    public var isScalar: Bool {
        if case .primitive = self { return true }
        return false
    }
}

/// The result of reading a type cell, with a note when the text is doubtful.
public struct TypeParse: Hashable, Sendable {
    public var type: TypeRef
    /// Why the text was read as untyped although it looked like a type name.
    public var problem: String?

    private static let primitives: [String: Primitive] = [
        "string": .string, "str": .string, "date": .string, "datetime": .string,
        "integer": .integer, "int": .integer, "int32": .integer,
        "long": .long, "int64": .long,
        "number": .double, "double": .double, "float": .double, "decimal": .double, "bigdecimal": .double,
        "boolean": .boolean, "bool": .boolean,
    ]
    /// Spellings that mean "any JSON value" on purpose.
    private static let untypedNames: Set<String> = ["object", "map", "json", "any", "jsonobject"]
    /// Misspellings and bare containers seen in real pages: read as untyped, with a warning.
    private static let doubtfulNames: Set<String> = ["arrary", "array", "list", "objcet", "obejct", "ojbect", "set"]

    public init(_ raw: String) {
        let text = raw.trimmingWhitespace()
        if text.isEmpty {
            self.init(type: .untyped, problem: "empty type")
            return
        }
        // `T[]`, possibly nested.
        if text.utf8.last == UInt8(ascii: "]"), text.utf8.dropLast().last == UInt8(ascii: "[") {
            let inner = TypeParse(String(text.dropLast(2)))
            self.init(type: .array(inner.type), problem: inner.problem)
            return
        }
        // `List<T>`, `Array<T>`, `Set<T>`; `Map<K, V>` is a JSON object.
        if let open = text.utf8.firstIndex(of: UInt8(ascii: "<")), text.utf8.last == UInt8(ascii: ">") {
            let head = text[..<open].lowercased()
            let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            if ["list", "array", "arrary", "set"].contains(head) {
                let element = TypeParse(inner)
                self.init(type: .array(element.type), problem: element.problem)
                return
            }
            self.init(type: .untyped, problem: head == "map" ? nil : "'\(text)' is not a type the generator knows")
            return
        }
        let lower = text.lowercased()
        if let primitive = Self.primitives[lower] {
            self.init(type: .primitive(primitive), problem: nil)
        } else if Self.untypedNames.contains(lower) {
            self.init(type: .untyped, problem: nil)
        } else if Self.doubtfulNames.contains(lower) {
            self.init(type: .untyped, problem: "type '\(text)' is not a known type; read as an untyped JSON value")
        } else if text.isModelName {
            self.init(type: .model(text), problem: nil)
        } else {
            self.init(type: .untyped, problem: "type '\(text)' is not a type name; read as an untyped JSON value")
        }
    }

    public init(type: TypeRef, problem: String?) {
        self.type = type
        self.problem = problem
    }
}

extension String {
    /// ASCII letters, digits and underscores, not starting with a digit:
    /// what a page may use as a model name.
    public var isModelName: Bool {
        guard let first = utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
                return true
            default: return false
            }
        }
    }
}
