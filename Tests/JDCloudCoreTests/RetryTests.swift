import Foundation
import HTTPTypes
import XCTest
import JDCloudCore

final class RetryTests: XCTestCase {
    private let ok = #"{"requestId":"r-ok","result":{}}"#
    private let operation = RebuildInstanceRequest(regionId: "cn-north-1", instanceId: "i-1", imageId: "img")

    func testTransientStatusesAreRetriedAndReSigned() async throws {
        let transport = ScriptedTransport([
            .reply(status: 503, body: "", requestId: nil),
            .reply(status: 429, body: "", requestId: nil),
            .reply(status: 200, body: ok, requestId: nil),
        ])
        let client = JDCloudClient(service: "vm", configuration: Fixtures.configuration(transport: transport))
        let response = try await client.send(operation)
        XCTAssertEqual(response.requestId, "r-ok")
        XCTAssertEqual(transport.requests.count, 3)
        let nonces = Set(transport.requests.compactMap { $0.headerFields[JDCloudSigner.nonceHeader] })
        XCTAssertEqual(nonces.count, 3, "every attempt is signed with a new nonce")
    }

    func testGivesUpAfterMaxAttempts() async {
        let transport = ScriptedTransport(Array(repeating: .reply(status: 503, body: "", requestId: "x"), count: 5))
        let client = JDCloudClient(service: "vm", configuration: Fixtures.configuration(transport: transport))
        do {
            _ = try await client.send(operation)
            XCTFail("expected an error")
        } catch {
            XCTAssertEqual((error as? JDCloudError)?.httpStatus, 503)
        }
        XCTAssertEqual(transport.requests.count, 3)
    }

    func testClientErrorsAreNotRetried() async {
        for status in [400, 401, 403, 404] {
            let transport = ScriptedTransport([.reply(status: status, body: "", requestId: nil), .reply(status: 200, body: ok, requestId: nil)])
            let client = JDCloudClient(service: "vm", configuration: Fixtures.configuration(transport: transport))
            do {
                _ = try await client.send(listing)
                XCTFail("expected an error")
            } catch {
                XCTAssertEqual((error as? JDCloudError)?.httpStatus, status)
            }
            XCTAssertEqual(transport.requests.count, 1, "status \(status)")
        }
    }

    private let listing = DescribeInstancesRequest(regionId: "cn-north-1")
    private let listingReply = #"{"requestId":"r-ok","result":{"instances":[],"totalCount":0}}"#

    func testConnectionErrorsTimeoutsAnd5xxAreRetriedForGETs() async throws {
        let transport = ScriptedTransport([
            .fail(.transportFailure(message: "connection refused")),
            .fail(.timedOut(after: .seconds(1))),
            .reply(status: 502, body: "", requestId: nil),
            .reply(status: 200, body: listingReply, requestId: nil),
        ])
        let client = JDCloudClient(service: "vm", configuration: Fixtures.configuration(transport: transport, attempts: 4))
        _ = try await client.send(listing)
        XCTAssertEqual(transport.requests.count, 4)
    }

    func testAPOSTWithoutATokenIsSentOnceAfterAFailureThatMayHaveActed() async {
        for step in [ScriptedTransport.Step.fail(.timedOut(after: .seconds(1))), .fail(.transportFailure(message: "reset")),
                     .reply(status: 500, body: "", requestId: "r-500"), .reply(status: 504, body: "", requestId: nil)] {
            let transport = ScriptedTransport([step, .reply(status: 200, body: ok, requestId: nil)])
            let client = JDCloudClient(service: "vm", configuration: Fixtures.configuration(transport: transport))
            do {
                _ = try await client.send(operation)
                XCTFail("expected an error after \(step)")
            } catch let error as JDCloudError {
                guard case .notRetried(let underlying, let reason) = error else { return XCTFail("\(error)") }
                XCTAssertEqual(reason, "POST rebuildInstance takes no clientToken, so a second attempt could repeat what the first may have done; check its effect before calling again")
                XCTAssertTrue(error.description.contains("not retried"), error.description)
                XCTAssertEqual(underlying, error.underlying)
                if case .reply(let status, _, let requestId, _) = step {
                    XCTAssertEqual(error.httpStatus, status)
                    XCTAssertEqual(error.requestId, requestId)
                }
            } catch {
                XCTFail("\(error)")
            }
            XCTAssertEqual(transport.requests.count, 1, "\(step)")
        }
    }

    func testA429Or503IsRetriedForEveryOperationAfterRetryAfter() async throws {
        let transport = ScriptedTransport([
            .reply(status: 429, body: "", requestId: nil, headers: ["Retry-After": "1"]),
            .reply(status: 503, body: "", requestId: nil),
            .reply(status: 200, body: ok, requestId: nil),
        ])
        var configuration = Fixtures.configuration(transport: transport)
        configuration.retryPolicy = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(1), maxDelay: .seconds(5), jitter: 0)
        let start = ContinuousClock.now
        _ = try await JDCloudClient(service: "vm", configuration: configuration).send(operation)
        XCTAssertEqual(transport.requests.count, 3)
        XCTAssertGreaterThanOrEqual(ContinuousClock.now - start, .seconds(1), "Retry-After: 1 was honoured")
        // Within the policy's cap: a Retry-After of an hour waits at most maxDelay.
        XCTAssertEqual(RetryPolicy(maxDelay: .seconds(2)).delay(retryAfter: "3600"), .seconds(2))
        XCTAssertNil(RetryPolicy().delay(retryAfter: "Wed, 21 Oct 2015 07:28:00 GMT"))
    }

    func testAPOSTWithAClientTokenIsRetriedWithTheSameToken() async throws {
        let transport = ScriptedTransport([
            .fail(.timedOut(after: .seconds(1))),
            .reply(status: 500, body: "", requestId: nil),
            .reply(status: 200, body: ok, requestId: nil),
        ])
        let client = JDCloudClient(service: "vm", configuration: Fixtures.configuration(transport: transport))
        _ = try await client.send(CreateThingsRequest(name: "a"))
        XCTAssertEqual(transport.requests.count, 3)
        let tokens = transport.bodies.map { body -> String? in
            (try? JSONDecoder().decode([String: String].self, from: body))?["clientToken"]
        }
        XCTAssertEqual(tokens.count, 3)
        XCTAssertNotNil(tokens[0])
        XCTAssertEqual(Set(tokens).count, 1, "one token for every attempt of the call")
        XCTAssertEqual(UUID(uuidString: tokens[0] ?? "")?.uuidString.lowercased(), tokens[0])
        // A second call gets a token of its own; a caller's token is kept.
        _ = try await client.send(CreateThingsRequest(name: "b"))
        _ = try await client.send(CreateThingsRequest(name: "c", clientToken: "mine"))
        let later = transport.bodies.suffix(2).map { (try? JSONDecoder().decode([String: String].self, from: $0))?["clientToken"] }
        XCTAssertNotEqual(later[0], tokens[0])
        XCTAssertEqual(later[1], "mine")
    }

    func testLastTransportFailureIsReported() async {
        let transport = ScriptedTransport(Array(repeating: .fail(.transportFailure(message: "reset")), count: 3))
        let client = JDCloudClient(service: "vm", configuration: Fixtures.configuration(transport: transport))
        do {
            _ = try await client.send(listing)
            XCTFail("expected an error")
        } catch {
            XCTAssertEqual(error as? JDCloudError, .transportFailure(message: "reset"))
        }
        XCTAssertEqual(transport.requests.count, 3)
    }

    func testTimeoutAppliesEvenIfTransportIgnoresCancellation() async {
        let transport = ScriptedTransport([.hang])
        let client = JDCloudClient(
            service: "vm", configuration: Fixtures.configuration(transport: transport, timeout: .milliseconds(200), attempts: 1))
        let start = ContinuousClock.now
        do {
            _ = try await client.send(operation)
            XCTFail("expected a timeout")
        } catch {
            XCTAssertEqual(error as? JDCloudError, .timedOut(after: .milliseconds(200)))
        }
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(2))
    }

    func testCancellationIsHonouredAtOnce() async {
        let transport = ScriptedTransport([.hang])
        let client = JDCloudClient(service: "vm", configuration: Fixtures.configuration(transport: transport, timeout: .seconds(30)))
        await assertCancelsAtOnce(client, after: .milliseconds(100), transport: transport)
    }

    func testCancellationDuringBackoffStopsRetrying() async {
        let transport = ScriptedTransport([.reply(status: 503, body: "", requestId: nil), .reply(status: 200, body: ok, requestId: nil)])
        var configuration = Fixtures.configuration(transport: transport)
        configuration.retryPolicy = RetryPolicy(maxAttempts: 3, baseDelay: .seconds(30), maxDelay: .seconds(30), jitter: 0)
        let client = JDCloudClient(service: "vm", configuration: configuration)
        await assertCancelsAtOnce(client, after: .milliseconds(150), transport: transport)
    }

    /// Cancels a call `after` it started: it must end within a second with
    /// `CancellationError`, having sent exactly one request.
    private func assertCancelsAtOnce(
        _ client: JDCloudClient, after delay: Duration, transport: ScriptedTransport,
        file: StaticString = #filePath, line: UInt = #line
    ) async {
        let operation = self.operation
        let task = Task { try await client.send(operation) }
        try? await Task.sleep(for: delay)
        let start = ContinuousClock.now
        task.cancel()
        let result = await task.result
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(1), file: file, line: line)
        guard case .failure(let error) = result, error is CancellationError else {
            return XCTFail("expected CancellationError, got \(result)", file: file, line: line)
        }
        XCTAssertEqual(transport.requests.count, 1, file: file, line: line)
    }
}
