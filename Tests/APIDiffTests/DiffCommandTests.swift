import BuiltProducts
import Foundation
import SnapshotTesting
import XCTest

/// `sdkgen diff` as users run it: formats, exit statuses, the summary line.
final class DiffCommandTests: XCTestCase {
    private func diff(_ arguments: [String]) throws -> BuiltProduct.Outcome {
        try BuiltProduct.run("sdkgen", ["diff"] + arguments, in: fixtures)
    }

    func testEveryFormatOfOneReport() throws {
        for format in ["text", "markdown", "json", "github"] {
            let outcome = try diff(["mixed/old", "mixed/new", "--format", format])
            XCTAssertEqual(outcome.status, 0, outcome.standardError)
            assertSnapshot(of: outcome.standardOutput, as: .lines, named: format)
            XCTAssertEqual(outcome.standardError, "4 breaking, 2 compatible changes in 3 operations of 1 services; version bump: major\n")
        }
    }

    func testJSONHasExactlyTheDocumentedKeys() throws {
        let outcome = try diff(["mixed/old", "mixed/new", "--format", "json"])
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        XCTAssertEqual(Set(root.keys), ["changes", "summary", "versionBump"])
        XCTAssertEqual(root["versionBump"] as? String, "major")
        let summary = try XCTUnwrap(root["summary"] as? [String: Any])
        XCTAssertEqual(summary["breaking"] as? Int, 4)
        XCTAssertEqual(summary["compatible"] as? Int, 2)
        let changes = try XCTUnwrap(root["changes"] as? [[String: Any]])
        XCTAssertEqual(changes.count, 6)
        for change in changes {
            XCTAssertEqual(Set(change.keys), ["kind", "severity", "service", "operation", "subject", "old", "new", "file", "line", "message"])
        }
        let added = try XCTUnwrap(changes.first { $0["kind"] as? String == "parameter-added" })
        XCTAssertEqual(added["old"] as? NSNull, NSNull())
        XCTAssertEqual(added["new"] as? String, "String, required")
        XCTAssertEqual(added["file"] as? String, "mixed/new/describeWidgets.md")
        XCTAssertEqual(added["line"] as? Int, 20)
    }

    func testGitHubAnnotationsSitOnThePageLine() throws {
        let outcome = try diff(["parameter-removed/old", "parameter-removed/new", "--format", "github"])
        XCTAssertEqual(outcome.standardOutput, "::error file=parameter-removed/old/describeWidgets.md,line=19,title=widget describeWidgets%3A parameter-removed::parameter 'pageSize' removed\n")
        let compatible = try diff(["default-changed/old", "default-changed/new", "--format", "github"])
        XCTAssertTrue(compatible.standardOutput.hasPrefix("::notice file=default-changed/new/describeWidgets.md,line=19,"), compatible.standardOutput)
    }

    func testFailOn() throws {
        XCTAssertEqual(try diff(["default-changed/old", "default-changed/new"]).status, 0)
        XCTAssertEqual(try diff(["default-changed/old", "default-changed/new", "--fail-on", "breaking"]).status, 0)
        XCTAssertEqual(try diff(["default-changed/old", "default-changed/new", "--fail-on", "any"]).status, 1)
        XCTAssertEqual(try diff(["parameter-removed/old", "parameter-removed/new", "--fail-on", "breaking"]).status, 1)
        XCTAssertEqual(try diff(["parameter-removed/old", "parameter-removed/new", "--fail-on", "none"]).status, 0)
        let identical = try diff(["identical/old", "identical/new", "--fail-on", "any"])
        XCTAssertEqual(identical.status, 0)
        XCTAssertEqual(identical.standardOutput, "No changes.\n")
        XCTAssertEqual(identical.standardError, "0 breaking, 0 compatible changes in 0 operations of 0 services; version bump: none\n")
        let documentation = try diff(["documentation-only/old", "documentation-only/new", "--fail-on", "any"])
        XCTAssertEqual(documentation.status, 0)
        XCTAssertTrue(documentation.standardError.hasSuffix("version bump: patch\n"))
    }

    func testUsageErrorsExitTwoAndNameThePath() throws {
        let missing = try diff(["identical/old", "nowhere"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.standardError.contains("no such file or folder: 'nowhere'"), missing.standardError)
        XCTAssertEqual(try diff(["identical/old", "identical/new", "--format", "yaml"]).status, 2)
        XCTAssertEqual(try diff(["identical/old"]).status, 2)
    }

    func testBrokenPagesAreLeftOutAndCounted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdkgen-diff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("operation-added/new"), to: folder.appendingPathComponent("new"))
        let broken = folder.appendingPathComponent("new/createWidget.md")
        try (try String(contentsOf: broken, encoding: .utf8)).replacingOccurrences(of: "\nPOST\n", with: "\nFETCH\n")
            .write(to: broken, atomically: true, encoding: .utf8)
        let outcome = try BuiltProduct.run(
            "sdkgen", ["diff", fixtures.appendingPathComponent("operation-added/old").path, "new"], in: folder)
        XCTAssertEqual(outcome.status, 0)
        XCTAssertEqual(outcome.standardError, """
            new/createWidget.md:7:1: error: 'FETCH' is not an HTTP method; expected GET, POST, PUT, PATCH, DELETE or HEAD
            0 breaking, 0 compatible changes in 0 operations of 0 services; version bump: none; 1 page with errors left out

            """)
    }
}
