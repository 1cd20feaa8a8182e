@testable import SwiftEmitter
import APIModel
import XCTest

final class DocCommentTests: XCTestCase {
    func testEveryLineBreakStartsANewCommentLine() {
        let lines = DocComment.lines("one\ntwo\r\nthree\rfour\u{2028}five\u{2029}six\u{85}seven")
        XCTAssertEqual(lines, ["one", "two", "three", "four", "five", "six", "seven"])
    }

    func testPageLineBreaksBecomeParagraphsSoTheFirstLineIsTheSummary() {
        let rendered = DocComment(markdown: "Summary line.\nMore detail.").render()
        XCTAssertEqual(rendered, "/// Summary line.\n///\n/// More detail.\n")
    }

    func testListsAndCodeBlocksStayTogether() {
        let rendered = DocComment(markdown: "Values:\n- a\n- b\n```\nx\ny\n```").render()
        XCTAssertEqual(rendered, "/// Values:\n///\n/// - a\n/// - b\n///\n/// ```\n/// x\n/// y\n/// ```\n")
    }

    func testControlCharactersAreRemoved() {
        XCTAssertEqual(DocComment.lines("a\u{1B}[31mb\u{7}c\u{202E}d"), ["a[31mbcd"])
    }

    func testTextThatWouldReadAsHTMLOrAnEntityIsShownAsWritten() {
        // The parser already turned the page's HTML into Markdown; what is left was meant literally.
        XCTAssertEqual(DocComment.lines("a <b> tag, a </b> one, <!-- x --> and &lt; or &#39;"), [
            "a \\<b> tag, a \\</b> one, \\<!-- x --> and \\&lt; or \\&#39;",
        ])
        XCTAssertEqual(DocComment.lines("1 < 2 && 3 > 2, AT&T"), ["1 < 2 && 3 > 2, AT&T"])
        XCTAssertEqual(DocComment.lines("see [docs](https://x.example/a?b=1&c=2)"), ["see [docs](https://x.example/a?b=1&c=2)"])
    }

    func testBlankLinesCollapseAndEmptyCommentRendersNothing() {
        XCTAssertEqual(DocComment.lines("\n\na\n\n\n\nb\n\n"), ["a", "", "b"])
        XCTAssertEqual(DocComment(markdown: " \n\t\n").render(), "")
    }

    func testParameters() {
        var doc = DocComment(markdown: "Creates a request.")
        doc.addParameter("regionId", markdown: "The region.")
        XCTAssertEqual(doc.render(indent: "    "), "    /// Creates a request.\n    ///\n    /// - Parameter regionId: The region.\n")
        doc.addParameter("pageSize", markdown: "Entries per page\nDefaults to `20`.")
        XCTAssertEqual(doc.render(), """
            /// Creates a request.
            ///
            /// - Parameters:
            ///   - regionId: The region.
            ///   - pageSize: Entries per page
            ///     Defaults to `20`.

            """)
    }

    func testCodeSpans() {
        XCTAssertEqual(DocComment.codeSpan("1"), "`1`")
        XCTAssertEqual(DocComment.codeSpan("a`b"), "`` a`b ``")
        XCTAssertEqual(DocComment.codeSpan("x\ny"), "`x y`")
    }

    func testHostileTextStaysInsideComments() {
        let rendered = DocComment(markdown: "*/ \"\"\" \\(x)\n}\nfatalError()\u{2028}func f() {}").render(indent: "    ")
        for line in rendered.split(separator: "\n") {
            XCTAssertTrue(line.hasPrefix("    ///"), String(line))
        }
    }
}

final class DocCommentInTemplatesTests: XCTestCase {
    /// Property docs are reused in the initializer's `- Parameters:` list; they must be escaped once, not twice.
    func testParameterDocsAreEscapedOnce() throws {
        let page = operation("describeStats", models: [
            Model(name: "Stat", fields: [field("data", "Object", description: "A map, typed HashMap<String, Object> on the server")]),
        ])
        let files = SwiftEmitter().emit(APIDocument(operations: [page])).files
        let model = try XCTUnwrap(files.first { $0.path.hasSuffix("/Stat.swift") })
        XCTAssertTrue(model.contents.contains("    /// A map, typed HashMap\\<String, Object> on the server\n"), model.contents)
        XCTAssertTrue(model.contents.contains("    /// - Parameter data: A map, typed HashMap\\<String, Object> on the server\n"), model.contents)
        XCTAssertFalse(model.contents.contains("\\\\<"), model.contents)
    }
}
