import APIModel

// The prepared view of the IR that the templates read. Every name in it is
// a valid, unique Swift identifier and every type is a resolved Swift type;
// templates only lay it out.

/// One service: one module, one client.
public struct ServicePlan: Sendable, Hashable {
    /// The service name, the first host label (`vm`).
    public var service: String
    public var host: String
    /// `JDCloudVM`
    public var moduleName: String
    /// `VMClient`
    public var clientName: String
    /// `VMCommands`: the command table of the `jdcloud` command line.
    public var commandsName: String
    /// `JDCloudVMCommands`: the module of the command table, which only `jdcloud` links.
    public var commandsModuleName: String { moduleName + "Commands" }
    public var operations: [OperationPlan]
    /// Models emitted once, in `Models/<Name>.swift`.
    public var sharedModels: [ModelPlan]
}

/// One operation: the request, the response and the models only its page uses.
public struct OperationPlan: Sendable, Hashable {
    /// The name as the page titles it (`rebuildInstance`).
    public var wireName: String
    /// The page, as shown in the file header (relative to the source root).
    public var source: String
    /// `rebuildInstance`, the client method.
    public var methodName: String
    /// `rebuild-instance`, the command of the `jdcloud` command line; unique in the service.
    public var commandName: String
    /// `RebuildInstance`: the stem of the type names and of the file name.
    public var typeStem: String
    /// The file name without `.swift`; usually ``typeStem``.
    public var fileName: String
    public var requestName: String
    public var responseName: String
    /// The `OperationDescriptor.Method` case (`post`).
    public var methodCase: String
    /// `POST`
    public var httpMethod: String
    /// The host template (`vm.jdcloud-api.com`, `monitor.{regionId}.jdcloud-api.com`).
    public var host: String
    public var version: String
    public var path: String
    public var description: String
    /// In page order.
    public var parameters: [PropertyPlan]
    public var response: ResponsePlan
    /// Models defined on this page that are not shared, named `<Operation><Model>`.
    public var localModels: [ModelPlan]
    /// How to page through the operation, when it is paginated (see ``PaginationPlan``).
    public var pagination: PaginationPlan? = nil

    /// The values of the address's placeholders, host and path.
    public var pathParameters: [PropertyPlan] { parameters.filter { $0.location?.isPlaceholder == true } }
    public var headerParameters: [PropertyPlan] { parameters.filter { $0.location == .header } }
    /// The first non-empty line of ``description``: the one-line summary.
    public var summary: String {
        // Scalars, not Characters: the same line ends, without grapheme breaking.
        description.unicodeScalars.split {
            (0x0A...0x0D).contains($0.value) || [0x85, 0x2028, 0x2029].contains($0.value)
        }
        .lazy
        .map { Substring($0).trimmingWhitespace() }
        .first { !$0.isEmpty } ?? ""
    }
    /// Whether the operation takes a `clientToken` string, which the runtime
    /// fills once per call so that the call can be retried safely.
    public var usesClientToken: Bool { parameters.contains { $0.wireName == "clientToken" && $0.type == "String" } }
    /// Whether a parameter is filled from the client's region when left `nil`.
    public var usesClientRegion: Bool { parameters.contains(where: \.usesClientRegion) }
    /// Whether some parameter is a secret, so the request gets a redacting description.
    public var hasSecrets: Bool { parameters.contains(where: \.isSecret) }
    /// Query and body parameters: what the request's `Encodable` conformance writes.
    public var codingParameters: [PropertyPlan] { parameters.filter { $0.location == .query || $0.location == .body } }
    /// Required first in page order, then optional ones in page order.
    public var initParameters: [PropertyPlan] { parameters.filter { !$0.isOptional } + parameters.filter(\.isOptional) }
}

/// An operation that lists page by page: `pageNumber` and `pageSize`
/// parameters, and a result with a `totalCount` and one array of items.
public struct PaginationPlan: Sendable, Hashable {
    /// The request's page number and page size.
    public var pageNumber: PropertyPlan
    public var pageSize: PropertyPlan
    /// The result's array of items and its total, by Swift name and by wire name.
    public var items: String
    public var totalCount: String
    public var itemsWireName: String
    public var totalCountWireName: String
    /// The Swift type of `totalCount` (`Int`, `Int64` or `Double`).
    public var totalCountType: String
    /// The page size the service uses when the request gives none, when the page says.
    public var defaultPageSize: Int?
}

/// The reply's shape.
public struct ResponsePlan: Sendable, Hashable {
    /// The Swift type of `result`; `nil` when the page documents no result.
    public var resultType: String?
    public var resultDescription: String
}

/// A stored property: a request parameter or a model field.
public struct PropertyPlan: Sendable, Hashable {
    /// The exact wire name.
    public var wireName: String
    /// The Swift name, unescaped (`default`).
    public var name: String
    /// The Swift type without the optional mark (`[Filter]`).
    public var type: String
    /// The type as the page spells it (`Filter[]`).
    public var pageType: String
    public var isOptional: Bool
    /// A password, secret, token (not `clientToken`) or private key: shown as
    /// `<redacted>` in descriptions and dumps (see ``SecretRule``).
    public var isSecret: Bool = false
    /// The option of the `jdcloud` command line (`instance-id` for `--instance-id`), for request parameters.
    public var optionName: String?
    /// The page requires it, but the runtime fills it from the client's
    /// region when left `nil` (`regionId`); then ``isOptional`` is true.
    public var usesClientRegion: Bool = false
    /// Stored through `@Indirect` because the model contains itself.
    public var isIndirect: Bool
    /// How to turn the value into a path or header string.
    public var stringConversion: StringConversion
    public var location: ParameterLocation?
    public var description: String
    public var defaultValue: String?

    /// The name as written in source: keywords in backticks.
    public var identifier: String { Naming.escaped(name) }
    /// The declared type: `T?` when optional.
    public var declaredType: String { isOptional ? type + "?" : type }
}

/// How a path or header value becomes text. Only scalars travel there: the
/// parser and the planner refuse pages that put anything else in a path or header.
public enum StringConversion: String, Sendable, Hashable {
    /// Already a `String`.
    case none
    /// `String(value)`: integers, doubles, booleans.
    case lossless
}

/// A model: a `Codable` struct.
public struct ModelPlan: Sendable, Hashable {
    /// The name the page gives it (`Instance`, `Result`).
    public var wireName: String
    /// The Swift type name (`Instance`, `DescribeInstancesResult`).
    public var name: String
    /// The file name without `.swift`; usually ``name``.
    public var fileName: String
    /// The page it comes from (the first in sorted order for shared models).
    public var source: String
    /// The operation of that page.
    public var operation: String
    public var isShared: Bool
    public var fields: [PropertyPlan]

    public var initParameters: [PropertyPlan] { fields.filter { !$0.isOptional } + fields.filter(\.isOptional) }
    /// Whether some field is a secret, so the type gets a redacting description.
    public var hasSecrets: Bool { fields.contains(where: \.isSecret) }
    /// Whether some field's Swift name differs from its wire name.
    public var needsCodingKeys: Bool { fields.contains { $0.name != $0.wireName } }
}
