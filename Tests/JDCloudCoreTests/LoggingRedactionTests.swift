import Foundation
import Logging
import XCTest
import JDCloudCore

final class LoggingRedactionTests: XCTestCase {
    func testDebugLogsShowRequestButNeverSecrets() async throws {
        let store = CapturingLogHandler.Store()
        let logger = Logger(label: "jdcloud.test") { _ in CapturingLogHandler(store: store) }
        let credentials = Credentials(accessKeyId: "AKLOG", secretAccessKey: "SUPER-SECRET-KEY", sessionToken: "SESSION-TOKEN-XYZ")
        let transport = ScriptedTransport([
            .reply(status: 503, body: "", requestId: "req-503"),
            .reply(status: 200, body: #"{"requestId":"req-ok","result":{"instances":[],"totalCount":0}}"#, requestId: "req-ok"),
        ])
        let client = JDCloudClient(
            service: "vm",
            configuration: Fixtures.configuration(transport: transport, credentials: credentials, logger: logger))
        _ = try await client.send(DescribeInstancesRequest(regionId: "cn-north-1", pageNumber: 7))

        let lines = store.all
        XCTAssertFalse(lines.isEmpty)
        let text = lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("GET"))
        XCTAssertTrue(text.contains("https://vm.jdcloud-api.com/v1/regions/cn-north-1/instances?pageNumber=…"), text)
        XCTAssertFalse(text.contains("pageNumber=7"), "log leaks a query value")
        XCTAssertTrue(text.contains("status=503"))
        XCTAssertTrue(text.contains("status=200"))
        XCTAssertTrue(text.contains("requestId=req-ok"))
        XCTAssertTrue(lines.allSatisfy { $0.hasPrefix("debug") })

        let authorizations = transport.requests.compactMap { $0.headerFields[.authorization] }
        XCTAssertEqual(authorizations.count, 2)
        for secret in ["SUPER-SECRET-KEY", "SESSION-TOKEN-XYZ", "JDCLOUD3-HMAC-SHA256", "Signature="] + authorizations {
            XCTAssertFalse(text.contains(secret), "log leaks \(secret)")
        }
    }
}
