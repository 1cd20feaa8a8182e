/// Stored properties and the memberwise initializer, shared by requests and models.
enum PropertyTemplate {
    /// `    /// doc` + `    public var name: Type?`
    static func stored(_ property: PropertyPlan, noun: String) -> String {
        let wrapper = property.isIndirect ? "@Indirect " : ""
        return """
            \(doc(property, noun: noun).render(indent: "    "))    \(wrapper)public var \(property.identifier): \(property.declaredType)

            """
    }

    static func doc(_ property: PropertyPlan, noun: String) -> DocComment {
        var doc = DocComment(markdown: property.description)
        if doc.paragraphs.isEmpty {
            doc.add(markdown: "The \(DocComment.codeSpan(property.wireName)) \(noun).")
        }
        if let value = property.defaultValue, !DocComment.inline(value).isEmpty {
            doc.add(markdown: "Defaults to \(DocComment.codeSpan(value)).")
        }
        if property.name != property.wireName {
            doc.add(markdown: "Wire name: \(DocComment.codeSpan(property.wireName)).")
        }
        return doc
    }

    /// `public init(required: T, optional: U? = nil) { self.required = required ... }`
    static func memberwiseInit(_ parameters: [PropertyPlan], summary: String, noun: String) -> String {
        var comment = DocComment(markdown: summary)
        for parameter in parameters {
            comment.addParameter(parameter.name, cleanLines: doc(parameter, noun: noun).paragraphs.flatMap { $0 })
        }
        let arguments = parameters.map { "\($0.identifier): \($0.declaredType)\($0.isOptional ? " = nil" : "")" }
        let signature: String
        if arguments.count <= 2 {
            signature = "public init(\(arguments.joined(separator: ", ")))"
        } else {
            signature = "public init(\n" + arguments.map { "        \($0)" }.joined(separator: ",\n") + "\n    )"
        }
        let body = parameters.map { "        self.\($0.identifier) = \($0.identifier)\n" }.joined()
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
