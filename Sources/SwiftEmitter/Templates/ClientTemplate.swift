/// `public struct <Service>Client: Sendable`, one method per operation.
enum ClientTemplate {
    static func render(_ service: ServicePlan) -> String {
        let methods = service.operations.map(method).joined(separator: "\n")
        return """
            /// Calls the JD Cloud \(DocComment.codeSpan(service.service)) service (\(DocComment.codeSpan(service.host))).
            ///
            /// Every method signs its request, sends it and decodes the reply
            /// through ``client``.
            public struct \(service.clientName): Sendable {
                /// The runtime client that signs, sends and decodes.
                public let client: JDCloudClient

                /// Creates a client for the \(DocComment.codeSpan(service.service)) service.
                ///
                /// - Parameter configuration: Credentials, region and endpoint settings.
                public init(configuration: JDCloudConfiguration) {
                    self.client = JDCloudClient(service: \(SwiftLiteral.string(service.service)), configuration: configuration)
                }

            \(methods)}

            """
    }

    /// What every method throws, with the cases a caller handles.
    /// (Code spans, not symbol links: DocC documents each module apart, and these live in `JDCloudCore`.)
    static let throwsText = "`JDCloudError`: `.service` when JD Cloud answers with an error "
        + "(its code, status, message and request id), `.timedOut` or `.transportFailure` when no reply "
        + "arrives after the retries, and `.missingRegion` or `.missingPathParameter` before anything is sent; "
        + "`CancellationError` when the task is cancelled."

    static func method(_ operation: OperationPlan) -> String {
        var doc = DocComment()
        if let summary = DocComment(markdown: operation.description).paragraphs.first?.first {
            doc.paragraphs.append([summary])
        } else {
            doc.add(markdown: "Calls \(DocComment.codeSpan(operation.wireName)).")
        }
        doc.add(markdown: DocComment.codeSpan("\(operation.httpMethod) \(operation.path)"))
        doc.addParameter("request", markdown: "The parameters of the call.")
        doc.setReturns(markdown: "The decoded reply.")
        doc.setThrows(markdown: Self.throwsText)
        return """
            \(doc.render(indent: "    "))    public func \(Naming.escaped(operation.methodName))(_ request: \(operation.requestName)) async throws -> \(operation.responseName) {
                    try await client.send(request)
                }

            """
    }
}
