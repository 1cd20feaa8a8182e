/// `public struct <Operation>Request: JDCloudOperation, Hashable`.
enum RequestTemplate {
    static func render(_ operation: OperationPlan) -> String {
        var members: [String] = [
            """
                /// The reply to this request.
                public typealias Response = \(operation.responseName)

            """,
            """
                /// Name, method, host, version and path template of \(DocComment.codeSpan(operation.wireName)), for the runtime.
                public static let descriptor = OperationDescriptor(
            \(descriptorArguments(operation))    )

            """,
        ]
        members += PropertyTemplate.storedWithInit(
            operation.parameters, initOrder: operation.initParameters, summary: "Creates a request.", noun: "parameter")
        if !operation.pathParameters.isEmpty {
            members.append(
                dictionary(
                    "pathParameters", operation.pathParameters,
                    summary: "The values of the host and path templates' placeholders, by placeholder name."))
        }
        if !operation.headerParameters.isEmpty {
            members.append(
                dictionary(
                    "headerParameters", operation.headerParameters,
                    summary: "The header parameters that are set, by header name."))
        }
        members.append(PropertyTemplate.codingKeys(operation.codingParameters))
        let redaction =
            operation.hasSecrets ? RedactionTemplate.render(typeName: operation.requestName, operation.parameters) : ""
        return """
            \(doc(operation).render())public struct \(operation.requestName): JDCloudOperation, Hashable {
            \(members.joined(separator: "\n"))}
            \(redaction)
            """
    }

    /// The descriptor's arguments, one per line; the flags only when set.
    static func descriptorArguments(_ operation: OperationPlan) -> String {
        var arguments: [(String, String)] = [
            ("name", SwiftLiteral.string(operation.wireName)), ("method", "." + operation.methodCase),
            ("host", SwiftLiteral.string(operation.host)), ("version", SwiftLiteral.string(operation.version)),
            ("pathTemplate", SwiftLiteral.string(operation.path)),
        ]
        if operation.usesClientRegion { arguments.append(("usesClientRegion", "true")) }
        if operation.usesClientToken { arguments.append(("usesClientToken", "true")) }
        return arguments.enumerated().map { index, argument in
            SwiftLayout.argument(
                argument.0, argument.1, indent: "        ", suffix: index == arguments.count - 1 ? "" : ",")
        }.joined()
    }

    static func doc(_ operation: OperationPlan) -> DocComment {
        var doc = DocComment(markdown: operation.description)
        if doc.paragraphs.isEmpty {
            doc.add(markdown: "The parameters of \(DocComment.codeSpan(operation.wireName)).")
        }
        doc.add(
            markdown: DocComment.codeSpan("\(operation.httpMethod) \(operation.path)")
                + " (API version \(DocComment.codeSpan(operation.version)))")
        return doc
    }

    /// `public var pathParameters: [String: String]`, skipping nil values.
    static func dictionary(_ name: String, _ parameters: [PropertyPlan], summary: String) -> String {
        let assignments = parameters.map { parameter in
            let key = SwiftLiteral.string(parameter.wireName)
            let value = "self.\(parameter.identifier)"
            switch (parameter.isOptional, parameter.stringConversion) {
            case (false, .none): return "        values[\(key)] = \(value)\n"
            case (false, .lossless): return "        values[\(key)] = String(\(value))\n"
            case (true, .none): return "        if let value = \(value) { values[\(key)] = value }\n"
            case (true, .lossless): return "        if let value = \(value) { values[\(key)] = String(value) }\n"
            }
        }.joined()
        return """
                /// \(summary)
                public var \(name): [String: String] {
                    var values: [String: String] = [:]
            \(assignments)        return values
                }

            """
    }
}
