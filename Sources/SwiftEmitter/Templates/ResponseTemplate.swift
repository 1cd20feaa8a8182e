/// `public struct <Operation>Response: Codable, Sendable, Hashable`; encodable
/// so that the command line can print it as JSON. `result` is optional: a
/// successful reply may leave it out (HEAD replies have no body at all), and
/// that must not turn a success into a decoding error.
enum ResponseTemplate {
    static func render(_ operation: OperationPlan) -> String {
        var result = ""
        var initParameters = ["requestId: String"]
        var initBody = "        self.requestId = requestId\n"
        var initDoc = DocComment(markdown: "Creates a reply, for tests and previews.")
        initDoc.addParameter("requestId", markdown: "The request ID.")
        if let type = operation.response.resultType {
            var doc = DocComment(markdown: operation.response.resultDescription)
            if doc.paragraphs.isEmpty { doc.add(markdown: "The result of \(DocComment.codeSpan(operation.wireName)).") }
            doc.add(markdown: "`nil` when the reply carries no result.")
            result = """

                \(doc.render(indent: "    "))    public let result: \(type)?

                """
            initParameters.append("result: \(type)? = nil")
            initBody += "        self.result = result\n"
            initDoc.addParameter("result", markdown: "The result.")
        }
        return """
            /// The reply to ``\(operation.requestName)``.
            public struct \(operation.responseName): Codable, Sendable, Hashable {
                /// The ID JD Cloud gives the request; quote it when asking for support.
                public let requestId: String
            \(result)
            \(initDoc.render(indent: "    "))\(SwiftLayout.call("public init", initParameters, indent: "    ", suffix: " {").dropLast())
            \(initBody)    }
            }

            """
    }
}
