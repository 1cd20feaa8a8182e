import Foundation
import HTTPTypes
import JDCloudCore
import JDCloudTestServer
import XCTest
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Real HTTP over 127.0.0.1 with ``URLSessionTransport`` and the test gateway.
final class LoopbackRoundTripTests: XCTestCase {
    private let secret = Fixtures.credentials.secretAccessKey

    /// Records what the gateway received.
    private final class Inbox: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [(ReceivedRequest, SignatureVerification)] = []
        func add(_ request: ReceivedRequest, _ verification: SignatureVerification) {
            lock.lock(); items.append((request, verification)); lock.unlock()
        }
        var all: [(ReceivedRequest, SignatureVerification)] { lock.lock(); defer { lock.unlock() }; return items }
    }

    /// A gateway that checks every signature (401 on mismatch) and otherwise answers with `reply`.
    private func gateway(
        _ inbox: Inbox, secret: String? = nil, reply: @escaping @Sendable (Int, ReceivedRequest) -> TestResponse
    ) throws -> TestServer {
        let secret = secret ?? self.secret
        let counter = Inbox()
        return try TestServer { request in
            let verification = request.verifySignature(secretAccessKey: secret, accessKeyId: "AKTEST")
            inbox.add(request, verification)
            counter.add(request, verification)
            guard verification.isValid else {
                return .jdcloudError(status: 401, code: "UNAUTHENTICATED", message: "signature mismatch", requestId: "r-401")
            }
            return reply(counter.all.count, request)
        }
    }

    private func client(_ server: TestServer, timeout: Duration = .seconds(5), credentials: Credentials = Fixtures.credentials) -> JDCloudClient {
        JDCloudClient(service: "vm", configuration: Fixtures.configuration(
            transport: URLSessionTransport(), endpoint: server.baseURL, timeout: timeout, credentials: credentials))
    }

    /// A real server fails the first attempt: a POST with a clientToken is sent
    /// again with the same token (and signed afresh); one without is sent once.
    func testRetriesAgainstALoopbackServerThatFailsTheFirstAttempt() async throws {
        let inbox = Inbox()
        let server = try gateway(inbox) { count, _ in
            count == 1 ? .json(#"{"requestId":"r-500","error":{"code":500,"status":"INTERNAL","message":"boom"}}"#, status: 500)
                : .json(#"{"requestId":"r-ok","result":{}}"#)
        }
        defer { server.stop() }
        _ = try await client(server).send(CreateThingsRequest(regionId: "cn-north-1", name: "a"))
        let attempts = inbox.all
        XCTAssertEqual(attempts.count, 2)
        XCTAssertTrue(attempts.allSatisfy { $0.1.isValid }, "each attempt is signed")
        let tokens = attempts.map { (try? JSONDecoder().decode([String: String].self, from: $0.0.body))?["clientToken"] }
        XCTAssertNotNil(tokens[0] ?? nil)
        XCTAssertEqual(tokens[0], tokens[1])
        XCTAssertNotEqual(attempts[0].0.header("x-jdcloud-nonce"), attempts[1].0.header("x-jdcloud-nonce"))

        let once = Inbox()
        let refusing = try gateway(once) { count, _ in
            count == 1 ? .json(#"{"requestId":"r-500","error":{"code":500,"status":"INTERNAL","message":"boom"}}"#, status: 500)
                : .json(#"{"requestId":"r-ok","result":{}}"#)
        }
        defer { refusing.stop() }
        do {
            _ = try await client(refusing).send(RebuildInstanceRequest(regionId: "cn-north-1", instanceId: "i-1"))
            XCTFail("expected an error")
        } catch let error as JDCloudError {
            XCTAssertEqual(error.httpStatus, 500)
            XCTAssertTrue(error.description.contains("not retried"), error.description)
        }
        XCTAssertEqual(once.all.count, 1)
    }

    func testGETRoundTripCarriesQueryAndAVerifiableSignature() async throws {
        let inbox = Inbox()
        let server = try gateway(inbox) { _, _ in
            .json(#"{"requestId":"r-get","result":{"instances":[{"id":"i-1"}],"totalCount":1}}"#)
        }
        defer { server.stop() }
        let response = try await client(server).send(DescribeInstancesRequest(
            regionId: "cn-north-1", pageNumber: 2,
            filters: [InstanceFilter(name: "name", values: ["中文 a+b", "x/y"])], tags: []))
        XCTAssertEqual(response.requestId, "r-get")
        XCTAssertEqual(response.result?.totalCount, 1)

        let (request, verification) = try XCTUnwrap(inbox.all.first)
        XCTAssertEqual(verification, .valid)
        XCTAssertEqual(request.method, "GET")
        XCTAssertEqual(request.path, "/v1/regions/cn-north-1/instances")
        XCTAssertEqual(request.queryItems, [
            QueryItem(name: "filters.1.name", value: "name"),
            QueryItem(name: "filters.1.values.1", value: "中文 a+b"),
            QueryItem(name: "filters.1.values.2", value: "x/y"),
            QueryItem(name: "pageNumber", value: "2"),
        ])
        XCTAssertEqual(request.header("user-agent"), "JdcloudSdkSwift/\(UserAgent.sdkVersion) vm/v1")
        XCTAssertTrue(request.body.isEmpty)
        XCTAssertTrue(request.header("authorization")!.contains("/cn-north-1/vm/jdcloud3_request"))
    }

    func testPOSTRoundTripCarriesEncodedPathBodyAndHeaders() async throws {
        let inbox = Inbox()
        let server = try gateway(inbox) { _, _ in .json(#"{"requestId":"r-post","result":{}}"#) }
        defer { server.stop() }
        let credentials = Credentials(accessKeyId: "AKTEST", secretAccessKey: secret, sessionToken: "tok-1")
        let response = try await client(server, credentials: credentials).send(RebuildInstanceRequest(
            regionId: "cn-north-1", instanceId: "i 1/中+", imageId: "img-1", password: "p@ss word",
            pin: "京东", traceId: "trace-1"))
        XCTAssertEqual(response.requestId, "r-post")

        let (request, verification) = try XCTUnwrap(inbox.all.first)
        XCTAssertEqual(verification, .valid)
        XCTAssertEqual(request.method, "POST")
        XCTAssertEqual(request.target, "/v1/regions/cn-north-1/instances/i%201%2F%E4%B8%AD%2B:rebuild")
        XCTAssertEqual(request.bodyText, #"{"imageId":"img-1","password":"p@ss word"}"#)
        XCTAssertEqual(request.header("content-type"), "application/json")
        XCTAssertEqual(request.header("x-jdcloud-pin"), Data("京东".utf8).base64EncodedString())
        XCTAssertEqual(request.header("x-trace-id"), "trace-1")
        XCTAssertEqual(request.header("x-jdcloud-security-token"), "tok-1")
    }

    func testServiceErrorFieldsReachTheCaller() async throws {
        let server = try gateway(Inbox()) { _, _ in
            .jdcloudError(status: 404, code: "NOT_FOUND", message: "instance i-1 not found", requestId: "r-404")
        }
        defer { server.stop() }
        do {
            _ = try await client(server).send(RebuildInstanceRequest(regionId: "cn-north-1", instanceId: "i-1"))
            XCTFail("expected an error")
        } catch {
            XCTAssertEqual(error as? JDCloudError, .service(JDCloudServiceError(
                httpStatus: 404, code: 404, status: "NOT_FOUND", message: "instance i-1 not found", requestId: "r-404")))
        }
    }

    func testTwo503sThenSuccessTakesThreeAttempts() async throws {
        let inbox = Inbox()
        let server = try gateway(inbox) { count, _ in
            count <= 2
                ? .jdcloudError(status: 503, code: "UNAVAILABLE", message: "busy", requestId: "r-503-\(count)")
                : .json(#"{"requestId":"r-third","result":{}}"#)
        }
        defer { server.stop() }
        let response = try await client(server).send(RebuildInstanceRequest(regionId: "cn-north-1", instanceId: "i-1"))
        XCTAssertEqual(response.requestId, "r-third")
        XCTAssertEqual(inbox.all.count, 3)
        XCTAssertTrue(inbox.all.allSatisfy { $0.1 == .valid })
        XCTAssertEqual(Set(inbox.all.compactMap { $0.0.header("x-jdcloud-nonce") }).count, 3)
    }

    func testSlowReplyPastTimeoutIsATimeout() async throws {
        let server = try TestServer { _ in .json(#"{"requestId":"late","result":{}}"#, delay: .seconds(3)) }
        defer { server.stop() }
        var configuration = Fixtures.configuration(
            transport: URLSessionTransport(), endpoint: server.baseURL, timeout: .milliseconds(300), attempts: 1)
        configuration.retryPolicy = .none
        let start = ContinuousClock.now
        do {
            _ = try await JDCloudClient(service: "vm", configuration: configuration)
                .send(RebuildInstanceRequest(regionId: "cn-north-1", instanceId: "i-1"))
            XCTFail("expected a timeout")
        } catch {
            XCTAssertEqual(error as? JDCloudError, .timedOut(after: .milliseconds(300)))
        }
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(2))
    }

    /// Timeouts that race replies: each call either decodes the reply or times out, and
    /// none hangs. (FoundationNetworking's own `data(for:)` deadlocked in this race.)
    func testTimeoutsRacingRepliesNeverHang() async throws {
        let server = try TestServer { _ in .json(#"{"requestId":"edge","result":{}}"#, delay: .milliseconds(20)) }
        defer { server.stop() }
        let racing = client(server, timeout: .milliseconds(20))
        var outcomes: [String: Int] = [:]
        for _ in 0..<40 {
            do {
                _ = try await racing.send(RebuildInstanceRequest(regionId: "cn-north-1", instanceId: "i-1"))
                outcomes["reply", default: 0] += 1
            } catch let error as JDCloudError {
                XCTAssertTrue(error.underlying.isTransient, "\(error)")
                outcomes["timeout", default: 0] += 1
            }
        }
        XCTAssertEqual(outcomes.values.reduce(0, +), 40)
    }

    func testWrongSecretGets401WhichIsNotRetried() async throws {
        let inbox = Inbox()
        let server = try gateway(inbox, secret: "the-real-secret") { _, _ in .json(#"{"requestId":"never","result":{}}"#) }
        defer { server.stop() }
        do {
            _ = try await client(server).send(DescribeInstancesRequest(regionId: "cn-north-1"))
            XCTFail("expected an error")
        } catch {
            let serviceError = try XCTUnwrap((error as? JDCloudError)?.serviceError)
            XCTAssertEqual(serviceError.httpStatus, 401)
            XCTAssertEqual(serviceError.status, "UNAUTHENTICATED")
            XCTAssertEqual(serviceError.requestId, "r-401")
        }
        XCTAssertEqual(inbox.all.count, 1)
        guard case .mismatch? = inbox.all.first?.1 else { return XCTFail("expected a mismatch") }
    }

    func testHEADWithEmptyBodyTakesRequestIdFromHeader() async throws {
        let inbox = Inbox()
        let server = try gateway(inbox) { _, _ in
            var response = TestResponse.json("", requestId: "r-head")
            response.body = Data()
            return response
        }
        defer { server.stop() }
        let response = try await client(server).send(HeadBucketRequest(regionId: "cn-north-1", bucketName: "my bucket"))
        XCTAssertEqual(response.requestId, "r-head")
        XCTAssertEqual(inbox.all.first?.0.method, "HEAD")
        XCTAssertEqual(inbox.all.first?.0.target, "/1.0/regions/cn-north-1/buckets/my%20bucket")
    }

    func testConnectionRefusedIsATransportFailure() async throws {
        let server = try TestServer { _ in TestResponse() }
        let endpoint = server.baseURL
        server.stop()
        let configuration = Fixtures.configuration(transport: URLSessionTransport(), endpoint: endpoint, attempts: 2)
        do {
            _ = try await JDCloudClient(service: "vm", configuration: configuration)
                .send(RebuildInstanceRequest(regionId: "cn-north-1", instanceId: "i-1"))
            XCTFail("expected an error")
        } catch {
            guard case .transportFailure(let message)? = (error as? JDCloudError)?.underlying else { return XCTFail("unexpected \(error)") }
            // One readable sentence, not an NSError dump.
            XCTAssertFalse(message.contains("Error Domain"), message)
            XCTAssertTrue(message.contains("127.0.0.1"), message)
        }
    }

    func testServerStopIsPromptAndIdempotent() throws {
        let server = try TestServer { _ in .json("{}", delay: .seconds(30)) }
        let url = server.baseURL.appendingPathComponent("slow")
        let finished = expectation(description: "request ends")
        let task = URLSession(configuration: .ephemeral).dataTask(with: url) { _, _, _ in finished.fulfill() }
        task.resume()
        Thread.sleep(forTimeInterval: 0.3)
        let start = Date()
        server.stop()
        server.stop()
        XCTAssertLessThan(Date().timeIntervalSince(start), 2)
        wait(for: [finished], timeout: 5)
    }
}
