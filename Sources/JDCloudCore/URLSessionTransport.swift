import Foundation
import HTTPTypes
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The default transport, built on Foundation's `URLSession`.
///
/// It uses its own ephemeral session without a cache, so GET replies are
/// never served from a local cache.
public struct URLSessionTransport: JDCloudTransport {
    /// The session requests go through.
    public let session: URLSession
    /// The session's per-request idle timeout; the client enforces its own overall timeout as well.
    public let requestTimeout: TimeInterval

    /// Creates a transport over `session` (by default one ephemeral, cache-less
    /// session shared by all default transports).
    public init(session: URLSession? = nil, requestTimeout: TimeInterval = 60) {
        self.session = session ?? Self.sharedSession
        self.requestTimeout = requestTimeout
    }

    private static let sharedSession = makeSession()

    private static func makeSession() -> URLSession {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        return URLSession(configuration: configuration)
    }

    /// Sends the request through `URLSession`.
    public func send(_ request: HTTPRequest, body: Data) async throws -> (HTTPResponse, Data) {
        let text = "\(request.scheme ?? "https")://\(request.authority ?? "")\(request.path ?? "/")"
        guard let url = URL(string: text) else {
            throw JDCloudError.invalidRequest("'\(text)' is not a valid URL")
        }
        var urlRequest = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: requestTimeout)
        urlRequest.httpMethod = request.method.rawValue
        for field in request.headerFields {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name.rawName)
        }
        if !body.isEmpty { urlRequest.httpBody = body }

        let data: Data
        let urlResponse: URLResponse
        do {
            (data, urlResponse) = try await session.data(for: urlRequest)
        } catch {
            if Task.isCancelled { throw CancellationError() }
            throw Self.classify(error, timeout: requestTimeout)
        }
        guard let httpResponse = urlResponse as? HTTPURLResponse else {
            throw JDCloudError.transportFailure(message: "the reply is not an HTTP response")
        }
        var fields = HTTPFields()
        for (key, value) in httpResponse.allHeaderFields {
            guard let key = key as? String, let name = HTTPField.Name(key) else { continue }
            fields.append(HTTPField(name: name, value: "\(value)"))
        }
        return (HTTPResponse(status: .init(code: httpResponse.statusCode), headerFields: fields), data)
    }

    private static func classify(_ error: any Error, timeout: TimeInterval) -> JDCloudError {
        if let urlError = error as? URLError, urlError.code == .timedOut {
            return .timedOut(after: .milliseconds(Int64(timeout * 1000)))
        }
        return .transportFailure(message: String(describing: error))
    }
}
