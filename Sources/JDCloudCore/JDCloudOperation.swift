/// What the runtime needs to know about an operation to call it.
///
/// Generated `<Operation>Request` types conform to this protocol. They stay
/// thin: the stored properties plus this description. Everything else
/// (path filling, query and body encoding, signing, retries, decoding)
/// is done by ``JDCloudClient``.
///
/// The request's `Encodable` conformance encodes only its query or body
/// parameters, under their wire names; path and header parameters are
/// excluded from its coding keys and exposed through ``pathParameters`` and
/// ``headerParameters`` instead.
public protocol JDCloudOperation: Encodable, Sendable {
    /// The decoded reply: `requestId` plus the typed `result`.
    associatedtype Response: Decodable & Sendable

    /// Method, version and path template of the operation.
    static var descriptor: OperationDescriptor { get }

    /// Values for the `{placeholders}` of the host and path templates, by placeholder name.
    var pathParameters: [String: String] { get }

    /// Header parameters by wire name (`x-jdcloud-pin`), unencoded.
    var headerParameters: [String: String] { get }

    /// The request's region, for operations that take one; the client sets
    /// it from ``JDCloudConfiguration/region`` when the descriptor says
    /// ``OperationDescriptor/usesClientRegion`` and it is `nil`.
    var regionId: String? { get set }

    /// The request's idempotency token, for operations that take one; the
    /// client fills it with a fresh UUID when the descriptor says
    /// ``OperationDescriptor/usesClientToken`` and it is `nil`, and sends the
    /// same token on every attempt of the call.
    var clientToken: String? { get set }
}

extension JDCloudOperation {
    /// No region parameter.
    public var regionId: String? {
        get { nil }
        set {}  // nothing to store
    }

    /// No idempotency token.
    public var clientToken: String? {
        get { nil }
        set {}  // nothing to store
    }

    /// No path parameters: for operations whose template has no placeholders.
    public var pathParameters: [String: String] { [:] }
    /// No header parameters.
    public var headerParameters: [String: String] { [:] }
}

/// The static facts of an operation, from its reference page.
public struct OperationDescriptor: Sendable, Hashable {
    /// The HTTP methods JD Cloud operations use.
    public enum Method: String, Sendable, Hashable, CaseIterable {
        case get = "GET", post = "POST", put = "PUT", patch = "PATCH", delete = "DELETE", head = "HEAD"
    }

    /// The operation name as the page titles it (`rebuildInstance`).
    public var name: String
    /// The HTTP method; GET, DELETE and HEAD send parameters in the query, the others in a JSON body.
    public var method: Method
    /// The host the page gives, possibly with placeholders filled from the
    /// path's values (`monitor.{regionId}.jdcloud-api.com`); `nil` for
    /// `<service>.jdcloud-api.com`.
    public var host: String?
    /// The API version, the first path segment (`v1`, `1.0.3`).
    public var version: String
    /// The path after the version, with `{placeholders}`.
    public var pathTemplate: String
    /// The page requires a `regionId`, and the client fills it from its
    /// configured region when the request leaves it `nil`.
    public var usesClientRegion: Bool
    /// The operation takes a `clientToken`: the service does a call with a
    /// token it has seen only once, so the call may be sent again after a
    /// timeout or a 5xx reply.
    public var usesClientToken: Bool

    /// Whether sending the call twice is harmless: GET, HEAD and DELETE, or an
    /// operation with a `clientToken`.
    public var isRepeatable: Bool {
        usesClientToken || method == .get || method == .head || method == .delete
    }

    /// Creates the descriptor of one operation.
    public init(
        name: String, method: Method, host: String? = nil, version: String, pathTemplate: String,
        usesClientRegion: Bool = false, usesClientToken: Bool = false
    ) {
        self.name = name
        self.method = method
        self.host = host
        self.version = version
        self.pathTemplate = pathTemplate
        self.usesClientRegion = usesClientRegion
        self.usesClientToken = usesClientToken
    }
}
