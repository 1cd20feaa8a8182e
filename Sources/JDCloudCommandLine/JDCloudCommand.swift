import JDCloudCore

/// One operation of a service as a command of the `jdcloud` command line.
///
/// Generated per service from the same pages as the typed client (for
/// example `VMCommands.all`): the names, summary and parameters come from the
/// operation's page, and ``run`` builds the typed request from a
/// ``CommandInput``, sends it through the generated client and returns the
/// reply as JSON.
public struct JDCloudCommand: Sendable {
    /// The operation name as the page titles it (`rebuildInstance`).
    public var operationName: String
    /// The command name, the operation name in kebab case (`rebuild-instance`).
    public var commandName: String
    /// The first line of the page's description.
    public var summary: String
    /// The page's whole description, as Markdown.
    public var description: String
    /// The HTTP method (`POST`).
    public var method: String
    /// The path template after the version (`/regions/{regionId}/instances/{instanceId}:rebuildInstance`).
    public var path: String
    /// The parameters, in page order.
    public var parameters: [CommandParameter]
    /// Builds the request from the input, sends it with the configuration and
    /// returns the decoded reply as JSON.
    ///
    /// Throws ``CommandUsageError`` before sending when the input does not
    /// fit, and `JDCloudError` when the call fails.
    public var run: @Sendable (CommandInput, JDCloudConfiguration) async throws -> JSONValue
    /// For operations that page: fetches every page from the input's first
    /// (calling the third argument with the number of pages so far) and
    /// returns one reply whose items are every page's (``mergingPages(_:items:)``).
    public var allPages:
        (@Sendable (CommandInput, JDCloudConfiguration, @Sendable (Int) -> Void) async throws -> JSONValue)?

    /// Creates a command.
    public init(
        operationName: String, commandName: String, summary: String, description: String,
        method: String, path: String, parameters: [CommandParameter],
        run: @escaping @Sendable (CommandInput, JDCloudConfiguration) async throws -> JSONValue,
        allPages: (@Sendable (CommandInput, JDCloudConfiguration, @Sendable (Int) -> Void) async throws -> JSONValue)? =
            nil
    ) {
        self.operationName = operationName
        self.commandName = commandName
        self.summary = summary
        self.description = description
        self.method = method
        self.path = path
        self.parameters = parameters
        self.run = run
        self.allPages = allPages
    }

    /// One reply made of several pages' replies: the last page's, with the
    /// `result`'s `items` array holding every page's items in order (the
    /// `totalCount` and the rest are the service's, as it gave them).
    public static func mergingPages(_ replies: [JSONValue], items: String) -> JSONValue {
        guard case .object(var merged)? = replies.last else { return replies.last ?? .null }
        var all: [JSONValue] = []
        for reply in replies {
            if case .array(let elements)? = reply["result"]?[items] { all += elements }
        }
        if case .object(var result)? = merged["result"] {
            result[items] = .array(all)
            merged["result"] = .object(result)
        }
        return .object(merged)
    }

    /// Checks `json` against the parameters, then runs the command.
    ///
    /// - Throws: ``CommandUsageError`` when `json` is not an object of known
    ///   parameters or a value does not fit (nothing is sent), `JDCloudError`
    ///   when the call fails.
    public func invoke(with json: JSONValue, configuration: JDCloudConfiguration) async throws -> JSONValue {
        try await run(CommandInput(json, parameters: parameters), configuration)
    }

    /// Whether `name` is this command's name or its operation's name.
    public func isNamed(_ name: String) -> Bool {
        name == commandName || name == operationName
    }
}
