/// `public struct <Service>Client: Sendable`, one method per operation.
enum ClientTemplate {
    static func render(_ service: ServicePlan) -> String {
        let methods = service.operations.map { method($0) + (paginator($0) ?? "") }.joined(separator: "\n")
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
    static let throwsText =
        "`JDCloudError`: `.service` when JD Cloud answers with an error "
        + "(its code, status, message and request id), `.timedOut` or `.transportFailure` when no reply "
        + "arrives after the retries, and `.missingRegion` or `.missingPathParameter` before anything is sent; "
        + "`CancellationError` when the task is cancelled."

    /// `<operation>Paginator(_:)`: every page's reply, for operations that page (see ``PaginationRule``).
    static func paginator(_ operation: OperationPlan) -> String? {
        guard let page = operation.pagination else { return nil }
        var doc = DocComment(markdown: "Every page of \(DocComment.codeSpan(operation.wireName)), one reply per page.")
        doc.add(
            markdown:
                "Starts at the request's `\(page.pageNumber.identifier)` (1 when it is `nil`) and asks for the next page "
                + "until the items seen reach `\(page.totalCount)` or a page is empty; a page shorter than "
                + "`\(page.pageSize.identifier)` ends it too when the request sets it, or the reply gives no total"
                + ". Each page is signed and sent as its own request; cancelling the task stops it at once.")
        doc.addParameter("request", markdown: "The first page's request.")
        doc.setReturns(
            markdown:
                "An `AsyncSequence` of the replies, in page order; iterating throws what ``\(operation.methodName)(_:)`` throws."
        )
        // Parenthesised, the chains read the same whether the items and the total are optional or not.
        let items = "($0.result?.\(page.items))?.count ?? 0"
        let total = "($0.result?.\(page.totalCount)).map { Int($0) }"
        let defaultSize = page.defaultPageSize.map(String.init) ?? "nil"
        let arguments = [
            "client: client", "request: request", "defaultPageSize: \(defaultSize)",
            "pageNumber: { \(read(page.pageNumber)) }",
            "setPageNumber: { $0.\(page.pageNumber.identifier) = \(page.pageNumber.type == "Int" ? "$1" : "\(page.pageNumber.type)($1)") }",
            "pageSize: { \(read(page.pageSize)) }", "itemCount: { \(items) }", "totalCount: { \(total) }",
        ]
        let oneLine =
            "    public func \(operation.methodName)Paginator(_ request: \(operation.requestName)) -> JDCloudPaginator<\(operation.requestName)> {"
        let signature =
            SwiftLayout.fits(oneLine)
            ? oneLine
            : """
                public func \(operation.methodName)Paginator(
                    _ request: \(operation.requestName)
                ) -> JDCloudPaginator<\(operation.requestName)> {
            """
        return """

            \(doc.render(indent: "    "))\(signature)
            \(SwiftLayout.call("JDCloudPaginator", arguments, indent: "        "))    }

            """
    }

    /// `$0.pageSize.map { Int($0) }`, or `Int($0.pageSize)` when the parameter is not optional.
    private static func read(_ property: PropertyPlan) -> String {
        property.isOptional ? "$0.\(property.identifier).map { Int($0) }" : "Int($0.\(property.identifier))"
    }

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
        let oneLine =
            "    public func \(Naming.escaped(operation.methodName))(_ request: \(operation.requestName)) async throws -> \(operation.responseName) {"
        let signature =
            SwiftLayout.fits(oneLine)
            ? oneLine
            : """
                public func \(Naming.escaped(operation.methodName))(
                    _ request: \(operation.requestName)
                ) async throws -> \(operation.responseName) {
            """
        return """
            \(doc.render(indent: "    "))\(signature)
                    try await client.send(request)
                }

            """
    }
}
