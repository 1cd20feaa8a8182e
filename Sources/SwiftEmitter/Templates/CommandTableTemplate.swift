/// `public enum <Service>Commands`: the service's operations as commands of
/// the `jdcloud` command line, each building its typed request from a
/// `CommandInput` and calling the generated client.
///
/// Page text appears only inside string literals; names come from the plan.
enum CommandTableTemplate {
    static func render(_ service: ServicePlan) -> String {
        // One level deeper than `command` writes them: inside `commands: [`.
        let commands = service.operations.map { command($0, client: service.clientName) }.joined()
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        return """
            /// The operations of the JD Cloud \(DocComment.codeSpan(service.service)) service as commands of the `jdcloud` command line.
            ///
            /// Each command carries the names, summary and parameters its page gives,
            /// and runs the operation through `\(service.clientName)`: it builds the
            /// request from the input's values by wire name and returns the reply as JSON.
            public enum \(service.commandsName) {
                /// The service and its commands, one per operation in page order.
                public static let service = JDCloudService(
                    name: \(SwiftLiteral.string(service.service)),
                    commands: [
            \(commands)        ]
                )
            }

            """
    }

    static func command(_ operation: OperationPlan, client: String) -> String {
        let parameters =
            operation.parameters.isEmpty
            ? "[]"
            : "[\n" + operation.parameters.map(parameter).joined() + "            ]"
        return """
                    JDCloudCommand(
                        operationName: \(SwiftLiteral.string(operation.wireName)),
                        commandName: \(SwiftLiteral.string(operation.commandName)),
                        summary: \(SwiftLiteral.string(operation.summary)),
                        description: \(SwiftLiteral.string(operation.description)),
                        method: \(SwiftLiteral.string(operation.httpMethod)),
                        path: \(SwiftLiteral.string(operation.path)),
                        parameters: \(parameters),
                        run: { input, configuration in
                            let request = \(requestConstruction(operation))
                            let response = try await \(client)(configuration: configuration).\(Naming.escaped(operation.methodName))(request)
                            return try JSONValue(encoding: response)
                        }\(allPages(operation, client: client))
                    ),

            """
    }

    /// `,\n allPages: { … }` for operations with a paginator: every page, merged into one reply.
    static func allPages(_ operation: OperationPlan, client: String) -> String {
        guard let page = operation.pagination else { return "" }
        return """
            ,
                                allPages: { input, configuration, progress in
                                    let request = \(requestConstruction(operation))
                                    var replies: [JSONValue] = []
                                    for try await reply in \(client)(configuration: configuration).\(operation.methodName)Paginator(request) {
                                        replies.append(try JSONValue(encoding: reply))
                                        progress(replies.count)
                                    }
                                    return JDCloudCommand.mergingPages(replies, items: \(SwiftLiteral.string(page.itemsWireName)))
                                }
            """
    }

    static func parameter(_ property: PropertyPlan) -> String {
        let defaultValue = property.defaultValue.map(SwiftLiteral.string) ?? "nil"
        let location = property.location?.rawValue ?? "body"
        return "                CommandParameter(name: \(SwiftLiteral.string(property.wireName)), "
            + "option: \(SwiftLiteral.string(property.optionName ?? Naming.kebabCase(property.wireName))), "
            + "type: \(SwiftLiteral.string(property.pageType)), required: \(!property.isOptional || property.usesClientRegion), "
            + "defaultValue: \(defaultValue), description: \(SwiftLiteral.string(property.description)), "
            + "location: .\(location)),\n"
    }

    /// `XRequest(a: try input.required("a"), b: try input.optional("b"))`, in the initializer's order.
    static func requestConstruction(_ operation: OperationPlan) -> String {
        let arguments = operation.initParameters.map { property in
            let accessor = property.isOptional ? "optional" : "required"
            // The type spelled out: the command module type-checks without inferring it from the initializer.
            return
                "                    \(Naming.argumentLabel(property.name)): try input.\(accessor)(\(SwiftLiteral.string(property.wireName)), as: \(property.type).self)"
        }
        if arguments.isEmpty { return "\(operation.requestName)()" }
        return "\(operation.requestName)(\n" + arguments.joined(separator: ",\n") + "\n                )"
    }
}
