/// Where a request parameter travels on the wire.
public enum ParameterLocation: String, Codable, Hashable, Sendable, CaseIterable {
    /// A placeholder of the path.
    case path
    case query, body, header
    /// A placeholder of the host only (`monitor.{regionId}.jdcloud-api.com`).
    case host

    /// Hosts, path segments and headers carry one piece of text; query and body carry structures.
    public var holdsText: Bool { self == .path || self == .header || self == .host }

    /// Whether the value fills a placeholder of the address (host or path).
    public var isPlaceholder: Bool { self == .path || self == .host }
}

/// One request parameter of an operation.
public struct Parameter: Codable, Hashable, Sendable {
    /// The wire name, exactly as the page spells it.
    public var name: String
    /// The type as the page spells it, Markdown stripped (`String[]`, `Filter[]`);
    /// ``typeRef`` is its parsed form.
    public var type: String {
        didSet { typeRef = TypeRef(parsing: type) }
    }
    /// ``type`` parsed once, when the row is read: what every consumer compares and maps.
    public private(set) var typeRef: TypeRef
    public var required: Bool
    /// The default value as written, `nil` when the cell is blank.
    public var `default`: String?
    /// Clean Markdown.
    public var description: String
    public var location: ParameterLocation
    /// The page line of the row, for diagnostics; 0 when unknown. Not part of
    /// the IR's JSON, nor of equality.
    public var line: Int = 0

    /// A parameter; `typeRef` is parsed from `type` unless the caller parsed it already.
    public init(
        name: String, type: String, typeRef: TypeRef? = nil, required: Bool, default: String? = nil,
        description: String, location: ParameterLocation, line: Int = 0
    ) {
        self.name = name
        self.type = type
        self.typeRef = typeRef ?? TypeRef(parsing: type)
        self.required = required
        self.default = `default`
        self.description = description
        self.location = location
        self.line = line
    }

    private enum CodingKeys: String, CodingKey {
        case name, type, required, `default`, description, location
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            type: try container.decode(String.self, forKey: .type),
            required: try container.decode(Bool.self, forKey: .required),
            default: try container.decodeIfPresent(String.self, forKey: .default),
            description: try container.decode(String.self, forKey: .description),
            location: try container.decode(ParameterLocation.self, forKey: .location))
    }

    // Written by hand so that a blank default is `null` in the JSON, not a missing key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(type, forKey: .type)
        try container.encode(required, forKey: .required)
        try container.encode(self.default, forKey: .default)
        try container.encode(description, forKey: .description)
        try container.encode(location, forKey: .location)
    }

    public static func == (a: Parameter, b: Parameter) -> Bool {
        (a.name, a.type, a.required, a.default, a.description, a.location) == (
            b.name, b.type, b.required, b.default, b.description, b.location
        )
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(type)
        hasher.combine(location)
    }
}
