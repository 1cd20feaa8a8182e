import APIModel
import Foundation
import HTTPTypes
import JDCloudCore
import JDCloudTestServer

/// A loopback server that answers like the JD Cloud gateway for the
/// operations in `specs/`.
///
/// Each request is routed by method, version and path template; its
/// JDCLOUD3 signature is recomputed (401 on mismatch); the page's required
/// parameters must be in the path, query, body or headers, and nothing the
/// page does not list may be (400); the reply is `requestId` plus a `result`
/// built from the page's response models. Instance `i-missing` does not
/// exist (404), and the first `unavailableFirst` requests get a 503.
final class SpecGateway: Sendable {
    /// One request and the status it was answered with.
    struct Exchange: Sendable {
        /// The operation it was routed to, `nil` when none matched.
        var operation: String?
        var status: Int
        var request: ReceivedRequest
    }

    /// What the gateway has answered so far.
    final class Journal: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [Exchange] = []
        private var unavailableLeft: Int
        private var failingLeft: Int

        init(unavailableFirst: Int, failingFirst: Int = 0) {
            unavailableLeft = unavailableFirst
            failingLeft = failingFirst
        }

        func record(_ exchange: Exchange) { lock.withLock { items.append(exchange) } }
        var exchanges: [Exchange] { lock.withLock { items } }
        func takeUnavailable() -> Bool {
            lock.withLock {
                guard unavailableLeft > 0 else { return false }
                unavailableLeft -= 1
                return true
            }
        }
        func takeFailing() -> Bool {
            lock.withLock {
                guard failingLeft > 0 else { return false }
                failingLeft -= 1
                return true
            }
        }
    }

    let server: TestServer
    let journal: Journal

    /// `collectionSize`: how many items a listing (an operation with
    /// `pageNumber`, `pageSize` and a `totalCount`) holds in all; it answers
    /// the page the request asks for (pages of 20 when it gives no size).
    /// `failingFirst`: how many requests get a 500, after which the service may have acted.
    init(unavailableFirst: Int = 0, failingFirst: Int = 0, collectionSize: Int = 1) throws {
        let routes = specOperations.map(Route.init)
        let journal = Journal(unavailableFirst: unavailableFirst, failingFirst: failingFirst)
        self.journal = journal
        server = try TestServer { request in
            let (operation, response) = Self.answer(request, routes: routes, journal: journal, collectionSize: collectionSize)
            journal.record(Exchange(operation: operation, status: response.status, request: request))
            return response
        }
    }

    var endpoint: URL { server.baseURL }
    var exchanges: [Exchange] { journal.exchanges }

    func stop() { server.stop() }

    private static func answer(
        _ request: ReceivedRequest, routes: [Route], journal: Journal, collectionSize: Int
    ) -> (String?, TestResponse) {
        let requestId = "req-" + UUID().uuidString.lowercased().prefix(12)
        let matched = routes.lazy.compactMap { route in
            route.match(method: request.method, path: request.path).map { (route, $0) }
        }.first
        // The scope must name the operation's service and the request's region, as JD Cloud checks.
        let verification = request.verifySignature(
            secretAccessKey: TestKeys.secretKey, accessKeyId: TestKeys.accessKey,
            expectedRegion: matched.map { $0.1["regionId"] ?? "jdcloud-api" },
            expectedService: matched?.0.operation.service)
        guard verification.isValid else {
            return (nil, .jdcloudError(status: 401, code: "UNAUTHENTICATED", message: "The signature could not be verified", requestId: requestId))
        }
        guard let (route, pathValues) = matched else {
            return (nil, .jdcloudError(status: 404, code: "NOT_FOUND", message: "No operation for \(request.method) \(request.path)", requestId: requestId))
        }
        let operation = route.operation
        if journal.takeUnavailable() {
            return (operation.name, .jdcloudError(status: 503, code: "SERVICE_UNAVAILABLE", message: "The service is temporarily unavailable", requestId: requestId))
        }
        if journal.takeFailing() {
            return (operation.name, .jdcloudError(status: 500, code: "INTERNAL", message: "Something went wrong", requestId: requestId))
        }
        let parameters: [String: String]
        switch Self.parameters(of: request, operation: operation, pathValues: pathValues) {
        case .success(let values): parameters = values
        case .failure(let problem):
            return (operation.name, .jdcloudError(status: 400, code: "INVALID_ARGUMENT", message: problem.message, requestId: requestId))
        }
        if pathValues["instanceId"] == "i-missing" {
            return (operation.name, .jdcloudError(status: 404, code: "NOT_FOUND", message: "The instance i-missing does not exist", requestId: requestId))
        }
        var reply: [String: JSONValue] = ["requestId": .string(requestId)]
        reply["result"] = SampleResult(operation: operation, echoes: parameters).result()
            .map { paged($0, parameters: parameters, collectionSize: collectionSize) }
        let body = (try? JSONEncoder().encode(JSONValue.object(reply))) ?? Data()
        return (operation.name, .json(String(decoding: body, as: UTF8.self), requestId: requestId))
    }

    struct Problem: Error { var message: String }

    /// The page of a listing the parameters ask for: its one array cut to the
    /// page's items (copies of the sample item), `totalCount` the collection's size.
    private static func paged(_ result: JSONValue, parameters: [String: String], collectionSize: Int) -> JSONValue {
        guard case .object(var members) = result, members["totalCount"] != nil else { return result }
        let arrays = members.filter { if case .array = $0.value { true } else { false } }
        guard arrays.count == 1, let (key, value) = arrays.first, case .array(let sample) = value, let item = sample.first else { return result }
        let number = Int(parameters["pageNumber"] ?? "") ?? 1
        let size = Int(parameters["pageSize"] ?? "") ?? 20
        let start = min((number - 1) * size, collectionSize)
        let count = max(0, min(size, collectionSize - start))
        members[key] = .array(Array(repeating: item, count: count))
        members["totalCount"] = .int(collectionSize)
        return .object(members)
    }

    /// The request's top-level values by name (strings only, for echoing),
    /// after checking them against the page's parameter table.
    private static func parameters(of request: ReceivedRequest, operation: APIOperation, pathValues: [String: String]) -> Result<[String: String], Problem> {
        var values = pathValues
        let byLocation = Dictionary(grouping: operation.parameters, by: \.location)
        let queryNames = request.queryItems.filter { !$0.name.isEmpty }.map(\.name)
        for name in queryNames {
            let base = String(name.prefix { $0 != "." })
            guard byLocation[.query, default: []].contains(where: { $0.name == base }) else {
                return .failure(Problem(message: "Unexpected query parameter '\(name)'"))
            }
        }
        for item in request.queryItems { values[item.name] = item.value }
        var body: [String: JSONValue] = [:]
        if !request.body.isEmpty {
            guard case .object(let members)? = try? JSONDecoder().decode(JSONValue.self, from: request.body) else {
                return .failure(Problem(message: "The body is not a JSON object"))
            }
            body = members
            for key in body.keys where !byLocation[.body, default: []].contains(where: { $0.name == key }) {
                return .failure(Problem(message: "Unexpected body parameter '\(key)'"))
            }
            for (key, value) in body { if let text = value.stringValue { values[key] = text } }
        }
        for parameter in operation.parameters where parameter.required {
            let present: Bool
            switch parameter.location {
            case .path: present = !(pathValues[parameter.name] ?? "").isEmpty
            case .query: present = queryNames.contains { $0 == parameter.name || $0.hasPrefix(parameter.name + ".") }
            case .body: present = (body[parameter.name] ?? .null) != .null
            case .header: present = request.header(parameter.name) != nil
            // Calls reach the gateway through an endpoint override, which replaces the host.
            case .host: present = true
            }
            guard present else {
                return .failure(Problem(message: "Missing required parameter '\(parameter.name)' (\(parameter.location.rawValue))"))
            }
        }
        return .success(values)
    }
}
