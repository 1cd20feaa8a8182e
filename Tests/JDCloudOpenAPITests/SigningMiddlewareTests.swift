import Foundation
import HTTPTypes
import JDCloudCore
import JDCloudTestServer
import OpenAPIRuntime
import XCTest

@testable import JDCloudOpenAPI

/// The middleware signs what the transport will send, verifiably.
final class SigningMiddlewareTests: XCTestCase {
    private let credentials = Credentials(accessKeyId: "AKTEST", secretAccessKey: "SECRET-sk-123")

    private func signed(
        method: HTTPRequest.Method, path: String, body: String?, baseURL: String
    ) async throws -> (HTTPRequest, Data) {
        let middleware = JDCloudSigningMiddleware(credentials: credentials, service: "vm")
        let request = HTTPRequest(method: method, scheme: nil, authority: nil, path: path)
        let sent = SentBox()
        _ = try await middleware.intercept(
            request, body: body.map { HTTPBody($0) }, baseURL: URL(string: baseURL)!, operationID: "op"
        ) { request, body, _ in
            let bytes = body == nil ? Data() : try await Data(collecting: body!, upTo: 1 << 20)
            sent.set(request, bytes)
            return (HTTPResponse(status: .ok), nil)
        }
        return try XCTUnwrap(sent.value)
    }

    func testAGETIsSignedForTheRegionOfItsPathAndTheServerURLsHost() async throws {
        let (request, body) = try await signed(
            method: .get, path: "/v1/regions/cn-east-2/instances?pageSize=10", body: nil, baseURL: "http://127.0.0.1:8080")
        var fields = request.headerFields
        fields[HTTPField.Name("host")!] = "127.0.0.1:8080"
        let received = ReceivedRequest(method: "GET", target: request.path!, headerFields: fields, body: body)
        XCTAssertEqual(
            received.verifySignature(secretAccessKey: "SECRET-sk-123", accessKeyId: "AKTEST", expectedRegion: "cn-east-2", expectedService: "vm"),
            .valid)
    }

    func testAPOSTBodyIsSignedAndPassedOnUnchanged() async throws {
        let (request, body) = try await signed(
            method: .post, path: "/users/bob", body: #"{"name":"b"}"#, baseURL: "https://iam.jdcloud-api.com/base/")
        XCTAssertEqual(String(decoding: body, as: UTF8.self), #"{"name":"b"}"#)
        var fields = request.headerFields
        fields[HTTPField.Name("host")!] = "iam.jdcloud-api.com"
        // Signed with the server URL's path prefix, as the transport sends it.
        let received = ReceivedRequest(method: "POST", target: "/base/users/bob", headerFields: fields, body: body)
        XCTAssertEqual(received.verifySignature(secretAccessKey: "SECRET-sk-123", expectedRegion: "jdcloud-api"), .valid)
        let wrongPath = ReceivedRequest(method: "POST", target: "/users/bob", headerFields: fields, body: body)
        XCTAssertFalse(wrongPath.verifySignature(secretAccessKey: "SECRET-sk-123").isValid)
    }

    func testRegionFromThePath() {
        XCTAssertEqual(JDCloudSigningMiddleware.region(of: "/v1/regions/cn-north-1/instances"), "cn-north-1")
        XCTAssertEqual(JDCloudSigningMiddleware.region(of: "/v1/regions/cn%2Dx/a?b=/regions/z/"), "cn-x")
        XCTAssertEqual(JDCloudSigningMiddleware.region(of: "/v1/users/bob"), "jdcloud-api")
        XCTAssertEqual(JDCloudSigningMiddleware.region(of: "/v1/regions"), "jdcloud-api")
    }
}

private final class SentBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (HTTPRequest, Data)?
    var value: (HTTPRequest, Data)? { lock.withLock { stored } }
    func set(_ request: HTTPRequest, _ body: Data) { lock.withLock { stored = (request, body) } }
}
