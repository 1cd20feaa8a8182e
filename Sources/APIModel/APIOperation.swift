/// One API operation, as described by one reference page.
public struct APIOperation: Codable, Hashable, Sendable {
    /// The operation name, from the page title (`rebuildInstance`).
    public var name: String
    /// The page's path as given to the parser.
    public var source: String
    /// The 1-based line of the page title.
    public var line: Int
    /// The description section as clean Markdown (no raw HTML, entities decoded).
    public var description: String
    /// The HTTP method in upper case (`POST`).
    public var method: String
    /// The service host (`vm.jdcloud-api.com`); regional hosts keep their
    /// placeholders (`monitor.{regionId}.jdcloud-api.com`).
    public var host: URITemplate
    /// The service name: the first label of the host (`vm`).
    public var service: String
    /// The API version: the first path segment of the URL (`v1`, `1.0.3`).
    public var version: String
    /// The path template after the version (`/regions/{regionId}/instances`).
    public var path: URITemplate
    public var parameters: [Parameter]
    public var responseFields: [ResponseField]
    public var models: [Model]
    public var responseCodes: [ResponseCode]

    public init(
        name: String, source: String, line: Int, description: String, method: String,
        host: URITemplate, service: String, version: String, path: URITemplate,
        parameters: [Parameter] = [], responseFields: [ResponseField] = [],
        models: [Model] = [], responseCodes: [ResponseCode] = []
    ) {
        self.name = name
        self.source = source
        self.line = line
        self.description = description
        self.method = method
        self.host = host
        self.service = service
        self.version = version
        self.path = path
        self.parameters = parameters
        self.responseFields = responseFields
        self.models = models
        self.responseCodes = responseCodes
    }

    /// The placeholder names of the path template, in order of appearance.
    public var pathPlaceholders: [String] { path.placeholders }

    /// Every placeholder of the address: the path's (`.path`), then those
    /// only the host has (`.host`), each once.
    public var addressPlaceholders: [(name: String, location: ParameterLocation)] {
        Self.addressPlaceholders(host: host, path: path)
    }

    /// The placeholders of an address: see ``addressPlaceholders``.
    public static func addressPlaceholders(host: URITemplate, path: URITemplate) -> [(
        name: String, location: ParameterLocation
    )] {
        let inPath = Set(path.placeholders)
        return path.placeholders.map { ($0, .path) }
            + host.placeholders.filter { !inPath.contains($0) }.map { ($0, .host) }
    }

    /// The model of this page with the given name, if the page defines one.
    public func model(named name: String) -> Model? {
        models.first { $0.name == name }
    }
}
