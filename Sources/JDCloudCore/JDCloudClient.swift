import Foundation
import HTTPTypes
import Logging

/// Calls the operations of one JD Cloud service.
///
/// Generated clients wrap one:
/// ```swift
/// public struct VMClient: Sendable {
///     public let client: JDCloudClient
///     public init(configuration: JDCloudConfiguration) {
///         client = JDCloudClient(service: "vm", configuration: configuration)
///     }
///     public func rebuildInstance(_ request: RebuildInstanceRequest) async throws -> RebuildInstanceResponse {
///         try await client.send(request)
///     }
/// }
/// ```
public struct JDCloudClient: Sendable {
    /// The service name: the first label of `<service>.jdcloud-api.com` and of the credential scope.
    public let service: String
    /// The configuration every call uses.
    public let configuration: JDCloudConfiguration

    /// Creates a client for `service` (`vm`, `vpc`, ...).
    public init(service: String, configuration: JDCloudConfiguration) {
        self.service = service
        self.configuration = configuration
    }

    /// Sends `operation` and decodes its reply.
    ///
    /// The request is built once (path, query or JSON body, headers; a
    /// `clientToken` filled when the operation takes one), then signed afresh
    /// for every attempt. Failures are retried under
    /// ``JDCloudConfiguration/retryPolicy`` only where that cannot repeat a
    /// side effect (see ``RetryPolicy``); cancellation stops at once.
    ///
    /// - Throws: ``JDCloudError`` for every failure, or `CancellationError`.
    public func send<Operation: JDCloudOperation>(_ operation: Operation) async throws -> Operation.Response {
        let prepared = try RequestBuilder(service: service, configuration: configuration).build(operation)
        let (outcome, refusal) = try await exchange(prepared, descriptor: Operation.descriptor)
        do {
            let (response, body) = try outcome.get()
            return try ResponseDecoder.decode(Operation.Response.self, response: response, body: body)
        } catch let error as JDCloudError {
            guard let refusal else { throw error }
            throw JDCloudError.notRetried(error, reason: refusal)
        }
    }

    /// Sends `prepared` until a reply that is not worth retrying, or the
    /// attempts run out. The second value says why a failure that another
    /// attempt might have fixed was not retried.
    private func exchange(
        _ prepared: PreparedRequest, descriptor: OperationDescriptor
    ) async throws -> (Result<(HTTPResponse, Data), JDCloudError>, String?) {
        let policy = configuration.retryPolicy
        let signer = JDCloudSigner(credentials: configuration.credentials)
        let transport = configuration.transport
        let logger = configuration.logger
        var attempt = 1
        while true {
            try Task.checkCancellation()
            var request = prepared.request
            signer.sign(
                &request, body: prepared.body, service: prepared.service, region: prepared.region,
                date: Date(), nonce: UUID().uuidString.lowercased())
            logger?.debug(
                "JD Cloud request",
                metadata: [
                    "method": "\(request.method.rawValue)", "url": "\(prepared.loggedURL)", "attempt": "\(attempt)",
                ])
            let signedRequest = request
            let body = prepared.body
            let outcome: Result<(HTTPResponse, Data), JDCloudError>
            do {
                outcome = .success(
                    try await Deadline.run(timeout: configuration.timeout) {
                        try await transport.send(signedRequest, body: body)
                    })
            } catch is CancellationError {
                throw CancellationError()
            } catch let error as JDCloudError where !error.isTransient {
                throw error
            } catch let error as JDCloudError {
                outcome = .failure(error)
            } catch {
                outcome = .failure(.transportFailure(message: String(describing: error)))
            }

            // Whether another attempt may help, and whether it is safe; the wait a reply asks for.
            let mayHelp: Bool
            let safe: Bool
            var asked: Duration?
            switch outcome {
            case .success(let (response, _)):
                logger?.debug(
                    "JD Cloud response",
                    metadata: [
                        "method": "\(request.method.rawValue)", "url": "\(prepared.loggedURL)",
                        "status": "\(response.status.code)",
                        "requestId": "\(response.headerFields[ResponseDecoder.requestIdHeader] ?? "-")",
                    ])
                let status = response.status.code
                if policy.alwaysRetriedStatuses.contains(status) {
                    (mayHelp, safe) = (true, true)
                    asked = policy.delay(retryAfter: response.headerFields[.retryAfter])
                } else {
                    (mayHelp, safe) = (policy.idempotentRetriedStatuses.contains(status), descriptor.isRepeatable)
                }
            case .failure(let error):
                logger?.debug(
                    "JD Cloud request failed",
                    metadata: [
                        "method": "\(request.method.rawValue)", "url": "\(prepared.loggedURL)", "error": "\(error)",
                    ])
                (mayHelp, safe) = (true, descriptor.isRepeatable)
            }
            guard mayHelp, attempt < policy.maxAttempts else { return (outcome, nil) }
            guard safe else {
                let reason =
                    "\(descriptor.method.rawValue) \(descriptor.name) takes no clientToken, so a second attempt could repeat "
                    + "what the first may have done; check its effect before calling again"
                return (outcome, reason)
            }
            try await Task.sleep(for: asked ?? policy.delay(afterAttempt: attempt))
            attempt += 1
        }
    }
}
