import APIModel
import DocParser
import Foundation
import XCTest

final class SeedPageTests: XCTestCase {
    /// `specs/vm/rebuildInstance.md`, found from this file's location.
    static let seedPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("specs/vm/rebuildInstance.md").path

    func testSeedParsesToItsFacts() throws {
        let document = SpecReader.read(paths: [Self.seedPath])
        XCTAssertEqual(document.diagnostics, [])
        let operation = try XCTUnwrap(document.operations.first)
        XCTAssertEqual(document.operations.count, 1)
        XCTAssertEqual(operation.name, "rebuildInstance")
        XCTAssertEqual(operation.line, 1)
        XCTAssertEqual(operation.method, "POST")
        XCTAssertEqual(operation.host, "vm.jdcloud-api.com")
        XCTAssertEqual(operation.service, "vm")
        XCTAssertEqual(operation.version, "1.0.3")
        XCTAssertEqual(operation.path, "/regions/{regionId}/instances/{instanceId}:rebuildInstance")
        XCTAssertEqual(operation.parameters.filter { $0.location == .path }.map(\.name), ["instanceId", "regionId"])
        XCTAssertEqual(operation.parameters.filter { $0.location == .body }.map(\.name), ["imageId", "keyNames", "password"])
        let keyNames = try XCTUnwrap(operation.parameters.first { $0.name == "keyNames" })
        XCTAssertEqual(keyNames.type, "String[]")
        XCTAssertEqual(keyNames.typeRef, .array(.primitive(.string)))
        XCTAssertEqual(operation.parameters.first { $0.name == "password" }?.required, true)
        XCTAssertEqual(operation.parameters.first { $0.name == "imageId" }?.required, false)
        XCTAssertEqual(operation.parameters.first { $0.name == "imageId" }?.default, nil)
        XCTAssertEqual(operation.responseFields, [])
        XCTAssertEqual(operation.models, [])
        XCTAssertEqual(operation.responseCodes.map(\.code), ["400", "401", "404", "503", "200", "500"])
        XCTAssertEqual(operation.responseCodes.first { $0.code == "404" }?.description, "Not Found")
    }

    func testSeedDescriptionIsCleanMarkdown() throws {
        let operation = try XCTUnwrap(SpecReader.read(paths: [Self.seedPath]).operations.first)
        XCTAssertFalse(operation.description.contains("<"), operation.description)
        XCTAssertTrue(operation.description.hasPrefix("Virtual machine uses the specified image to reset the virtual machine image\nThe status"))
        XCTAssertTrue(operation.description.contains("[DescribeImages](https://www.jdcloud.com/help/detail/2874/isCatalog/1)"))
        let password = try XCTUnwrap(operation.parameters.first { $0.name == "password" })
        XCTAssertEqual(password.description, "VM password, [Refer to the public parameter specification](https://www.jdcloud.com/help/detail/3870/isCatalog/1).")
    }

    func testIRJSONHasTheDocumentedKeys() throws {
        let document = SpecReader.read(paths: [Self.seedPath])
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(document)) as? [String: Any]
        XCTAssertEqual(Set(json?.keys ?? [:].keys), ["operations", "skipped", "diagnostics"])
        let operation = try XCTUnwrap((json?["operations"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(operation.keys), [
            "name", "source", "line", "description", "method", "host", "service", "version", "path",
            "parameters", "responseFields", "models", "responseCodes",
        ])
        let parameter = try XCTUnwrap((operation["parameters"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(parameter.keys), ["name", "type", "required", "default", "description", "location"])
        XCTAssertTrue(parameter["default"] is NSNull)
        XCTAssertEqual(operation["source"] as? String, Self.seedPath)
    }
}
