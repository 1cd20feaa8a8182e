@testable import JDCloudCommandLine
import JDCloudCore
import XCTest

/// How command-line input becomes typed values, and how it is refused.
final class CommandInputTests: XCTestCase {
    private let parameters = [
        CommandParameter(name: "instanceId", type: "String", required: true, description: "", location: .path),
        CommandParameter(name: "pageSize", type: "Integer", required: false, defaultValue: "20", description: "", location: .query),
        CommandParameter(name: "tags", type: "Tag[]", required: false, description: "", location: .body),
    ]

    private struct Tag: Decodable, Equatable {
        var key: String
        var value: String?
    }

    private func usageError(_ body: () throws -> Void) -> CommandUsageError? {
        do {
            try body()
            return nil
        } catch {
            return error as? CommandUsageError
        }
    }

    func testValuesDecodeByWireName() throws {
        let input = try CommandInput(["instanceId": "i-1", "pageSize": 10, "tags": [["key": "k"]]], parameters: parameters)
        XCTAssertEqual(try input.required("instanceId", as: String.self), "i-1")
        XCTAssertEqual(try input.optional("pageSize", as: Int.self), 10)
        XCTAssertEqual(try input.optional("tags", as: [Tag].self), [Tag(key: "k")])
    }

    func testAbsentAndNullOptionalsAreNil() throws {
        let input = try CommandInput(["instanceId": "i-1", "pageSize": nil], parameters: parameters)
        XCTAssertNil(try input.optional("pageSize", as: Int.self))
        XCTAssertNil(try input.optional("tags", as: [Tag].self))
    }

    func testMissingRequiredNamesTheParameterAndItsType() throws {
        let input = try CommandInput([:], parameters: parameters)
        let error = usageError { _ = try input.required("instanceId", as: String.self) }
        XCTAssertEqual(error, CommandUsageError(parameter: "instanceId", message: "missing required parameter 'instanceId' (String)"))
    }

    func testWrongTypesNameTheExpectedTypeAndWhere() throws {
        let input = try CommandInput(["instanceId": 7, "pageSize": 1.5, "tags": [["value": "v"]]], parameters: parameters)
        XCTAssertEqual(usageError { _ = try input.required("instanceId", as: String.self) }?.message,
                       "parameter 'instanceId' must be String, not a number")
        XCTAssertEqual(usageError { _ = try input.optional("pageSize", as: Int.self) }?.parameter, "pageSize")
        XCTAssertEqual(usageError { _ = try input.optional("tags", as: [Tag].self) }?.message,
                       "parameter 'tags' must be Tag[]: at [0], missing 'key'")
    }

    func testUnknownKeysSuggestTheClosestName() {
        XCTAssertEqual(usageError { _ = try CommandInput(["instanceID": "i-1"], parameters: parameters) }?.message,
                       "unknown parameter 'instanceID'; did you mean 'instanceId'?")
        XCTAssertEqual(usageError { _ = try CommandInput(["zzz": 1], parameters: parameters) }?.message,
                       "unknown parameter 'zzz'; the parameters are instanceId, pageSize, tags")
        XCTAssertEqual(usageError { _ = try CommandInput(["a", "b"], parameters: parameters) }?.message,
                       "the input must be a JSON object of parameters by name, not an array")
    }

    func testClosestNameIgnoresCaseAndFarNames() {
        XCTAssertEqual(ClosestName.closest(to: "REBUILD-INSTANCE", in: ["rebuild-instance", "stop-instance"]), "rebuild-instance")
        XCTAssertEqual(ClosestName.closest(to: "describe-instancs", in: ["describe-instances", "delete-instance"]), "describe-instances")
        XCTAssertNil(ClosestName.closest(to: "quota", in: ["rebuild-instance"]))
    }

    func testJSONValueFromAnEncodableReply() throws {
        struct Reply: Encodable { var requestId = "r-1"; var result = ["count": 2] }
        XCTAssertEqual(try JSONValue(encoding: Reply()), ["requestId": "r-1", "result": ["count": 2]])
    }
}
