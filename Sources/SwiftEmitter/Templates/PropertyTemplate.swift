/// Stored properties and the memberwise initializer, shared by requests and models.
enum PropertyTemplate {
    /// The stored properties in page order, then the memberwise initializer
    /// taking them in `initOrder`; each property's comment is built once and
    /// serves both its declaration and its `- Parameter` entry.
    static func storedWithInit(_ properties: [PropertyPlan], initOrder: [PropertyPlan], summary: String, noun: String)
        -> [String]
    {
        var docs: [String: DocComment] = [:]
        var members: [String] = []
        for property in properties {
            let comment = doc(property, noun: noun)
            docs[property.name] = comment
            members.append(stored(property, doc: comment))
        }
        members.append(memberwiseInit(initOrder.map { ($0, docs[$0.name] ?? doc($0, noun: noun)) }, summary: summary))
        return members
    }

    /// `    /// doc` + `    public var name: Type?`
    private static func stored(_ property: PropertyPlan, doc: DocComment) -> String {
        let wrapper = property.isIndirect ? "@Indirect " : ""
        return """
            \(doc.render(indent: "    "))    \(wrapper)public var \(property.identifier): \(property.declaredType)

            """
    }

    static func doc(_ property: PropertyPlan, noun: String) -> DocComment {
        var doc = DocComment(markdown: property.description)
        if doc.paragraphs.isEmpty {
            doc.add(markdown: "The \(DocComment.codeSpan(property.wireName)) \(noun).")
        }
        if property.location != nil, property.wireName == "clientToken", property.type == "String", property.isOptional
        {
            doc.add(
                markdown:
                    "When `nil`, the client sends a fresh UUID, the same on every attempt, so that a retry after a timeout is safe."
            )
        }
        if property.usesClientRegion {
            doc.add(markdown: "When `nil`, the client's region is used (`JDCloudConfiguration.region`).")
        }
        if let value = property.defaultValue, !DocComment.inline(value).isEmpty {
            // The Swift default of an optional is nil; the page's default is what the service does then.
            doc.add(
                markdown: property.isOptional
                    ? "When `nil`, the service uses \(DocComment.codeSpan(value))."
                    : "The page gives \(DocComment.codeSpan(value)) as its default.")
        }
        if property.name != property.wireName {
            doc.add(markdown: "Wire name: \(DocComment.codeSpan(property.wireName)).")
        }
        return doc
    }

    /// `public init(required: T, optional: U? = nil) { self.required = required ... }`
    private static func memberwiseInit(_ parameters: [(PropertyPlan, DocComment)], summary: String) -> String {
        var comment = DocComment(markdown: summary)
        for (parameter, doc) in parameters {
            comment.addParameter(parameter.name, cleanLines: doc.paragraphs.flatMap { $0 })
        }
        let arguments = parameters.map { parameter, _ in
            "\(parameter.identifier): \(parameter.declaredType)\(parameter.isOptional ? " = nil" : "")"
        }
        let signature: String
        if arguments.count <= 2, SwiftLayout.fits("    public init(\(arguments.joined(separator: ", "))) {") {
            signature = "public init(\(arguments.joined(separator: ", ")))"
        } else {
            signature = "public init(\n" + arguments.map { "        \($0)" }.joined(separator: ",\n") + "\n    )"
        }
        let body = parameters.map { parameter, _ in "        self.\(parameter.identifier) = \(parameter.identifier)\n" }
            .joined()
        if body.isEmpty {
            return """
                \(comment.render(indent: "    "))    \(signature) {}

                """
        }
        return """
            \(comment.render(indent: "    "))    \(signature) {
            \(body)    }

            """
    }

    /// `private enum CodingKeys` mapping Swift names back to wire names.
    static func codingKeys(_ properties: [PropertyPlan]) -> String {
        guard !properties.isEmpty else {
            return """
                    private enum CodingKeys: CodingKey {}

                """
        }
        let cases = properties.map { property in
            property.name == property.wireName
                ? "        case \(property.identifier)\n"
                : "        case \(property.identifier) = \(SwiftLiteral.string(property.wireName))\n"
        }.joined()
        return """
                private enum CodingKeys: String, CodingKey {
            \(cases)    }

            """
    }
}
