import APIModel
import Foundation
import XCTest

final class IRJSONWriterTests: XCTestCase {
    private let document = APIDocument(
        operations: [
            APIOperation(
                name: "describeThings", source: "specs/x/describeThings.md", line: 1,
                description: "Lists \"things\"\nwith a tab\tand a \u{1} control, 中文, a back\\slash and a /slash.",
                method: "GET", host: "x.jdcloud-api.com", service: "x", version: "v1", path: "/regions/{regionId}/things",
                parameters: [
                    Parameter(name: "regionId", type: "String", required: true, description: "Region", location: .path),
                    Parameter(name: "pageSize", type: "Integer", required: false, default: "20", description: "", location: .query),
                ],
                responseFields: [ResponseField(name: "result", type: "Result", description: "")],
                models: [Model(name: "Result", fields: [Field(name: "things", type: "Thing[]", description: "All")])],
                responseCodes: [ResponseCode(code: "200", description: "OK")]
            ),
        ],
        skipped: [SkippedPage(source: "overview.md", reason: "not an API page")],
        diagnostics: [Diagnostic(file: "a.md", line: 3, column: 4, severity: .warning, message: "odd")]
    )

    func testCodableReadsBackTheSameDocument() throws {
        let bytes = IRJSONWriter.json(document)
        let decoded = try JSONDecoder().decode(APIDocument.self, from: Data(bytes))
        XCTAssertEqual(decoded, document)
    }

    func testSameJSONValueAsTheFoundationEncoder() throws {
        let ours = try JSONSerialization.jsonObject(with: Data(IRJSONWriter.json(document))) as? NSDictionary
        let foundation = try JSONSerialization.jsonObject(with: JSONEncoder().encode(document)) as? NSDictionary
        XCTAssertEqual(ours, foundation)
    }

    func testKeysInDocumentedOrderAndEscapes() {
        let text = String(decoding: IRJSONWriter.json(document), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix(#"{"operations":[{"name":"describeThings","source":"specs/x/describeThings.md","line":1,"description":"Lists \"things\"\nwith a tab\tand a \u0001 control, 中文, a back\\slash and a /slash.","method":"GET""#), text)
        XCTAssertTrue(text.contains(#"{"name":"pageSize","type":"Integer","required":false,"default":"20","description":"","location":"query"}"#))
        XCTAssertTrue(text.contains(#""default":null"#))
        XCTAssertTrue(text.hasSuffix("}\n"))
    }
}
