import Foundation
import HTTPTypes
import Logging
@testable import JDCloudCore

/// A transport that answers from a script and records what it was sent.
final class ScriptedTransport: JDCloudTransport, @unchecked Sendable {
    enum Step: Sendable {
        case reply(status: Int, body: String, requestId: String?, headers: [String: String] = [:])
        case fail(JDCloudError)
        case hang
    }

    private let lock = NSLock()
    private var steps: [Step]
    private var sent: [HTTPRequest] = []
    private var sentBodies: [Data] = []

    init(_ steps: [Step]) { self.steps = steps }

    var requests: [HTTPRequest] {
        lock.lock()
        defer { lock.unlock() }
        return sent
    }

    /// The body of every request, in order.
    var bodies: [Data] {
        lock.lock()
        defer { lock.unlock() }
        return sentBodies
    }

    func send(_ request: HTTPRequest, body: Data) async throws -> (HTTPResponse, Data) {
        let step: Step = lock.withLock {
            sent.append(request)
            sentBodies.append(body)
            return steps.isEmpty ? .reply(status: 200, body: #"{"requestId":"default"}"#, requestId: nil) : steps.removeFirst()
        }
        switch step {
        case .reply(let status, let body, let requestId, let headers):
            var fields = HTTPFields()
            if let requestId { fields[HTTPField.Name("x-jdcloud-request-id")!] = requestId }
            for (name, value) in headers { fields[HTTPField.Name(name)!] = value }
            return (HTTPResponse(status: .init(code: status), headerFields: fields), Data(body.utf8))
        case .fail(let error):
            throw error
        case .hang:
            // Ignores cancellation on purpose: the client must not wait for it.
            try? await Task.sleep(for: .seconds(30))
            throw JDCloudError.transportFailure(message: "hung")
        }
    }
}

/// A log handler that keeps every message and its metadata.
final class CapturingLogHandler: LogHandler, @unchecked Sendable {
    final class Store: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func append(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
        var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
    }

    let store: Store
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    init(store: Store) { self.store = store }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        let rendered = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        store.append("\(event.level) \(event.message) \(rendered)")
    }
}

enum Fixtures {
    static let credentials = Credentials(accessKeyId: "AKTEST", secretAccessKey: "SECRET-sk-123")

    /// A configuration with fast retries.
    static func configuration(
        transport: any JDCloudTransport,
        endpoint: URL? = nil,
        timeout: Duration = .seconds(5),
        attempts: Int = 3,
        credentials: Credentials = Fixtures.credentials,
        logger: Logger? = nil
    ) -> JDCloudConfiguration {
        JDCloudConfiguration(
            credentials: credentials, region: "cn-north-1", endpoint: endpoint, timeout: timeout,
            retryPolicy: RetryPolicy(maxAttempts: attempts, baseDelay: .milliseconds(10), maxDelay: .milliseconds(40)),
            transport: transport, logger: logger)
    }
}
