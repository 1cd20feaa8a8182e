import APIDiff
import APIModel
import DocParser
import XCTest

/// One fixture pair per kind and severity (Fixtures/<case>/old and new): the
/// exact changes each gives, worked out by reading the two pages.
final class APIComparisonTests: XCTestCase {
    static let expected: [String: (changes: [String], bump: VersionBump)] = [
        "operation-added": (["operation-added compatible "], .minor),
        "operation-removed": (["operation-removed breaking "], .major),
        "operation-moved": (["operation-moved breaking version", "operation-moved breaking path"], .major),
        "page-moved": ([], .none),
        "parameter-added-optional": (["parameter-added compatible pageNumber"], .minor),
        "parameter-added-required": (["parameter-added breaking owner"], .major),
        "parameter-removed": (["parameter-removed breaking pageSize"], .major),
        "parameter-type-changed": (["parameter-type-changed breaking pageSize"], .major),
        "parameter-required": (["parameter-required breaking pageSize"], .major),
        "parameter-optional": (["parameter-optional breaking pageSize"], .major),
        "parameter-moved": (["operation-moved breaking path", "parameter-moved breaking kind"], .major),
        "model-field-added": (["model-field-added compatible Widget.color"], .minor),
        "model-field-added-required-sent": (["model-field-added breaking Filter.mode"], .major),
        "model-field-removed": (["model-field-removed breaking Widget.size"], .major),
        "model-field-type-changed": (["model-field-type-changed breaking Widget.size"], .major),
        "model-field-required": (["model-field-required breaking Filter.values"], .major),
        "model-field-optional": (["model-field-optional breaking Filter.name"], .major),
        "model-added": (["model-field-added compatible Widget.owner", "model-added compatible Owner"], .minor),
        "model-removed": (["model-field-removed breaking Widget.owner", "model-removed breaking Owner"], .major),
        "response-field-added": (["response-field-added compatible totalCount"], .minor),
        "response-field-removed": (["response-field-removed breaking result", "model-removed breaking Result", "model-removed breaking Widget"], .major),
        "response-field-type-changed": (["response-field-type-changed breaking result", "model-removed breaking Result"], .major),
        "default-changed": (["default-changed compatible pageSize"], .minor),
        "documentation-only": ([], .patch),
        "identical": ([], .none),
        "shared-model-field-added": (["model-field-added compatible Widget.hostname"], .minor),
        // Another page still lists the field, so the one Widget type keeps it.
        "shared-model-field-removed": (["model-field-removed compatible Widget.color"], .minor),
        "model-split": (["model-field-type-changed breaking Widget.size", "model-split breaking Widget", "model-split breaking Widget"], .major),
        "model-joined": (["model-field-type-changed breaking Widget.size", "model-joined breaking Widget", "model-joined breaking Widget"], .major),
        "mixed": ([
            "model-field-type-changed breaking Widget.size", "model-split breaking Widget",
            "parameter-added breaking owner", "model-split breaking Widget", "default-changed compatible pageSize",
            "operation-added compatible ",
        ], .major),
    ]

    func testEveryFixtureGivesExactlyItsChanges() throws {
        let cases = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertEqual(Set(cases), Set(Self.expected.keys), "every fixture folder has its expected changes here, and every entry a folder")
        for name in cases {
            guard let expected = Self.expected[name] else { continue }
            let report = report(name)
            XCTAssertEqual(report.changes.map(\.brief), expected.changes, name)
            XCTAssertEqual(report.versionBump, expected.bump, name)
        }
    }

    func testEveryKindHasAFixture() {
        let covered = Set(Self.expected.values.flatMap { $0.changes.map { String($0.prefix { $0 != " " }) } })
        XCTAssertEqual(covered, Set(ChangeKind.allCases.map(\.rawValue)))
    }

    func testChangesPointAtTheNewPageOrTheOldOneForRemovals() throws {
        let added = report("parameter-added-required").changes[0]
        XCTAssertEqual(added.file, fixtures.path + "/parameter-added-required/new/describeWidgets.md")
        XCTAssertEqual(added.line, 21)
        XCTAssertEqual(added.old, nil)
        XCTAssertEqual(added.new, "String, required")
        XCTAssertEqual(added.message, "required parameter 'owner' added")
        let removed = report("parameter-removed").changes[0]
        XCTAssertEqual(removed.file, fixtures.path + "/parameter-removed/old/describeWidgets.md")
        XCTAssertEqual(removed.line, 19)
        XCTAssertEqual(removed.old, "Integer, optional")
        XCTAssertEqual(removed.new, nil)
    }

    func testSpellingsOfTheSameTypeAreDocumentationOnly() {
        let old = operation(parameters: [Parameter(name: "ratio", type: "Number", required: false, description: "", location: .query)])
        let new = operation(parameters: [Parameter(name: "ratio", type: "Double", required: false, description: "", location: .query)])
        let report = APIComparison.compare(old: APICatalog(APIDocument(operations: [old])), new: APICatalog(APIDocument(operations: [new])))
        XCTAssertEqual(report.changes, [])
        XCTAssertEqual(report.versionBump, .patch)
    }

    func testAMoveBetweenQueryAndBodyThatFollowsTheMethodIsOneChange() {
        let parameter = Parameter(name: "size", type: "Integer", required: false, description: "", location: .query)
        var moved = parameter
        moved.location = .body
        let old = operation(parameters: [parameter])
        var new = operation(parameters: [moved])
        new.method = "POST"
        let report = APIComparison.compare(old: APICatalog(APIDocument(operations: [old])), new: APICatalog(APIDocument(operations: [new])))
        XCTAssertEqual(report.changes.map(\.brief), ["operation-moved breaking method"])
    }

    /// Virtual-Private-Cloud between 2018-11-15 and 2018-12-14, read by hand:
    /// `az` added to the ElasticIp table of two pages, modifyElasticIp added,
    /// and a description filled in on describeVpc and describeVpcs.
    func testHistoryOfTheVPCPagesIsPinned() throws {
        let history = testsFolder.appendingPathComponent("../../../shared/history").standardized.path
        guard FileManager.default.fileExists(atPath: history) else { throw XCTSkip("../shared/history is not beside the repository") }
        let report = APIComparison.compare(
            old: APICatalog(SpecReader.read(paths: [history + "/cn-2018-11-15/Virtual-Private-Cloud"])),
            new: APICatalog(SpecReader.read(paths: [history + "/cn-2018-12-14/Virtual-Private-Cloud"])))
        XCTAssertEqual(report.changes.map { "\($0.operation) \($0.brief)" }, [
            "describeElasticIp model-field-added compatible ElasticIp.az",
            "describeElasticIps model-field-added compatible ElasticIp.az",
            "modifyElasticIp operation-added compatible ",
        ])
        XCTAssertEqual(report.changes.map(\.line), [35, 45, 1])
        XCTAssertTrue(report.documentationChanged)
        XCTAssertEqual(report.summaryLine, "0 breaking, 3 compatible changes in 3 operations of 1 services; version bump: minor")
    }

    private func operation(parameters: [Parameter]) -> APIOperation {
        APIOperation(
            name: "describeThings", source: "things.md", line: 1, description: "", method: "GET",
            host: "thing.jdcloud-api.com", service: "thing", version: "v1", path: "/things", parameters: parameters)
    }
}
