import Foundation
import HTTPTypes
import JDCloudTestServer
import XCTest
@testable import JDCloudCore

/// Hosts with placeholders (`monitor.{regionId}.jdcloud-api.com`) are filled
/// from the request, signed as filled, and yield to an endpoint override.
final class RegionalHostTests: XCTestCase {
    private func sentRequest(_ operation: PutMetricDataRequest, endpoint: URL? = nil) async throws -> HTTPRequest {
        let transport = ScriptedTransport([])
        let client = JDCloudClient(service: "monitor", configuration: Fixtures.configuration(transport: transport, endpoint: endpoint))
        _ = try await client.send(operation)
        return try XCTUnwrap(transport.requests.first)
    }

    /// The signature, recomputed independently, holds for the filled host.
    private func assertSigned(_ request: HTTPRequest, host: String, file: StaticString = #filePath, line: UInt = #line) {
        var fields = request.headerFields
        fields[HTTPField.Name("host")!] = host
        let received = ReceivedRequest(method: request.method.rawValue, target: request.path ?? "/", headerFields: fields, body: Data(#"{"metricData":["m"]}"#.utf8))
        XCTAssertEqual(received.verifySignature(secretAccessKey: Fixtures.credentials.secretAccessKey, expectedService: "monitor"), .valid, file: file, line: line)
    }

    func testPlaceholderIsFilledFromThePathAndSignedAsFilled() async throws {
        let request = try await sentRequest(PutMetricDataRequest(regionId: "cn-east-2", metricData: ["m"]))
        XCTAssertEqual(request.authority, "monitor.cn-east-2.jdcloud-api.com")
        XCTAssertEqual(request.path, "/v1/regions/cn-east-2/metrics")
        assertSigned(request, host: "monitor.cn-east-2.jdcloud-api.com")
        // Signed for the filled host, so the same request claimed for another host fails.
        var fields = request.headerFields
        fields[HTTPField.Name("host")!] = "monitor.{regionId}.jdcloud-api.com"
        let wrongHost = ReceivedRequest(method: "POST", target: request.path!, headerFields: fields, body: Data(#"{"metricData":["m"]}"#.utf8))
        XCTAssertFalse(wrongHost.verifySignature(secretAccessKey: Fixtures.credentials.secretAccessKey).isValid)
    }

    func testMissingPlaceholderValueIsRefusedBeforeSending() throws {
        let builder = RequestBuilder(service: "monitor", configuration: Fixtures.configuration(transport: ScriptedTransport([])))
        XCTAssertThrowsError(try builder.build(PutMetricDataRequest(regionId: nil, metricData: []))) {
            XCTAssertEqual($0 as? JDCloudError, .missingPathParameter(name: "regionId", pathTemplate: "monitor.{regionId}.jdcloud-api.com"))
        }
    }

    func testEndpointOverrideStillWins() async throws {
        let request = try await sentRequest(
            PutMetricDataRequest(regionId: "cn-north-1", metricData: ["m"]), endpoint: URL(string: "http://127.0.0.1:9999"))
        XCTAssertEqual(request.authority, "127.0.0.1:9999")
        assertSigned(request, host: "127.0.0.1:9999")
    }

    func testValuesThatAreNotHostLabelsAreRefusedBeforeSending() async {
        for value in ["a.b", "evil.com/x", "-x", "中"] {
            let transport = ScriptedTransport([])
            let client = JDCloudClient(service: "monitor", configuration: Fixtures.configuration(transport: transport))
            do {
                _ = try await client.send(PutMetricDataRequest(regionId: value, metricData: []))
                XCTFail("\(value) was accepted")
            } catch {
                guard case .invalidRequest(let reason)? = error as? JDCloudError else { return XCTFail("\(error)") }
                XCTAssertTrue(reason.contains("host name"), reason)
            }
            XCTAssertTrue(transport.requests.isEmpty, value)
        }
    }

    func testDefaultHostIsTheServiceHost() throws {
        let builder = RequestBuilder(service: "vm", configuration: Fixtures.configuration(transport: ScriptedTransport([])))
        let prepared = try builder.build(DescribeInstancesRequest(regionId: "cn-north-1"))
        XCTAssertEqual(prepared.request.authority, "vm.jdcloud-api.com")
    }
}
