import APIDiff
import APIModel
import DocParser
import Foundation

/// This test target's folder, found from this file's path.
let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
let fixtures = testsFolder.appendingPathComponent("Fixtures")

/// The report of fixture `name` (its `old/` and `new/` folders), compared in-process.
func report(_ name: String) -> ChangeReport {
    let folder = fixtures.appendingPathComponent(name).path
    return APIComparison.compare(
        old: APICatalog(SpecReader.read(paths: [folder + "/old"])),
        new: APICatalog(SpecReader.read(paths: [folder + "/new"])))
}

extension APIChange {
    /// `kind severity subject`, what the per-kind table pins.
    var brief: String { "\(kind.rawValue) \(severity.rawValue) \(subject)" }
}
