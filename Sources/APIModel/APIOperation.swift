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
    /// The service host (`vm.jdcloud-api.com`).
    public var host: String
    /// The service name: the first label of the host (`vm`).
    public var service: String
    /// The API version: the first path segment of the URL (`v1`, `1.0.3`).
    public var version: String
    /// The path template after the version (`/regions/{regionId}/instances`).
    public var path: String
    public var parameters: [Parameter]
    public var responseFields: [ResponseField]
    public var models: [Model]
    public var responseCodes: [ResponseCode]

    public init(
        name: String, source: String, line: Int, description: String, method: String,
        host: String, service: String, version: String, path: String,
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
    public var pathPlaceholders: [String] { PathTemplate.placeholders(in: path) }

    /// The model of this page with the given name, if the page defines one.
    public func model(named name: String) -> Model? {
        models.first { $0.name == name }
    }
}
