import APIModel
import DocParser
import XCTest

/// Input no page should ever contain still gets a diagnostic or a skip: no crash, no hang.
final class BadInputTests: XCTestCase {
    func testEmptyAndWhitespaceFilesAreSkipped() {
        for bytes in [[], Array("   \n\r\n".utf8), [0xEF, 0xBB, 0xBF]] as [[UInt8]] {
            let (outcome, diagnostics) = PageParser.parse(bytes: bytes, source: "empty.md")
            guard case .skipped(let page) = outcome else { return XCTFail("\(bytes) not skipped") }
            XCTAssertEqual(page.reason, "the page is empty")
            XCTAssertEqual(diagnostics, [])
        }
    }

    func testInvalidUTF8IsAnErrorAtItsPosition() {
        let bytes = Array("# a\n\nok \u{00E9}\n".utf8) + [0x61, 0xC3, 0x28] + Array("\n".utf8)
        let (outcome, diagnostics) = PageParser.parse(bytes: bytes, source: "latin1.md")
        guard case .failed = outcome else { return XCTFail("expected failure") }
        XCTAssertEqual(diagnostics.map(\.description), ["latin1.md:4:2: error: the file is not valid UTF-8; save the page as UTF-8"])
    }

    func testBinaryGarbageIsAnError() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<65_536).map { _ in UInt8.random(in: 0...255, using: &generator) } + [0]
        let (outcome, diagnostics) = PageParser.parse(bytes: bytes, source: "garbage.md")
        guard case .failed = outcome else { return XCTFail("expected failure") }
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics.first?.severity, .error)
    }

    func testTenMegabytePage() throws {
        let row = "|**field**|String|False| |A description that is long enough to make the page big, with `code` and <br> and &amp;.|\n"
        let rows = String(repeating: row, count: 10_000_000 / row.utf8.count + 1)
        let page = PageBuilder.page(request: PageBuilder.parameterHeader + "\n" + rows)
        XCTAssertGreaterThan(page.utf8.count, 10_000_000)
        let (parsed, diagnostics) = parseOperation(page)
        XCTAssertEqual(parsed?.parameters.count, 2)
        // Every repeated row after the first is a duplicate, reported once each.
        XCTAssertEqual(diagnostics.count, rows.utf8.count / row.utf8.count - 1)
    }

    func testThousandColumnTable() throws {
        let header = "|Name|Type|" + (0..<998).map { "C\($0)|" }.joined()
        let delimiter = "|" + String(repeating: "---|", count: 1000)
        let row = "|**wide**|String|" + String(repeating: "x|", count: 998)
        let (parsed, _) = parseOperation(PageBuilder.page(request: [header, delimiter, row].joined(separator: "\n")))
        XCTAssertEqual(parsed?.parameters.last?.name, "wide")
        XCTAssertEqual(parsed?.parameters.last?.type, "String")
    }

    func testUnterminatedCodeFenceSwallowsTheRestButDoesNotCrash() {
        let page = PageBuilder.page().replacingOccurrences(of: "## Request method", with: "```\n## Request method")
        let (outcome, diagnostics) = PageParser.parse(text: page, source: "fence.md")
        guard case .skipped = outcome else { return XCTFail("expected a skip, got \(outcome) \(diagnostics)") }
    }

    func testHugeNesting() {
        let depth = 100_000
        let quotes = String(repeating: ">", count: depth) + " deep\n"
        let brackets = String(repeating: "[", count: depth) + "x" + String(repeating: "](u)", count: depth) + "\n"
        let emphasis = String(repeating: "*", count: depth) + "x" + String(repeating: "*", count: depth) + "\n"
        let lists = (0..<5_000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n") + "\n"
        let cell = PageBuilder.parameterHeader + "\n|**n**|String|False| |" + String(repeating: "<b>", count: 50_000) + "|"
        for text in [quotes, brackets, emphasis, lists] {
            let page = PageBuilder.page().replacingOccurrences(of: "Lists the things.", with: text)
            let (parsed, _) = parseOperation(page)
            XCTAssertNotNil(parsed)
        }
        let (parsed, _) = parseOperation(PageBuilder.page(request: cell))
        XCTAssertEqual(parsed?.parameters.last?.name, "n")
    }

    func testLinkLoopsAreWalkedOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docparser-loop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("a"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try PageBuilder.page(title: "# only").write(to: folder.appendingPathComponent("a/page.md"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("a/up").path, withDestinationPath: "..")
        let document = SpecReader.read(paths: [folder.path])
        XCTAssertEqual(document.operations.map(\.name), ["only"])
    }

    func testMissingFilesAreErrorsAndFoldersAreWalked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docparser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try PageBuilder.page(title: "# second").write(to: folder.appendingPathComponent("b/z.md"), atomically: true, encoding: .utf8)
        try PageBuilder.page(title: "# first").write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try "not markdown".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let document = SpecReader.read(paths: [folder.path, folder.appendingPathComponent("missing.md").path])
        XCTAssertEqual(document.operations.map(\.name), ["first", "second"])
        XCTAssertEqual(document.operations.map(\.source), [folder.path + "/a.md", folder.path + "/b/z.md"])
        XCTAssertEqual(document.diagnostics.map(\.message), ["no such file or folder"])
    }
}
