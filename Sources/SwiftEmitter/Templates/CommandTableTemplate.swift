/// `public enum <Service>Commands`: the service's operations as commands of
/// the `jdcloud` command line, each building its typed request from a
/// `CommandInput` and calling the generated client.
///
/// Page text appears only inside string literals; names come from the plan.
/// Lines are laid out as `swift-format` would (``SwiftLayout``).
enum CommandTableTemplate {
    static func render(_ service: ServicePlan) -> String {
        let suffix = SwiftLayout.elementSuffix(count: service.operations.count)
        let commands = service.operations.map { command($0, client: service.clientName, suffix: suffix) }.joined()
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

    /// One `JDCloudCommand(…)` element, at 12 spaces.
    static func command(_ operation: OperationPlan, client: String, suffix: String) -> String {
        let indent = String(repeating: " ", count: 16)
        var text = "            JDCloudCommand(\n"
        text += SwiftLayout.argument("operationName", SwiftLiteral.string(operation.wireName), indent: indent)
        text += SwiftLayout.argument("commandName", SwiftLiteral.string(operation.commandName), indent: indent)
        text += SwiftLayout.argument("summary", SwiftLiteral.string(operation.summary), indent: indent)
        text += SwiftLayout.argument("description", SwiftLiteral.string(operation.description), indent: indent)
        text += SwiftLayout.argument("method", SwiftLiteral.string(operation.httpMethod), indent: indent)
        text += SwiftLayout.argument("path", SwiftLiteral.string(operation.path), indent: indent)
        if operation.parameters.isEmpty {
            text += "\(indent)parameters: [],\n"
        } else {
            let elementSuffix = SwiftLayout.elementSuffix(count: operation.parameters.count)
            text +=
                "\(indent)parameters: [\n"
                + operation.parameters.map { parameter($0, suffix: elementSuffix) }.joined()
                + "\(indent)],\n"
        }
        text += """
                            run: { input, configuration in
                                let request = \(requestConstruction(operation))
                                let client = \(client)(configuration: configuration)
                                let response = try await client.\(Naming.escaped(operation.methodName))(request)
                                return try JSONValue(encoding: response)
                            }\(allPages(operation, client: client))
                        )\(suffix)

            """
        return text
    }

    /// `,\n allPages: { … }` for operations with a paginator: every page, merged into one reply.
    static func allPages(_ operation: OperationPlan, client: String) -> String {
        guard let page = operation.pagination else { return "" }
        return """
            ,
                            allPages: { input, configuration, progress in
                                let request = \(requestConstruction(operation))
                                let client = \(client)(configuration: configuration)
                                var replies: [JSONValue] = []
                                for try await reply in client.\(operation.methodName)Paginator(request) {
                                    replies.append(try JSONValue(encoding: reply))
                                    progress(replies.count)
                                }
                                return JDCloudCommand.mergingPages(replies, items: \(SwiftLiteral.string(page.itemsWireName)))
                            }
            """
    }

    /// One `CommandParameter(…)` element, at 20 spaces.
    static func parameter(_ property: PropertyPlan, suffix: String) -> String {
        let defaultValue = property.defaultValue.map(SwiftLiteral.string) ?? "nil"
        let location = property.location?.rawValue ?? "body"
        let arguments = [
            "name: \(SwiftLiteral.string(property.wireName))",
            "option: \(SwiftLiteral.string(property.optionName ?? Naming.kebabCase(property.wireName)))",
            "type: \(SwiftLiteral.string(property.pageType))",
            "required: \(!property.isOptional || property.usesClientRegion)",
            "defaultValue: \(defaultValue)",
            "description: \(SwiftLiteral.string(property.description))",
            "location: .\(location)",
        ]
        return SwiftLayout.call(
            "CommandParameter", arguments, indent: String(repeating: " ", count: 20), suffix: suffix)
    }

    /// `XRequest(a: try input.required("a", as: T.self), …)`, in the initializer's order.
    static func requestConstruction(_ operation: OperationPlan) -> String {
        let indent = String(repeating: " ", count: 24)
        let arguments = operation.initParameters.map { property in
            let accessor = property.isOptional ? "optional" : "required"
            let head =
                "\(Naming.argumentLabel(property.name)): try input.\(accessor)(\(SwiftLiteral.string(property.wireName))"
            // The type spelled out, so that the command module type-checks without inferring it
            // from the initializer; left to inference where it would not fit on the line.
            let typed = head + ", as: \(property.type).self)"
            return SwiftLayout.fits(indent + typed + ",") ? typed : head + ")"
        }
        if arguments.isEmpty { return "\(operation.requestName)()" }
        let lines = arguments.enumerated().map { index, argument in
            indent + argument + (index == arguments.count - 1 ? "" : ",")
        }
        return "\(operation.requestName)(\n" + lines.joined(separator: "\n") + "\n" + String(repeating: " ", count: 20)
            + ")"
    }
}
