/// A field of a model.
public struct Field: Codable, Hashable, Sendable {
    public var name: String
    /// The type as the page spells it, Markdown stripped; ``typeRef`` is its parsed form.
    public var type: String {
        didSet { typeRef = TypeRef(parsing: type) }
    }
    /// ``type`` parsed once, when the row is read: what every consumer compares and maps.
    public private(set) var typeRef: TypeRef
    /// `false` where the table has no "required" column (response models).
    public var required: Bool
    public var `default`: String?
    public var description: String
    /// The page line of the row, for diagnostics; 0 when unknown. Not part of
    /// the IR's JSON, nor of equality.
    public var line: Int = 0

    /// A field; `typeRef` is parsed from `type` unless the caller parsed it already.
    public init(
        name: String, type: String, typeRef: TypeRef? = nil, required: Bool = false, default: String? = nil,
        description: String, line: Int = 0
    ) {
        self.name = name
        self.type = type
        self.typeRef = typeRef ?? TypeRef(parsing: type)
        self.required = required
        self.default = `default`
        self.description = description
        self.line = line
    }

    public static func == (a: Field, b: Field) -> Bool {
        (a.name, a.type, a.required, a.default, a.description) == (b.name, b.type, b.required, b.default, b.description)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(type)
    }

    private enum CodingKeys: String, CodingKey {
        case name, type, required, `default`, description
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            type: try container.decode(String.self, forKey: .type),
            required: try container.decode(Bool.self, forKey: .required),
            default: try container.decodeIfPresent(String.self, forKey: .default),
            description: try container.decode(String.self, forKey: .description))
    }

    // Written by hand so that a blank default is `null` in the JSON, not a missing key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(type, forKey: .type)
        try container.encode(required, forKey: .required)
        try container.encode(self.default, forKey: .default)
        try container.encode(description, forKey: .description)
    }
}

/// A top-level row of the response parameter table (`requestId`, `result`).
public struct ResponseField: Codable, Hashable, Sendable {
    public var name: String
    /// The type as the page spells it; ``typeRef`` is its parsed form.
    public var type: String {
        didSet { typeRef = TypeRef(parsing: type) }
    }
    /// ``type`` parsed once, when the row is read.
    public private(set) var typeRef: TypeRef
    public var description: String
    /// The page line of the row, for diagnostics; 0 when unknown. Not part of
    /// the IR's JSON, nor of equality.
    public var line: Int = 0

    /// A response row; `typeRef` is parsed from `type` unless the caller parsed it already.
    public init(name: String, type: String, typeRef: TypeRef? = nil, description: String, line: Int = 0) {
        self.name = name
        self.type = type
        self.typeRef = typeRef ?? TypeRef(parsing: type)
        self.description = description
        self.line = line
    }

    private enum CodingKeys: String, CodingKey {
        case name, type, description
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            type: try container.decode(String.self, forKey: .type),
            description: try container.decode(String.self, forKey: .description))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(type, forKey: .type)
        try container.encode(description, forKey: .description)
    }

    public static func == (a: ResponseField, b: ResponseField) -> Bool {
        (a.name, a.type, a.description) == (b.name, b.type, b.description)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(type)
    }
}

/// A named structure declared on a page by a `###` heading and its field table.
public struct Model: Codable, Hashable, Sendable {
    public var name: String
    public var fields: [Field]
    /// The page line of the `###` heading, for diagnostics; 0 when unknown.
    /// Not part of the IR's JSON, nor of equality.
    public var line: Int = 0

    public init(name: String, fields: [Field], line: Int = 0) {
        self.name = name
        self.fields = fields
        self.line = line
    }

    private enum CodingKeys: String, CodingKey {
        case name, fields
    }

    public static func == (a: Model, b: Model) -> Bool {
        a.name == b.name && a.fields == b.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(fields)
    }
}

/// One row of the response code table.
public struct ResponseCode: Codable, Hashable, Sendable {
    /// The code as written (`200`, `NOT_FOUND`).
    public var code: String
    public var description: String

    public init(code: String, description: String) {
        self.code = code
        self.description = description
    }
}
