/// The replies of a paginated operation, one page at a time, as generated
/// clients return them from `<operation>Paginator(_:)`.
///
/// It starts at the request's page number (1 when it has none) and asks for
/// the next page until the items seen reach the total the replies give, or a
/// page is empty or shorter than the page size. Each page is its own request,
/// signed and retried like any call; cancelling the iterating task stops it
/// before the next page is sent.
public struct JDCloudPaginator<Operation: JDCloudOperation>: AsyncSequence, Sendable {
    public typealias Element = Operation.Response

    let client: JDCloudClient
    let request: Operation
    let defaultPageSize: Int?
    let pageNumber: @Sendable (Operation) -> Int?
    let setPageNumber: @Sendable (inout Operation, Int) -> Void
    let pageSize: @Sendable (Operation) -> Int?
    let itemCount: @Sendable (Operation.Response) -> Int
    let totalCount: @Sendable (Operation.Response) -> Int?

    /// Pages through `request` with `client`; the closures read and set the
    /// request's page number and size and read each reply's item count and total.
    public init(
        client: JDCloudClient, request: Operation, defaultPageSize: Int?,
        pageNumber: @escaping @Sendable (Operation) -> Int?,
        setPageNumber: @escaping @Sendable (inout Operation, Int) -> Void,
        pageSize: @escaping @Sendable (Operation) -> Int?,
        itemCount: @escaping @Sendable (Operation.Response) -> Int,
        totalCount: @escaping @Sendable (Operation.Response) -> Int?
    ) {
        self.client = client
        self.request = request
        self.defaultPageSize = defaultPageSize
        self.pageNumber = pageNumber
        self.setPageNumber = setPageNumber
        self.pageSize = pageSize
        self.itemCount = itemCount
        self.totalCount = totalCount
    }

    public func makeAsyncIterator() -> Iterator {
        let first = pageNumber(request) ?? 1
        // Starting at page N, the pages before it hold (N - 1) × size of the total.
        let skipped = Swift.max(first - 1, 0) * (pageSize(request) ?? defaultPageSize ?? 0)
        return Iterator(pages: self, next: first, seen: skipped)
    }

    /// Sends one page's request per call of ``next()``.
    public struct Iterator: AsyncIteratorProtocol {
        let pages: JDCloudPaginator
        var next: Int
        var seen: Int
        var finished = false

        /// The next page's reply, or `nil` after the last page.
        public mutating func next() async throws -> Operation.Response? {
            guard !finished else { return nil }
            try Task.checkCancellation()
            var request = pages.request
            pages.setPageNumber(&request, next)
            let reply = try await pages.client.send(request)
            let count = pages.itemCount(reply)
            seen += count
            next += 1
            // The total decides when the reply gives one; a short page only when it does not, or when
            // the request set the size itself (the page's documented default may not be the service's).
            let total = pages.totalCount(reply)
            let size = pages.pageSize(request) ?? (total == nil ? pages.defaultPageSize : nil)
            if count == 0 || total.map({ seen >= $0 }) == true || size.map({ count < $0 }) == true {
                finished = true
            }
            return reply
        }
    }
}
