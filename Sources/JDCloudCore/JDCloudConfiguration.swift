import Foundation
import Logging

/// Everything a ``JDCloudClient`` needs besides the operation: who signs,
/// where requests go, how long to wait, how to retry, how to send and log.
public struct JDCloudConfiguration: Sendable {
    /// The variable holding the default region.
    public static let regionVariable = "JDCLOUD_REGION"
    /// The variable holding the endpoint override.
    public static let endpointVariable = "JDCLOUD_ENDPOINT"

    /// The credentials that sign every request.
    public var credentials: Credentials
    /// The default region (`cn-north-1`) for callers and generated code that
    /// want one; signing uses the request's own `regionId`.
    public var region: String?
    /// `https` (default) or `http`, used with the `<service>.jdcloud-api.com` hosts.
    public var scheme: String
    /// When set (`http://127.0.0.1:8080`), every service is reached at this
    /// scheme, host and port (plus its path, if any) instead of `<service>.jdcloud-api.com`.
    public var endpoint: URL?
    /// The longest wait for one attempt's reply.
    public var timeout: Duration
    /// When and how failed attempts are retried.
    public var retryPolicy: RetryPolicy
    /// What sends requests; ``URLSessionTransport`` by default.
    public var transport: any JDCloudTransport
    /// Where requests and replies are logged at debug level, if anywhere.
    public var logger: Logger?

    /// Creates a configuration.
    public init(
        credentials: Credentials,
        region: String? = nil,
        scheme: String = "https",
        endpoint: URL? = nil,
        timeout: Duration = .seconds(30),
        retryPolicy: RetryPolicy = .default,
        transport: any JDCloudTransport = URLSessionTransport(),
        logger: Logger? = nil
    ) {
        self.credentials = credentials
        self.region = region
        self.scheme = scheme
        self.endpoint = endpoint
        self.timeout = timeout
        self.retryPolicy = retryPolicy
        self.transport = transport
        self.logger = logger
    }

    /// A configuration from `JDCLOUD_ACCESS_KEY`, `JDCLOUD_SECRET_KEY`,
    /// `JDCLOUD_SESSION_TOKEN`, `JDCLOUD_REGION` and `JDCLOUD_ENDPOINT`.
    ///
    /// - Throws: ``JDCloudError/missingEnvironmentVariable(_:)`` for missing
    ///   credentials, ``JDCloudError/invalidConfiguration(_:)`` for an endpoint
    ///   that is not an `http` or `https` URL with a host.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment,
        timeout: Duration = .seconds(30),
        retryPolicy: RetryPolicy = .default,
        transport: any JDCloudTransport = URLSessionTransport(),
        logger: Logger? = nil
    ) throws -> JDCloudConfiguration {
        let credentials = try Credentials.fromEnvironment(environment)
        let region = environment[regionVariable].flatMap { $0.isEmpty ? nil : $0 }
        var endpoint: URL?
        if let text = environment[endpointVariable], !text.isEmpty {
            guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
                scheme == "http" || scheme == "https", url.host != nil
            else {
                throw JDCloudError.invalidConfiguration(
                    "\(endpointVariable) '\(text)' is not an http(s) URL with a host")
            }
            endpoint = url
        }
        return JDCloudConfiguration(
            credentials: credentials, region: region, endpoint: endpoint, timeout: timeout,
            retryPolicy: retryPolicy, transport: transport, logger: logger
        )
    }
}
