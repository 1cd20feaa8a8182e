import APIModel
import XCTest

final class TypeRefTests: XCTestCase {
    func testPrimitivesMapCaseInsensitively() {
        XCTAssertEqual(TypeRef(parsing: "String"), .primitive(.string))
        XCTAssertEqual(TypeRef(parsing: "integer"), .primitive(.integer))
        XCTAssertEqual(TypeRef(parsing: "Long"), .primitive(.long))
        XCTAssertEqual(TypeRef(parsing: "Number"), .primitive(.double))
        XCTAssertEqual(TypeRef(parsing: "Float"), .primitive(.double))
        XCTAssertEqual(TypeRef(parsing: "Boolean"), .primitive(.boolean))
    }

    func testArraysNest() {
        XCTAssertEqual(TypeRef(parsing: "String[]"), .array(.primitive(.string)))
        XCTAssertEqual(TypeRef(parsing: "Filter[][]"), .array(.array(.model("Filter"))))
        XCTAssertEqual(TypeRef(parsing: "List<Tag>"), .array(.model("Tag")))
    }

    func testObjectsAndMapsAreUntypedWithoutComplaint() {
        XCTAssertEqual(TypeParse("Object"), TypeParse(type: .untyped, problem: nil))
        XCTAssertEqual(TypeParse("Map<String, String>"), TypeParse(type: .untyped, problem: nil))
    }

    func testTyposAreUntypedWithAProblem() {
        let parsed = TypeParse("Arrary")
        XCTAssertEqual(parsed.type, .untyped)
        XCTAssertNotNil(parsed.problem)
        XCTAssertEqual(TypeParse("Arrary[]").type, .array(.untyped))
        XCTAssertNotNil(TypeParse("字符串").problem)
        XCTAssertNotNil(TypeParse("").problem)
    }

    func testModelNames() {
        XCTAssertEqual(TypeRef(parsing: "Instance"), .model("Instance"))
        XCTAssertEqual(TypeRef(parsing: " Result "), .model("Result"))
    }

    func testPathPlaceholders() {
        let rebuild = URITemplate("/regions/{regionId}/instances/{instanceId}:rebuild")
        XCTAssertEqual(rebuild.placeholders, ["regionId", "instanceId"])
        XCTAssertEqual(rebuild.parts, [
            .literal("/regions/"), .placeholder("regionId"), .literal("/instances/"), .placeholder("instanceId"), .literal(":rebuild"),
        ])
        XCTAssertNil(rebuild.problem)
        XCTAssertEqual(URITemplate("/a/{x}/{x}").placeholders, ["x"])
        XCTAssertEqual(URITemplate("monitor.{regionId}.jdcloud-api.com").placeholders, ["regionId"])
    }

    func testTemplatesThatCannotBeFilledSayWhy() {
        XCTAssertEqual(URITemplate("/regions/{regionId/instances").problem, "'{' is never closed")
        XCTAssertEqual(URITemplate("/regions/regionId}/instances").problem, "'}' closes no placeholder")
        XCTAssertEqual(URITemplate("/a/{b{c}}").problem, "'{' opens a placeholder inside another")
        XCTAssertEqual(URITemplate("/a/{}").problem, "'{}' names no placeholder")
        XCTAssertNil(URITemplate("").problem)
    }

    func testTemplateIsItsTextInJSON() throws {
        let json = try JSONEncoder().encode(["path": URITemplate("/a/{b}")])
        XCTAssertEqual(String(decoding: json, as: UTF8.self), #"{"path":"\/a\/{b}"}"#)
        XCTAssertEqual(try JSONDecoder().decode([String: URITemplate].self, from: json)["path"]?.placeholders, ["b"])
    }

    func testBlankDefaultEncodesAsNull() throws {
        let parameter = Parameter(name: "a", type: "String", required: false, description: "", location: .query)
        let json = String(decoding: try JSONEncoder().encode(parameter), as: UTF8.self)
        XCTAssertTrue(json.contains("\"default\":null"), json)
    }

    func testRowLinesAreNeitherJSONNorIdentity() throws {
        let parsed = Parameter(name: "a", type: "String", required: true, description: "", location: .path, line: 17)
        let written = Parameter(name: "a", type: "String", required: true, description: "", location: .path)
        XCTAssertEqual(parsed, written)
        XCTAssertEqual(parsed.hashValue, written.hashValue)
        let json = String(decoding: try JSONEncoder().encode(Model(name: "M", fields: [Field(name: "f", type: "String", description: "", line: 3)], line: 2)), as: UTF8.self)
        XCTAssertFalse(json.contains("line"), json)
        XCTAssertEqual(try JSONDecoder().decode(Parameter.self, from: JSONEncoder().encode(parsed)).line, 0)
    }
}
