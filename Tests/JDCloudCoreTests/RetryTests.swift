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
        let transport = ScriptedTransport(Array(repeating: .reply(status: 500, body: "", requestId: "x"), count: 5))
        let client = JDCloudClient(service: "vm", configuration: Fixtures.configuration(transport: transport))
        do {
            _ = try await client.send(operation)
            XCTFail("expected an error")
        } catch {
            XCTAssertEqual((error as? JDCloudError)?.httpStatus, 500)
        }
        XCTAssertEqual(transport.requests.count, 3)
    }

    func testClientErrorsAreNotRetried() async {
        for status in [400, 401, 403, 404] {
            let transport = ScriptedTransport([.reply(status: status, body: "", requestId: nil), .reply(status: 200, body: ok, requestId: nil)])
            let client = JDCloudClient(service: "vm", configuration: Fixtures.configuration(transport: transport))
            do {
                _ = try await client.send(operation)
                XCTFail("expected an error")
            } catch {
                XCTAssertEqual((error as? JDCloudError)?.httpStatus, status)
            }
            XCTAssertEqual(transport.requests.count, 1, "status \(status)")
        }
    }

    func testConnectionErrorsAndTimeoutsAreRetried() async throws {
        let transport = ScriptedTransport([
            .fail(.transportFailure(message: "connection refused")),
            .fail(.timedOut(after: .seconds(1))),
            .reply(status: 200, body: ok, requestId: nil),
        ])
        let client = JDCloudClient(service: "vm", configuration: Fixtures.configuration(transport: transport))
        _ = try await client.send(operation)
        XCTAssertEqual(transport.requests.count, 3)
    }

    func testLastTransportFailureIsReported() async {
        let transport = ScriptedTransport(Array(repeating: .fail(.transportFailure(message: "reset")), count: 3))
        let client = JDCloudClient(service: "vm", configuration: Fixtures.configuration(transport: transport))
        do {
            _ = try await client.send(operation)
            XCTFail("expected an error")
        } catch {
            XCTAssertEqual(error as? JDCloudError, .transportFailure(message: "reset"))
        }
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
