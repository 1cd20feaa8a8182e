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
        var urlRequest = URLRequest(
            url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: requestTimeout)
        urlRequest.httpMethod = request.method.rawValue
        for field in request.headerFields {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name.rawName)
        }
        if !body.isEmpty { urlRequest.httpBody = body }

        let data: Data
        let urlResponse: URLResponse
        do {
            (data, urlResponse) = try await Self.exchange(urlRequest, on: session)
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

    /// `session.data(for:)` without its cancellation hazard.
    ///
    /// On Linux, FoundationNetworking's `data(for:)` cancels the data task
    /// synchronously from inside Swift's task-cancellation handler, which
    /// holds the task's status lock; if the reply completes at that moment,
    /// the session's queue waits for the same lock and both threads hang
    /// (seen in this project's loopback tests when a timeout raced a reply).
    /// Here the data task is cancelled asynchronously instead, so the
    /// handler never blocks.
    private static func exchange(_ request: URLRequest, on session: URLSession) async throws -> (Data, URLResponse) {
        let handle = DataTaskHandle()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let task = session.dataTask(with: request) { data, response, error in
                    if let error {
                        continuation.resume(throwing: error)
                    } else if let response {
                        continuation.resume(returning: (data ?? Data(), response))
                    } else {
                        continuation.resume(throwing: URLError(.badServerResponse))
                    }
                }
                handle.start(task)
            }
        } onCancel: {
            handle.cancel()
        }
    }

    private static func classify(_ error: any Error, timeout: TimeInterval) -> JDCloudError {
        if let urlError = error as? URLError, urlError.code == .timedOut {
            return .timedOut(after: .milliseconds(Int64(timeout * 1000)))
        }
        return .transportFailure(message: describe(error))
    }

    /// The one sentence an `NSError` carries (`Failed to connect to 127.0.0.1
    /// port 9 ...: Couldn't connect to server`) rather than its whole dump.
    private static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        if let sentence = nsError.userInfo[NSLocalizedDescriptionKey] as? String, !sentence.isEmpty {
            return sentence
        }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            let sentence = underlying.userInfo[NSLocalizedDescriptionKey] as? String, !sentence.isEmpty
        {
            return sentence
        }
        return String(describing: error)
    }
}

/// The data task of one exchange, cancellable before or after it starts.
private final class DataTaskHandle: @unchecked Sendable {
    private let lock = NSLock()
    private var task: URLSessionDataTask?
    private var cancelled = false

    func start(_ task: URLSessionDataTask) {
        lock.lock()
        self.task = task
        let cancelled = self.cancelled
        lock.unlock()
        task.resume()
        if cancelled { Self.cancelLater(task) }
    }

    func cancel() {
        lock.lock()
        cancelled = true
        let task = self.task
        lock.unlock()
        if let task { Self.cancelLater(task) }
    }

    /// Off the current thread: see ``URLSessionTransport`` `exchange(_:on:)`.
    private static func cancelLater(_ task: URLSessionDataTask) {
        DispatchQueue.global().async { task.cancel() }
    }
}
