import Foundation
import HTTPTypes
import XCTest
@testable import JDCloudCore

/// Path filling, query flattening, JSON bodies, header parameters and addresses.
final class RequestEncodingTests: XCTestCase {
    private let configuration = Fixtures.configuration(transport: ScriptedTransport([]))

    func testPathValuesAreEncodedAsOneSegment() throws {
        let path = try PathFiller.fill("/regions/{regionId}/instances/{instanceId}:rebuild",
                                       with: ["regionId": "cn-north-1", "instanceId": "中文 a+b/c~d"])
        XCTAssertEqual(path, "/regions/cn-north-1/instances/%E4%B8%AD%E6%96%87%20a%2Bb%2Fc~d:rebuild")
    }

    func testMissingOrEmptyPathParameterFailsBeforeSending() {
        XCTAssertThrowsError(try PathFiller.fill("/regions/{regionId}/instances/{instanceId}", with: ["regionId": "r"])) {
            XCTAssertEqual($0 as? JDCloudError,
                           .missingPathParameter(name: "instanceId", pathTemplate: "/regions/{regionId}/instances/{instanceId}"))
        }
        XCTAssertThrowsError(try PathFiller.fill("/a/{id}", with: ["id": ""]))
        XCTAssertThrowsError(try PathFiller.fill("/a/{id", with: ["id": "x"]))
    }

    func testClientRefusesUnfilledPlaceholderWithoutSending() async {
        let transport = ScriptedTransport([])
        let client = JDCloudClient(service: "vm", configuration: Fixtures.configuration(transport: transport))
        do {
            _ = try await client.send(RebuildInstanceRequest(regionId: "cn-north-1", instanceId: ""))
            XCTFail("expected an error")
        } catch {
            XCTAssertEqual((error as? JDCloudError)?.isTransient, false)
            guard case .missingPathParameter(name: "instanceId", _)? = error as? JDCloudError else {
                return XCTFail("unexpected \(error)")
            }
        }
        XCTAssertTrue(transport.requests.isEmpty)
    }

    func testQueryFlattensNestedFiltersAndOmitsNilsAndEmptyArrays() {
        let parameters: JSONValue = [
            "pageNumber": 2,
            "filters": [
                ["name": "instanceId", "values": ["i-1", "i-2"]],
                ["name": "name", "operator": nil, "values": ["中 文+/&="]],
            ],
            "tags": [],
            "owner": ["id": "u 1", "flags": [true, false]],
            "ratio": 0.5,
            "nothing": nil,
        ]
        XCTAssertEqual(
            QueryEncoder.queryString(from: parameters),
            "filters.1.name=instanceId&filters.1.values.1=i-1&filters.1.values.2=i-2"
                + "&filters.2.name=name&filters.2.values.1=%E4%B8%AD%20%E6%96%87%2B%2F%26%3D"
                + "&owner.flags.1=true&owner.flags.2=false&owner.id=u%201&pageNumber=2&ratio=0.5")
    }

    func testGETPutsParametersInTheQuery() throws {
        let operation = DescribeInstancesRequest(
            regionId: "cn-north-1", pageNumber: 1, pageSize: nil,
            filters: [InstanceFilter(name: "instanceId", values: ["i-abc"])], tags: [])
        let prepared = try RequestBuilder(service: "vm", configuration: configuration).build(operation)
        XCTAssertEqual(prepared.request.method, .get)
        XCTAssertEqual(prepared.urlString,
                       "https://vm.jdcloud-api.com/v1/regions/cn-north-1/instances?filters.1.name=instanceId&filters.1.values.1=i-abc&pageNumber=1")
        XCTAssertTrue(prepared.body.isEmpty)
        XCTAssertNil(prepared.request.headerFields[.contentType])
        XCTAssertEqual(prepared.request.headerFields[.userAgent], "JdcloudSdkSwift/\(UserAgent.sdkVersion) vm/v1")
        XCTAssertEqual(prepared.region, "cn-north-1")
        XCTAssertEqual(prepared.service, "vm")
    }

    func testPOSTSendsJSONBodyWithoutPathOrHeaderParameters() throws {
        let operation = RebuildInstanceRequest(
            regionId: "cn-east-2", instanceId: "i-1", imageId: "img/1", password: nil,
            userTags: ["k": ["a": 1]], pin: "京东用户", traceId: "t 1")
        let prepared = try RequestBuilder(service: "vm", configuration: configuration).build(operation)
        XCTAssertEqual(prepared.request.path, "/v1/regions/cn-east-2/instances/i-1:rebuild")
        XCTAssertEqual(String(decoding: prepared.body, as: UTF8.self), #"{"imageId":"img/1","userTags":{"k":{"a":1}}}"#)
        XCTAssertEqual(prepared.request.headerFields[.contentType], "application/json")
        XCTAssertEqual(prepared.request.headerFields[HTTPField.Name("x-jdcloud-pin")!], Data("京东用户".utf8).base64EncodedString())
        XCTAssertEqual(prepared.request.headerFields[HTTPField.Name("x-trace-id")!], "t 1")
        XCTAssertEqual(prepared.region, "cn-east-2")
    }

    func testSigningRegionFallsBackToParameterThenRegionless() throws {
        let builder = RequestBuilder(service: "iam", configuration: configuration)
        XCTAssertEqual(try builder.build(DescribeUserRequest(userName: "bob", regionId: "cn-south-1")).region, "cn-south-1")
        let regionless = try builder.build(DescribeUserRequest(userName: "bob b", regionId: nil))
        XCTAssertEqual(regionless.region, "jdcloud-api")
        XCTAssertEqual(regionless.request.path, "/v1/users/bob%20b")
    }

    func testEndpointOverrideReplacesServiceHost() throws {
        let configuration = Fixtures.configuration(
            transport: ScriptedTransport([]), endpoint: URL(string: "http://127.0.0.1:8080"))
        let address = try ServiceAddress(host: "vm.jdcloud-api.com", configuration: configuration)
        XCTAssertEqual(address, ServiceAddress(scheme: "http", authority: "127.0.0.1:8080", basePath: ""))
        let defaultAddress = try ServiceAddress(
            host: "vpc.jdcloud-api.com", configuration: Fixtures.configuration(transport: ScriptedTransport([])))
        XCTAssertEqual(defaultAddress, ServiceAddress(scheme: "https", authority: "vpc.jdcloud-api.com", basePath: ""))
    }

    func testInvalidHeaderParameterNameIsRejected() {
        var fields = HTTPFields()
        XCTAssertThrowsError(try HeaderParameters.apply(["bad name": "x"], to: &fields))
    }

    func testCanonicalQueryDropsPartsWithoutEqualsAndSortsRepeatedKeys() {
        XCTAssertEqual(CanonicalQuery.canonicalize("b=2&a&a=z&a=b=c&&=x"), "a=b%3Dc&a=z&b=2")
    }
}
