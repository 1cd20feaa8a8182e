import Foundation
import XCTest
import JDCloudCore

final class JSONValueTests: XCTestCase {
    func testDecodesAnyJSON() throws {
        let text = #"{"a":null,"b":true,"c":42,"d":1.5,"e":"中文","f":[1,"x",{"g":[]}],"h":{}}"#
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        let expected: JSONValue = [
            "a": nil, "b": true, "c": 42, "d": 1.5, "e": "中文", "f": [1, "x", ["g": []]], "h": [:],
        ]
        XCTAssertEqual(value, expected)
    }

    func testRoundTripsThroughEncoding() throws {
        let value: JSONValue = ["list": [1, 2.25, false, nil, "s"], "nested": ["k": ["deep": -7]]]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(value)
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"{"list":[1,2.25,false,null,"s"],"nested":{"k":{"deep":-7}}}"#)
        XCTAssertEqual(try JSONDecoder().decode(JSONValue.self, from: data), value)
    }

    func testAccessors() {
        let value: JSONValue = ["n": 3, "s": "x", "d": 4.0]
        XCTAssertEqual(value["n"]?.intValue, 3)
        XCTAssertEqual(value["d"]?.intValue, 4)
        XCTAssertEqual(value["s"]?.stringValue, "x")
        XCTAssertNil(value["missing"])
    }
}
