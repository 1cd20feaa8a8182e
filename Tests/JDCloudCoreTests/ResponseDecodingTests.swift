import Foundation
import HTTPTypes
import XCTest
@testable import JDCloudCore

final class ResponseDecodingTests: XCTestCase {
    private func response(_ status: Int, requestId: String? = nil) -> HTTPResponse {
        var fields = HTTPFields()
        if let requestId { fields[ResponseDecoder.requestIdHeader] = requestId }
        return HTTPResponse(status: .init(code: status), headerFields: fields)
    }

    func testDecodesResult() throws {
        let body = #"{"requestId":"r1","result":{"instances":[{"id":"i-1"}],"totalCount":1}}"#
        let decoded = try ResponseDecoder.decode(DescribeInstancesResponse.self, response: response(200), body: Data(body.utf8))
        XCTAssertEqual(decoded.requestId, "r1")
        XCTAssertEqual(decoded.result?.totalCount, 1)
        XCTAssertEqual(decoded.result?.instances.first, ["id": "i-1"])
    }

    func testErrorObjectBecomesServiceError() {
        let body = #"{"requestId":"r2","error":{"code":400,"status":"INVALID_ARGUMENT","message":"bad imageId"}}"#
        XCTAssertThrowsError(try ResponseDecoder.decode(RebuildInstanceResponse.self, response: response(400), body: Data(body.utf8))) {
            XCTAssertEqual($0 as? JDCloudError, .service(JDCloudServiceError(
                httpStatus: 400, code: 400, status: "INVALID_ARGUMENT", message: "bad imageId", requestId: "r2")))
        }
    }

    func testErrorObjectInA200IsStillAnError() {
        let body = #"{"requestId":"r3","error":{"code":"404","status":"NOT_FOUND","message":"gone"}}"#
        XCTAssertThrowsError(try ResponseDecoder.decode(RebuildInstanceResponse.self, response: response(200), body: Data(body.utf8))) {
            XCTAssertEqual(($0 as? JDCloudError)?.serviceError?.code, 404)
        }
    }

    func testNonJSONErrorKeepsHeaderRequestIdAndExcerpt() {
        XCTAssertThrowsError(try ResponseDecoder.decode(
            RebuildInstanceResponse.self, response: response(502, requestId: "h1"), body: Data("<html>Bad Gateway</html>".utf8))) {
            XCTAssertEqual($0 as? JDCloudError, .service(JDCloudServiceError(
                httpStatus: 502, message: "<html>Bad Gateway</html>", requestId: "h1")))
        }
    }

    func testUndecodableSuccessBodyIsDistinct() {
        XCTAssertThrowsError(try ResponseDecoder.decode(
            DescribeInstancesResponse.self, response: response(200, requestId: "h2"), body: Data("not json".utf8))) {
            guard case .undecodableResponse(200, "h2", _, "not json")? = $0 as? JDCloudError else { return XCTFail("\($0)") }
        }
        XCTAssertThrowsError(try ResponseDecoder.decode(
            DescribeInstancesResponse.self, response: response(200), body: Data(#"{"requestId":"r","result":{"totalCount":"x"}}"#.utf8))) {
            guard case .undecodableResponse(200, "r", let reason, _)? = $0 as? JDCloudError else { return XCTFail("\($0)") }
            XCTAssertTrue(reason.contains("instances") || reason.contains("totalCount"), reason)
        }
    }

    func testEmptyBodyUsesHeaderRequestId() throws {
        let decoded = try ResponseDecoder.decode(HeadBucketResponse.self, response: response(200, requestId: "h3"), body: Data())
        XCTAssertEqual(decoded.requestId, "h3")
        XCTAssertThrowsError(try ResponseDecoder.decode(HeadBucketResponse.self, response: response(404, requestId: "h4"), body: Data())) {
            XCTAssertEqual(($0 as? JDCloudError)?.httpStatus, 404)
            XCTAssertEqual(($0 as? JDCloudError)?.requestId, "h4")
        }
    }

    func testMissingBodyRequestIdIsTakenFromHeader() throws {
        let decoded = try ResponseDecoder.decode(
            RebuildInstanceResponse.self, response: response(200, requestId: "h5"), body: Data(#"{"result":{}}"#.utf8))
        XCTAssertEqual(decoded.requestId, "h5")
    }
}
