import BuiltProducts
import Foundation
import XCTest

/// `sdkgen` as users and build steps run it: exit statuses, the diagnostic
/// format on standard error, the IR on standard output, `--strict`.
final class SDKGenCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdkgen-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("specs/demo"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func page(_ name: String, method: String = "GET", extraRow: String = "") throws {
        let text = """
            # \(name)

            ## Description
            Reads things.

            ## Request method
            \(method)

            ## Request address
            https://demo.jdcloud-api.com/v1/regions/{regionId}/things

            |Name|Type|Required or not|Default value|Description|
            |---|---|---|---|---|
            |**regionId**|String|True| |Region|

            ## Request parameter
            |Name|Type|Required or not|Default value|Description|
            |---|---|---|---|---|
            |**pageSize**|Integer|False|20|Page size|
            \(extraRow)

            ## Response parameter
            None

            ## Response code
            |Return code|Description|
            |---|---|
            |**200**|OK|
            """
        try text.write(to: folder.appendingPathComponent("specs/demo/\(name).md"), atomically: true, encoding: .utf8)
    }

    func testIRPrintsTheModelAndExitsZero() throws {
        try page("describeThings")
        let outcome = try BuiltProduct.run("sdkgen", ["ir", "specs"], in: folder)
        XCTAssertEqual(outcome.status, 0, outcome.standardError)
        XCTAssertEqual(outcome.standardError, "")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let operations = try XCTUnwrap(json["operations"] as? [[String: Any]])
        XCTAssertEqual(operations.first?["name"] as? String, "describeThings")
        XCTAssertEqual(operations.first?["source"] as? String, "specs/demo/describeThings.md")
        XCTAssertEqual((operations.first?["parameters"] as? [[String: Any]])?.map { $0["location"] as? String }, ["path", "query"])
    }

    func testIRFailsWhenItsOutputCannotBeWritten() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { throw XCTSkip("this system has no /dev/full") }
        try page("describeThings")
        // The shell sends standard output to a device that is always full.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\"$0\" ir specs > /dev/full", try BuiltProduct.binary("sdkgen").path]
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 1)
        XCTAssertEqual(message, "sdkgen: cannot write the IR to standard output: No space left on device\n")
    }

    func testLintPrintsCompilerStyleDiagnosticsAndASummary() throws {
        try page("describeThings", extraRow: "|**tags**|Arrary|False| |Tags|")
        try page("broken", method: "FETCH")
        try "# Change log\n\nNothing here.\n".write(to: folder.appendingPathComponent("specs/ChangeLog.md"), atomically: true, encoding: .utf8)
        let outcome = try BuiltProduct.run("sdkgen", ["lint", "specs"], in: folder)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.standardError.split(separator: "\n"), [
            "specs/demo/broken.md:7:1: error: 'FETCH' is not an HTTP method; expected GET, POST, PUT, PATCH, DELETE or HEAD",
            "specs/demo/describeThings.md:20:11: warning: parameter 'tags': type 'Arrary' is not a known type; read as an untyped JSON value",
        ])
        XCTAssertEqual(outcome.standardOutput, "1 operations, 1 skipped, 1 warnings, 1 errors\n")
    }

    func testWarningsDoNotFailUnlessStrict() throws {
        try page("describeThings", extraRow: "|**tags**|Arrary|False| |Tags|")
        let relaxed = try BuiltProduct.run("sdkgen", ["lint", "specs"], in: folder)
        XCTAssertEqual(relaxed.status, 0)
        XCTAssertTrue(relaxed.standardError.contains(": warning: "))
        let strict = try BuiltProduct.run("sdkgen", ["lint", "--strict", "specs"], in: folder)
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.standardError.contains(": error: parameter 'tags'"))
        XCTAssertEqual(strict.standardOutput, "1 operations, 0 skipped, 0 warnings, 1 errors\n")
    }

    func testGenerateWritesOnlyWhatChanged() throws {
        try page("describeThings")
        let first = try BuiltProduct.run("sdkgen", ["generate", "--specs", "specs", "--output", "out"], in: folder)
        XCTAssertEqual(first.status, 0, first.standardError)
        XCTAssertTrue(first.standardError.contains(" written, 0 unchanged, 0 deleted"), first.standardError)
        let request = folder.appendingPathComponent("out/JDCloudDemo/Operations/DescribeThings.swift")
        let text = try String(contentsOf: request, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("// Generated by sdkgen from specs/demo/describeThings.md. Do not edit.\n"))
        let second = try BuiltProduct.run("sdkgen", ["generate", "--specs", "specs", "--output", "out"], in: folder)
        XCTAssertTrue(second.standardError.contains(" 0 written, "), second.standardError)
    }

    func testAPageWithAnErrorKeepsItsFilesAndHandWrittenFilesAreNeverOverwritten() throws {
        try page("describeThings")
        let first = try BuiltProduct.run("sdkgen", ["generate", "--specs", "specs", "--output", "out"], in: folder)
        XCTAssertEqual(first.status, 0, first.standardError)
        let request = folder.appendingPathComponent("out/JDCloudDemo/Operations/DescribeThings.swift")
        try page("describeThings", method: "FETCH")
        let broken = try BuiltProduct.run("sdkgen", ["generate", "--specs", "specs", "--output", "out"], in: folder)
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.standardError.contains(" 0 deleted"), broken.standardError)
        XCTAssertTrue(FileManager.default.fileExists(atPath: request.path))

        try page("describeThings")
        try "// mine\n".write(to: request, atomically: true, encoding: .utf8)
        let refused = try BuiltProduct.run("sdkgen", ["generate", "--specs", "specs", "--output", "out"], in: folder)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.standardError.contains(
            "out/JDCloudDemo/Operations/DescribeThings.swift:1:1: error: exists and was not written by sdkgen; move it away or rename it"),
            refused.standardError)
        XCTAssertEqual(try String(contentsOf: request, encoding: .utf8), "// mine\n")
    }

    func testUsageErrorsSayWhatToDo() throws {
        let outcome = try BuiltProduct.run("sdkgen", ["ir"], in: folder)
        XCTAssertEqual(outcome.status, 64)
        XCTAssertTrue(outcome.standardError.contains("Missing expected argument '<path> ...'"), outcome.standardError)
        let missing = try BuiltProduct.run("sdkgen", ["lint", "nowhere"], in: folder)
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.standardError, "nowhere:1:1: error: no such file or folder\n")
    }

    /// Inputs the fuzzer (or a bug report) found, in Tests/FuzzFindings: each
    /// goes through parser, planner and templates without a crash or a hang.
    func testFuzzFindingsReplayWithoutCrashing() throws {
        // This file is Tests/SDKGenCommandTests/SDKGenCommandTests.swift.
        let findings = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("FuzzFindings")
        let files = try FileManager.default.contentsOfDirectory(atPath: findings.path).filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
        XCTAssertFalse(files.isEmpty, "Tests/FuzzFindings holds the inputs to replay")
        let outcome = try BuiltProduct.run("PageFuzzer", files.map { findings.appendingPathComponent($0).path })
        XCTAssertEqual(outcome.status, 0, outcome.standardError)
        XCTAssertEqual(outcome.standardOutput.split(separator: "\n").count, files.count, outcome.standardOutput)
    }
}
