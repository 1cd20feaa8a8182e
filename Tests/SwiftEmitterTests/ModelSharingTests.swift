import APIModel
@testable import SwiftEmitter
import XCTest

final class ModelSharingTests: XCTestCase {
    private let result = [ResponseField(name: "requestId", type: "String", description: ""), ResponseField(name: "result", type: "Result", description: "")]

    func testIdenticalModelsAreSharedWithTheFirstPagesText() {
        let a = operation("describeA", responseFields: result, models: [
            Model(name: "Result", fields: [field("item", "Item")]),
            Model(name: "Item", fields: [field("id", "String", description: "From A")]),
        ])
        let b = operation("describeB", responseFields: result, models: [
            Model(name: "Result", fields: [field("items", "Item[]")]),
            Model(name: "Item", fields: [field("id", "String", description: "From B")]),
        ])
        let emitted = SwiftEmitter().emit(APIDocument(operations: [b, a]))
        let service = emitted.services[0]
        XCTAssertEqual(service.sharedModels.map(\.name), ["Item"])
        XCTAssertEqual(service.sharedModels[0].source, "specs/vm/describeA.md")
        XCTAssertEqual(service.sharedModels[0].fields[0].description, "From A")
        XCTAssertEqual(service.operations.map { $0.localModels.map(\.name) }, [["DescribeAResult"], ["DescribeBResult"]])
        XCTAssertEqual(service.operations.map(\.response.resultType), ["DescribeAResult", "DescribeBResult"])
        XCTAssertEqual(service.operations[1].localModels[0].fields[0].type, "[Item]")
        XCTAssertTrue(emitted.files.map(\.path).contains("JDCloudVM/Models/Item.swift"))
        XCTAssertEqual(emitted.diagnostics, [])
    }

    func testModelsThatDifferAreKeptApartPerPage() {
        let a = operation("describeA", parameters: [Parameter(name: "tag", type: "Tag", required: false, description: "", location: .query)],
                          models: [Model(name: "Tag", fields: [field("key", "String")])])
        let b = operation("describeB", parameters: [Parameter(name: "tag", type: "Tag", required: false, description: "", location: .query)],
                          models: [Model(name: "Tag", fields: [field("key", "String"), field("value", "String")])])
        let result = SwiftEmitter().emit(APIDocument(operations: [a, b]))
        let service = result.services[0]
        XCTAssertEqual(service.sharedModels, [])
        XCTAssertEqual(service.operations.map { $0.parameters[0].type }, ["DescribeATag", "DescribeBTag"])
        // Users learn that the type name depends on the page, once per model.
        XCTAssertEqual(result.diagnostics.map(\.message).filter { $0.contains("defined differently") }, [
            "model 'Tag' is defined differently by 2 pages (or refers to one that is); each page gets its own '<Operation>Tag' type",
        ])
    }

    func testRequiredFlagAndTypeAreShape() {
        let a = operation("a", models: [Model(name: "M", fields: [field("x", "String", required: true)])])
        let b = operation("b", models: [Model(name: "M", fields: [field("x", "String", required: false)])])
        let c = operation("c", models: [Model(name: "N", fields: [field("x", "Integer")])])
        let d = operation("d", models: [Model(name: "N", fields: [field("x", "Long")])])
        let service = SwiftEmitter().emit(APIDocument(operations: [a, b, c, d])).services[0]
        XCTAssertEqual(service.sharedModels, [])
    }

    func testAModelReferringToAnUnsharedModelIsNotShared() {
        // Outer is identical on both pages, but Inner differs, so Outer cannot be shared either.
        let a = operation("a", models: [Model(name: "Outer", fields: [field("inner", "Inner")]), Model(name: "Inner", fields: [field("x", "String")])])
        let b = operation("b", models: [Model(name: "Outer", fields: [field("inner", "Inner")]), Model(name: "Inner", fields: [field("y", "String")])])
        let c = operation("c", models: [Model(name: "Wrapper", fields: [field("outer", "Outer[]")])])
        let service = SwiftEmitter().emit(APIDocument(operations: [a, b, c])).services[0]
        XCTAssertEqual(service.sharedModels.map(\.name), [])
        XCTAssertEqual(service.operations[0].localModels.map(\.name), ["AOuter", "AInner"])
        XCTAssertEqual(service.operations[0].localModels[0].fields[0].type, "AInner")
        XCTAssertEqual(service.operations[2].localModels.map(\.name), ["CWrapper"])
    }

    func testUndefinedModelBecomesJSONValueWithAWarning() {
        let a = operation("a", source: "specs/vm/a.md", line: 3,
                          parameters: [Parameter(name: "spec", type: "Missing", required: true, description: "", location: .body)])
        let emitted = SwiftEmitter().emit(APIDocument(operations: [a]))
        XCTAssertEqual(emitted.services[0].operations[0].parameters[0].type, "JSONValue")
        XCTAssertEqual(emitted.diagnostics.map(\.description), ["specs/vm/a.md:3:1: warning: no page defines model 'Missing'; using JSONValue"])
    }

    func testRecursiveModelsUseIndirectOnlyOnCycleEdges() {
        let a = operation("a", models: [
            Model(name: "Node", fields: [field("parent", "Node"), field("children", "Node[]"), field("leaf", "Leaf")]),
            Model(name: "Leaf", fields: [field("name", "String")]),
            Model(name: "Ping", fields: [field("pong", "Pong")]),
            Model(name: "Pong", fields: [field("ping", "Ping")]),
        ])
        let models = SwiftEmitter().emit(APIDocument(operations: [a])).services[0].sharedModels
        let indirect = models.flatMap { model in model.fields.filter(\.isIndirect).map { "\(model.name).\($0.name)" } }
        XCTAssertEqual(indirect.sorted(), ["Node.parent", "Ping.pong", "Pong.ping"])
    }

    func testDuplicateOperationsAndCollidingNamesAreRenamedWithWarnings() {
        let a = operation("describeThing", source: "en/describeThing.md")
        let b = operation("describeThing", source: "zh/describeThing.md")
        let emitted = SwiftEmitter().emit(APIDocument(operations: [b, a]))
        let operations = emitted.services[0].operations
        XCTAssertEqual(operations.map(\.requestName), ["DescribeThingRequest", "DescribeThing2Request"])
        XCTAssertEqual(operations.map(\.methodName), ["describeThing", "describeThing2"])
        XCTAssertEqual(operations.map(\.commandName), ["describe-thing", "describe-thing2"])
        // Types, client method and command are each renamed with a warning.
        XCTAssertEqual(emitted.diagnostics.filter { $0.severity == .warning }.count, 3)
        XCTAssertEqual(Set(emitted.diagnostics.map(\.file)), ["zh/describeThing.md"])
    }

    func testSigningHeadersAreDroppedAndMissingPathPlaceholdersAdded() {
        let a = operation("a", path: "/regions/{regionId}/things/{thingId}", parameters: [
            Parameter(name: "regionId", type: "String", required: true, description: "", location: .path),
            Parameter(name: "x-jdcloud-date", type: "String", required: false, description: "", location: .header),
            Parameter(name: "authorization", type: "String", required: false, description: "", location: .header),
            Parameter(name: "x-jdcloud-pin", type: "String", required: false, description: "", location: .header),
        ])
        let emitted = SwiftEmitter().emit(APIDocument(operations: [a]))
        let plan = emitted.services[0].operations[0]
        XCTAssertEqual(plan.parameters.map(\.wireName), ["regionId", "x-jdcloud-pin", "thingId"])
        XCTAssertEqual(plan.headerParameters.map(\.name), ["xJdcloudPin"])
        XCTAssertEqual(plan.pathParameters.map(\.name), ["regionId", "thingId"])
        XCTAssertEqual(emitted.diagnostics.count, 1)
    }
}
