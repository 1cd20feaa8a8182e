@testable import JDCloudCommandLine
import JDCloudCore
import XCTest

/// Parameter options: typed values, repeated arrays, booleans, JSON, and refusals.
final class ParameterOptionsTests: XCTestCase {
    private let parameters = [
        CommandParameter(name: "instanceId", option: "instance-id", type: "String", required: true, description: "", location: .path),
        CommandParameter(name: "pageSize", option: "page-size", type: "Integer", required: false, description: "", location: .query),
        CommandParameter(name: "ratio", option: "ratio", type: "Number", required: false, description: "", location: .query),
        CommandParameter(name: "force", option: "force", type: "Boolean", required: false, description: "", location: .body),
        CommandParameter(name: "keyNames", option: "key-names", type: "String[]", required: false, description: "", location: .body),
        CommandParameter(name: "filters", option: "filters", type: "Filter[]", required: false, description: "", location: .query),
    ]

    private func values(_ tokens: [String]) throws -> [String: JSONValue] {
        try ParameterOptions(tokens, parameters: parameters).values
    }

    func testTypedValues() throws {
        XCTAssertEqual(try values(["--instance-id", "i-1", "--page-size", "10", "--ratio", "0.5"]),
                       ["instanceId": "i-1", "pageSize": 10, "ratio": 0.5])
        XCTAssertEqual(try values(["--page-size=20"]), ["pageSize": 20])
    }

    func testBooleansAloneOrWithAValue() throws {
        XCTAssertEqual(try values(["--force"]), ["force": true])
        XCTAssertEqual(try values(["--force=false"]), ["force": false])
        XCTAssertEqual(try values(["--force", "false"]), ["force": false])
        XCTAssertEqual(try values(["--force", "--page-size", "1"]), ["force": true, "pageSize": 1])
        XCTAssertThrowsError(try values(["--force=maybe"]))
    }

    func testArraysByRepeatingAndModelsAsJSON() throws {
        XCTAssertEqual(try values(["--key-names", "a", "--key-names", "b"]), ["keyNames": ["a", "b"]])
        XCTAssertEqual(try values(["--filters", #"[{"name":"status","values":["running"]}]"#]),
                       ["filters": [["name": "status", "values": ["running"]]]])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("filters-\(UUID().uuidString).json")
        try Data(#"[{"name":"a"}]"#.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        XCTAssertEqual(try values(["--filters", "@" + file.path]), ["filters": [["name": "a"]]])
    }

    func testRefusalsNameTheOptionAndWhatItExpects() {
        let cases: [([String], String)] = [
            (["--page-size", "abc"], "option '--page-size' must be an integer (Integer), not 'abc'"),
            (["--ratio", "x"], "option '--ratio' must be a number (Number), not 'x'"),
            (["--pagesize", "1"], "unknown option '--pagesize'; did you mean '--page-size'?"),
            (["i-1"], "unexpected argument 'i-1'; parameters are given as options such as --instance-id <value>"),
            (["--instance-id"], "option '--instance-id' needs a value (String)"),
            (["--filters", "{"], "--filters is not valid JSON"),
        ]
        for (tokens, message) in cases {
            XCTAssertThrowsError(try values(tokens), "\(tokens)") { error in
                XCTAssertEqual((error as? CommandUsageError)?.message, message)
            }
        }
    }

    func testKindsFollowThePageTypes() {
        XCTAssertEqual(ParameterKind("Integer[]"), .array(.integer))
        XCTAssertEqual(ParameterKind("Filter[]"), .json)
        XCTAssertEqual(ParameterKind("Object"), .json)
        XCTAssertEqual(ParameterKind("Long"), .integer)
    }

    func testMergingPagesConcatenatesTheItemsAndKeepsTheTotal() {
        let pages: [JSONValue] = [
            ["requestId": "a", "result": ["instances": [["id": 1], ["id": 2]], "totalCount": 3]],
            ["requestId": "b", "result": ["instances": [["id": 3]], "totalCount": 3]],
        ]
        XCTAssertEqual(JDCloudCommand.mergingPages(pages, items: "instances"),
                       ["requestId": "b", "result": ["instances": [["id": 1], ["id": 2], ["id": 3]], "totalCount": 3]])
    }
}

/// Tables line up in a terminal whatever the script of their cells.
final class ReplyRowsTests: XCTestCase {
    func testWideCharactersTakeTwoColumns() {
        XCTAssertEqual(ReplyRows.displayWidth("web-1"), 5)
        XCTAssertEqual(ReplyRows.displayWidth("服务器"), 6)
        XCTAssertEqual(ReplyRows.fitted("服务器一号", to: 7), "服务器…")
        let reply: JSONValue = ["result": ["instances": [["instanceName": "服务器", "instanceId": "i-1"], ["instanceName": "web", "instanceId": "i-22"]], "failedIds": []]]
        let table = ReplyRows(reply).table(width: 80)
        XCTAssertEqual(table, """
            instanceId  instanceName
            i-1         服务器
            i-22        web

            """)
    }
}
