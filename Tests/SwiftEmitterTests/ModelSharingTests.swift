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

    func testResponseModelsThatSomePagesDefineWithMoreFieldsAreOneType() {
        // The case that renamed `Instance` to `DescribeInstanceInstance`: one page lists a field the other leaves out.
        let one = operation("describeInstance", responseFields: result, models: [
            Model(name: "Result", fields: [field("instance", "Instance")]),
            Model(name: "Instance", fields: [field("instanceId", "String"), field("hostname", "String", description: "Host name")]),
        ])
        let many = operation("describeInstances", responseFields: result, models: [
            Model(name: "Result", fields: [field("instances", "Instance[]")]),
            Model(name: "Instance", fields: [field("instanceId", "String"), field("status", "String")]),
        ])
        let emitted = SwiftEmitter().emit(APIDocument(operations: [many, one]))
        let service = emitted.services[0]
        XCTAssertEqual(service.sharedModels.map(\.name), ["Instance"])
        XCTAssertEqual(service.sharedModels[0].fields.map(\.wireName), ["instanceId", "hostname", "status"])
        XCTAssertTrue(service.sharedModels[0].fields.allSatisfy(\.isOptional))
        XCTAssertEqual(service.operations.map { $0.localModels.map(\.name) }, [["DescribeInstanceResult"], ["DescribeInstancesResult"]])
        XCTAssertEqual(emitted.diagnostics, [])
        // Without the second page, the name and the first page's fields are the same.
        let alone = SwiftEmitter().emit(APIDocument(operations: [many])).services[0]
        XCTAssertEqual(alone.sharedModels.map(\.name), ["Instance"])
        XCTAssertEqual(alone.sharedModels[0].fields.map(\.wireName), ["instanceId", "status"])
    }

    func testAFieldIsRequiredOnlyWhereEveryPageRequiresIt() {
        let a = operation("a", models: [Model(name: "M", fields: [field("x", "String", required: true), field("y", "String", required: true)])])
        let b = operation("b", models: [Model(name: "M", fields: [field("x", "String", required: true)])])
        let model = SwiftEmitter().emit(APIDocument(operations: [a, b])).services[0].sharedModels[0]
        XCTAssertEqual(model.fields.map(\.isOptional), [false, true])
    }

    func testModelsThatTrulyConflictAreKeptApartPerPage() {
        // A request sends Tag; the pages disagree on which fields it must carry.
        let a = operation("describeA", parameters: [Parameter(name: "tag", type: "Tag", required: false, description: "", location: .query)],
                          models: [Model(name: "Tag", fields: [field("key", "String", required: true)])])
        let b = operation("describeB", parameters: [Parameter(name: "tag", type: "Tag", required: false, description: "", location: .query)],
                          models: [Model(name: "Tag", fields: [field("key", "String", required: true), field("value", "String", required: true)])])
        let result = SwiftEmitter().emit(APIDocument(operations: [a, b]))
        let service = result.services[0]
        XCTAssertEqual(service.sharedModels, [])
        XCTAssertEqual(service.operations.map { $0.parameters[0].type }, ["DescribeATag", "DescribeBTag"])
        // Users learn that the type name depends on the page, once per model.
        XCTAssertEqual(result.diagnostics.map(\.message), [
            "model 'Tag' is defined differently by 2 pages (requests send it, and field 'value' is required on one page but not on another); each page gets a type of its own",
        ])
    }

    func testFieldTypesMustAgreeButSpellingsMayDiffer() {
        let a = operation("a", models: [Model(name: "M", fields: [field("x", "Number")])])
        let b = operation("b", models: [Model(name: "M", fields: [field("x", "Double")])])
        let c = operation("c", models: [Model(name: "N", fields: [field("x", "Integer")])])
        let d = operation("d", models: [Model(name: "N", fields: [field("x", "Long")])])
        let emitted = SwiftEmitter().emit(APIDocument(operations: [a, b, c, d]))
        XCTAssertEqual(emitted.services[0].sharedModels.map(\.name), ["M"])
        XCTAssertEqual(emitted.diagnostics.map(\.message), [
            "model 'N' is defined differently by 2 pages (field 'x' is Integer on one page and Long on another); each page gets a type of its own",
        ])
    }

    func testAModelReferringToASplitModelIsSplitToo() {
        // Outer is identical on both pages, but Inner conflicts, so Outer cannot be one type either.
        let a = operation("a", models: [Model(name: "Outer", fields: [field("inner", "Inner")]), Model(name: "Inner", fields: [field("x", "String")])])
        let b = operation("b", models: [Model(name: "Outer", fields: [field("inner", "Inner")]), Model(name: "Inner", fields: [field("x", "Integer")])])
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

    func testCopiesOfAnOperationAreOneOperation() {
        // An English and a Chinese copy that agree on everything but prose: one operation, nothing to say.
        let en = operation("describeThing", source: "en/describeThing.md", description: "Describes a thing.")
        let cn = operation("describeThing", source: "cn/describeThing.md", description: "描述")
        let emitted = SwiftEmitter().emit(APIDocument(operations: [en, cn]))
        XCTAssertEqual(emitted.services[0].operations.map(\.source), ["cn/describeThing.md"])
        XCTAssertEqual(emitted.diagnostics, [])
        // Copies that differ: the first page in path order is used, and a warning at the other names both.
        let moved = operation("describeThing", source: "en/describeThing.md", line: 4, path: "/other")
        let warned = SwiftEmitter().emit(APIDocument(operations: [moved, cn]))
        XCTAssertEqual(warned.services[0].operations.map(\.path), ["/things"])
        XCTAssertEqual(warned.diagnostics.map(\.description), [
            "en/describeThing.md:4:1: warning: operation 'describeThing' is also defined by cn/describeThing.md, which differs (address vm.jdcloud-api.com/v1/things against vm.jdcloud-api.com/v1/other); that page (first in path order) is used and this one is ignored",
        ])
        // Copies of different API versions: the newest API is used, wherever its page sorts.
        var newer = operation("describeThing", source: "en/describeThing.md")
        newer.version = "v2"
        var older = operation("describeThing", source: "cn/describeThing.md")
        older.version = "0.2.9"
        let versions = SwiftEmitter().emit(APIDocument(operations: [older, newer]))
        XCTAssertEqual(versions.services[0].operations.map(\.version), ["v2"])
        XCTAssertEqual(versions.diagnostics.map(\.file), ["cn/describeThing.md"])
        XCTAssertTrue(versions.diagnostics[0].message.hasSuffix("that page (the highest API version) is used and this one is ignored"))
        XCTAssertLessThan(APIVersion("0.2.9"), APIVersion("1.0.3"))
        XCTAssertLessThan(APIVersion("1.0.3"), APIVersion("v1.1"))
        XCTAssertLessThan(APIVersion("v1"), APIVersion("v2beta"))
        XCTAssertLessThan(APIVersion("v2beta1"), APIVersion("v2"), "a release ranks above its previews")
    }

    func testCollidingNamesAreRenamedWithWarnings() {
        let a = operation("describeThing", source: "a.md")
        let b = operation("describe-thing", source: "b.md")
        let emitted = SwiftEmitter().emit(APIDocument(operations: [b, a]))
        let operations = emitted.services[0].operations
        XCTAssertEqual(operations.map(\.requestName), ["DescribeThingRequest", "DescribeThing2Request"])
        XCTAssertEqual(operations.map(\.methodName), ["describeThing", "describeThing2"])
        XCTAssertEqual(operations.map(\.commandName), ["describe-thing", "describe-thing2"])
        // Types, client method and command are each renamed with a warning.
        XCTAssertEqual(emitted.diagnostics.filter { $0.severity == .warning }.count, 3)
        XCTAssertEqual(Set(emitted.diagnostics.map(\.file)), ["b.md"])
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
