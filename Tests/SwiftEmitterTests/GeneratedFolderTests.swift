import DocParser
import Foundation
import SwiftEmitter
import XCTest

/// `Generated/` must be exactly the package `specs/` generates (`make check-generated` checks the same).
final class GeneratedFolderTests: XCTestCase {
    /// What `make generate` passes: `--package Generated --runtime-path .`.
    static let package = PackageOptions(name: "JDCloudSDK", runtime: .path(".."), source: "the pages in specs")

    func testGeneratedFolderMatchesAFreshGenerationOfSpecs() throws {
        let document = SpecReader.read(paths: [packageRoot + "/specs"])
        let result = SwiftEmitter(options: EmitterOptions(sourceRoot: packageRoot, package: Self.package)).emit(document)
        XCTAssertFalse(result.files.isEmpty)
        let generated = packageRoot + "/Generated"
        for file in result.files {
            let onDisk = try? String(contentsOfFile: generated + "/" + file.path, encoding: .utf8)
            XCTAssertEqual(onDisk, file.contents, "Generated/\(file.path) is stale; run 'make generate'")
        }
        let expected = Set(result.files.map(\.path))
        let enumerator = FileManager.default.enumerator(atPath: generated)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".swift"), !path.hasPrefix(".build") else { continue }
            XCTAssertTrue(expected.contains(path), "Generated/\(path) is not generated from specs/ any more; run 'make generate'")
        }
    }

    func testGenerationIsDeterministic() {
        let document = SpecReader.read(paths: [packageRoot + "/specs"])
        let emitter = SwiftEmitter(options: EmitterOptions(sourceRoot: packageRoot))
        var shuffled = document
        shuffled.operations.reverse()
        XCTAssertEqual(emitter.emit(document).files, emitter.emit(shuffled).files)
    }
}
