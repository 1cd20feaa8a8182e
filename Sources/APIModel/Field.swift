/// A field of a model.
public struct Field: Codable, Hashable, Sendable {
    public var name: String
    /// The type as the page spells it, Markdown stripped.
    public var type: String
    /// `false` where the table has no "required" column (response models).
    public var required: Bool
    public var `default`: String?
    public var description: String
    /// The page line of the row, for diagnostics; 0 when unknown. Not part of
    /// the IR's JSON, nor of equality.
    public var line: Int = 0

    public init(name: String, type: String, required: Bool = false, default: String? = nil, description: String, line: Int = 0) {
        self.name = name
        self.type = type
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

    // Written by hand so that a blank default is `null` in the JSON, not a missing key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(type, forKey: .type)
        try container.encode(required, forKey: .required)
        try container.encode(self.default, forKey: .default)
        try container.encode(description, forKey: .description)
    }

    public var typeRef: TypeRef { TypeRef(parsing: type) }
}

/// A top-level row of the response parameter table (`requestId`, `result`).
public struct ResponseField: Codable, Hashable, Sendable {
    public var name: String
    public var type: String
    public var description: String
    /// The page line of the row, for diagnostics; 0 when unknown. Not part of
    /// the IR's JSON, nor of equality.
    public var line: Int = 0

    public init(name: String, type: String, description: String, line: Int = 0) {
        self.name = name
        self.type = type
        self.description = description
        self.line = line
    }

    private enum CodingKeys: String, CodingKey {
        case name, type, description
    }

    public static func == (a: ResponseField, b: ResponseField) -> Bool {
        (a.name, a.type, a.description) == (b.name, b.type, b.description)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(type)
    }

    public var typeRef: TypeRef { TypeRef(parsing: type) }
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
