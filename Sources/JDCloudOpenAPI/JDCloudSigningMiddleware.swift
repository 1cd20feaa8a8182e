import Foundation
import HTTPTypes
import JDCloudCore
import OpenAPIRuntime

/// Signs every request of a client that swift-openapi-generator made from
/// `sdkgen openapi`'s documents with JD Cloud's JDCLOUD3-HMAC-SHA256, through
/// `JDCloudCore`'s signer, so that such a client calls JD Cloud:
///
/// ```swift
/// let client = Client(
///     serverURL: try Servers.Server1.url(), transport: URLSessionTransport(),
///     middlewares: [JDCloudSigningMiddleware(credentials: credentials, service: "vm")])
/// ```
///
/// The region of the credential scope is the path's `/regions/<id>/` segment,
/// else `jdcloud-api`, as JD Cloud's own SDKs sign.
public struct JDCloudSigningMiddleware: ClientMiddleware {
    /// The keys that sign.
    public var credentials: Credentials
    /// The service of the credential scope (`vm`).
    public var service: String
    /// The largest body signed (the whole body is hashed, so it is read into memory).
    public var maximumBodySize: Int = 64 << 20

    /// A middleware that signs for `service` with `credentials`.
    public init(credentials: Credentials, service: String) {
        self.credentials = credentials
        self.service = service
    }

    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let bytes = body == nil ? Data() : try await Data(collecting: body!, upTo: maximumBodySize)
        // Signed as the transport will send it: the server URL's host and path prefix, then the request's path.
        var wire = request
        wire.scheme = baseURL.scheme
        wire.authority = baseURL.port.map { "\(baseURL.host ?? ""):\($0)" } ?? baseURL.host
        var prefix = baseURL.path
        while prefix.hasSuffix("/") { prefix.removeLast() }
        wire.path = prefix + (request.path ?? "/")
        JDCloudSigner(credentials: credentials).sign(
            &wire, body: bytes, service: service, region: Self.region(of: wire.path ?? ""), date: Date(),
            nonce: UUID().uuidString.lowercased())
        var signed = request
        signed.headerFields = wire.headerFields
        return try await next(signed, body == nil ? nil : HTTPBody(bytes), baseURL)
    }

    /// The segment after `/regions/` in `path`, else `jdcloud-api`.
    static func region(of path: String) -> String {
        let segments = path.split(separator: "?", maxSplits: 1).first.map { $0.split(separator: "/") } ?? []
        guard let index = segments.firstIndex(of: "regions"), index + 1 < segments.count else { return "jdcloud-api" }
        let region = segments[index + 1].removingPercentEncoding ?? String(segments[index + 1])
        return region.isEmpty ? "jdcloud-api" : region
    }
}
