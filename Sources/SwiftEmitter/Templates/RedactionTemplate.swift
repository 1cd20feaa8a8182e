/// The extension that keeps a type's secrets out of prints: `description`,
/// `debugDescription`, string interpolation and `dump` all show the secret
/// properties as `<redacted>` (see ``SecretRule``).
enum RedactionTemplate {
    static func render(typeName: String, _ properties: [PropertyPlan]) -> String {
        let secrets = properties.filter(\.isSecret).map { DocComment.codeSpan($0.name) }.joined(separator: ", ")
        // A field called `description` keeps its name; `String(describing:)` then falls back on `debugDescription`.
        let ownsDescription = properties.contains { $0.name == "description" }
        let conformances =
            (ownsDescription ? [] : ["CustomStringConvertible"]) + [
                "CustomDebugStringConvertible", "CustomReflectable",
            ]
        let describing =
            ownsDescription
            ? ""
            : """

                /// The value with \(secrets) shown as `<redacted>`.
                public var description: String { JDCloudRedaction.describe(customMirror) }

            """
        let suffix = SwiftLayout.elementSuffix(count: properties.count)
        let children = properties.map { property in
            let value = property.isSecret ? "JDCloudRedaction.redacted" : "self.\(property.identifier)"
            return "                \(SwiftLiteral.string(property.name)): \(value) as Any\(suffix)\n"
        }.joined()
        return """

            extension \(typeName): \(conformances.joined(separator: ", ")) {
                /// The value with \(secrets) shown as `<redacted>`, so that secrets stay out of logs.
                public var customMirror: Mirror {
                    Mirror(
                        self,
                        children: [
            \(children)            ], displayStyle: .struct)
                }
            \(describing)
                /// The value with \(secrets) shown as `<redacted>`.
                public var debugDescription: String { JDCloudRedaction.describe(customMirror) }
            }

            """
    }
}
