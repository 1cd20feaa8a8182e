import Foundation
import JDCloudCore
import JDCloudOpenAPI
import JDCloudTestServer
import OpenAPIRuntime
import OpenAPIURLSession
import VMOpenAPIClient
import XCTest

/// swift-openapi-generator's client of our `vm` document, signed by
/// `JDCloudSigningMiddleware`, against a gateway that checks JD Cloud signatures.
final class RoundTripTests: XCTestCase {
    func testDescribeInstancesThroughTheGeneratedClient() async throws {
        let secret = "SECRET-sk-123"
        let received = Received()
        let gateway = try TestServer { request in
            let verification = request.verifySignature(
                secretAccessKey: secret, accessKeyId: "AKTEST", expectedRegion: "cn-north-1", expectedService: "vm")
            received.add(request, verification)
            guard verification.isValid else {
                return .jdcloudError(status: 401, code: "UNAUTHENTICATED", message: "signature mismatch", requestId: "r-401")
            }
            guard request.method == "GET", request.path == "/v1/regions/cn-north-1/instances" else {
                return .jdcloudError(status: 404, code: "NOT_FOUND", message: "no route", requestId: "r-404")
            }
            return .json(#"{"requestId":"r-1","result":{"instances":[{"instanceId":"i-1","status":"running"}],"totalCount":1}}"#)
        }
        defer { gateway.stop() }

        let client = Client(
            serverURL: gateway.baseURL, transport: URLSessionTransport(),
            middlewares: [JDCloudSigningMiddleware(credentials: Credentials(accessKeyId: "AKTEST", secretAccessKey: secret), service: "vm")])
        let output = try await client.describeInstances(path: .init(regionId: "cn-north-1"), query: .init(pageSize: 10))
        let body = try output.ok.body.json
        XCTAssertEqual(body.requestId, "r-1")
        XCTAssertEqual(body.result?.totalCount, 1)
        XCTAssertEqual(body.result?.instances?.first?.instanceId, "i-1")
        let requests = received.all
        XCTAssertEqual(requests.count, 1)
        XCTAssertEqual(requests.first?.1, .valid, "the gateway's signature check passes")
        XCTAssertTrue(requests.first?.0.queryItems.contains(.init(name: "pageSize", value: "10")) == true)
    }
}

private final class Received: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [(ReceivedRequest, SignatureVerification)] = []
    func add(_ request: ReceivedRequest, _ verification: SignatureVerification) { lock.withLock { items.append((request, verification)) } }
    var all: [(ReceivedRequest, SignatureVerification)] { lock.withLock { items } }
}
