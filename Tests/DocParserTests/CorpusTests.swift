import APIModel
import DocParser
import Foundation
import XCTest

/// Reads every real JD Cloud page in `../shared/corpus` (English and Chinese).
final class CorpusTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus").path

    func testEveryPageIsAnOperationOrSkippedWithAReason() throws {
        guard FileManager.default.fileExists(atPath: Self.corpus) else {
            throw XCTSkip("no corpus at \(Self.corpus); CI always has it")
        }
        var pages = 0
        let enumerator = FileManager.default.enumerator(atPath: Self.corpus)
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".md") { pages += 1 }
        }
        let document = SpecReader.read(paths: [Self.corpus])
        let failed = Set(document.diagnostics.filter { $0.severity == .error }.map(\.file))
        print("corpus: \(pages) pages, \(document.operations.count) operations, \(document.skipped.count) skipped, \(failed.count) failed, \(document.warningCount) warnings, \(document.errorCount) errors")
        XCTAssertGreaterThan(pages, 600)
        XCTAssertEqual(document.operations.count + document.skipped.count + failed.count, pages)
        XCTAssertEqual(document.errorCount, 0, document.diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(document.skipped.allSatisfy { !$0.reason.isEmpty })
        // Every API page of the corpus lives in an API folder, never a ChangeLog or overview.
        XCTAssertFalse(document.operations.contains { $0.source.hasSuffix("ChangeLog.md") || $0.source.hasSuffix("overview.md") })
        for operation in document.operations {
            XCTAssertFalse(operation.host.text.isEmpty, operation.source)
            XCTAssertFalse(operation.version.isEmpty, operation.source)
            XCTAssertFalse(operation.description.contains("<br"), operation.source)
            XCTAssertEqual(Set(operation.pathPlaceholders), Set(operation.parameters.filter { $0.location == .path }.map(\.name)), operation.source)
        }
    }

    /// Facts read by hand from three pages.
    func testSamplePagesReadAsWritten() throws {
        guard FileManager.default.fileExists(atPath: Self.corpus) else { throw XCTSkip("no corpus") }
        let document = SpecReader.read(paths: [
            Self.corpus + "/en/Virtual-Machines/Virtual-Machines/describeInstances.md",
            Self.corpus + "/cn/Virtual-Machines/Virtual-Machines/stopInstance.md",
        ])
        XCTAssertEqual(document.operations.count, 2)
        let describe = document.operations[0]
        XCTAssertEqual(describe.method, "GET")
        XCTAssertEqual(describe.version, "v1")
        XCTAssertEqual(describe.parameters.map(\.name), ["regionId", "filters", "pageNumber", "pageSize"])
        XCTAssertEqual(describe.parameters.map(\.location), [.path, .query, .query, .query])
        XCTAssertEqual(describe.parameters[2].default, "1")
        XCTAssertEqual(describe.responseFields.map(\.name), ["requestId", "result"])
        XCTAssertEqual(describe.models.first?.name, "Filter")
        XCTAssertTrue(describe.models.contains { $0.name == "Instance" && $0.fields.count == 22 })
        let stop = document.operations[1]
        XCTAssertEqual(stop.description, "停止单个云主机，只能停止**running**状态的云主机，云主机没有正在进行中的任务才可停止")
        XCTAssertEqual(stop.parameters.map(\.name), ["instanceId", "regionId"])
        XCTAssertEqual(stop.responseFields, [])
    }
}
