/// One parameter of a ``JDCloudCommand``, as the operation's page describes it.
///
/// The command line shows these in an operation's help; ``CommandInput``
/// uses them to name what is expected when a value is missing or wrong.
public struct CommandParameter: Sendable, Hashable {
    /// Where the parameter travels on the wire.
    public enum Location: String, Sendable, Hashable, CaseIterable {
        /// A `{placeholder}` of the path template.
        case path
        /// A query parameter (GET, DELETE and HEAD operations).
        case query
        /// A member of the JSON body (POST, PUT and PATCH operations).
        case body
        /// A request header.
        case header
        /// A `{placeholder}` of the host only (`monitor.{regionId}.jdcloud-api.com`).
        case host
    }

    /// The wire name, exactly as the page spells it (`instanceId`): the key in the input object.
    public var name: String
    /// The command-line option, without its dashes (`instance-id` for `--instance-id`).
    public var option: String
    /// The type as the page spells it (`String`, `Integer`, `Filter[]`).
    public var type: String
    /// Whether the call needs a value.
    public var required: Bool
    /// The default value as the page writes it, `nil` when it gives none.
    public var defaultValue: String?
    /// The page's description, as Markdown.
    public var description: String
    /// Where the value is sent.
    public var location: Location

    /// Creates the description of one parameter.
    public init(
        name: String, option: String? = nil, type: String, required: Bool, defaultValue: String? = nil,
        description: String,
        location: Location
    ) {
        self.name = name
        self.option = option ?? name
        self.type = type
        self.required = required
        self.defaultValue = defaultValue
        self.description = description
        self.location = location
    }
}
