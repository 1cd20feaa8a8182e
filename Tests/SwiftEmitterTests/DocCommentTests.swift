@testable import SwiftEmitter
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

    func testHTMLAndEntities() {
        XCTAssertEqual(DocComment.lines("first<br>second<br/>third</br>fourth"), ["first", "second", "third", "fourth"])
        XCTAssertEqual(DocComment.lines("see <a href='https://x'>this</a> and <b>that</b>"), ["see this and that"])
        XCTAssertEqual(DocComment.lines("a &lt; b &amp;&amp; c &gt; d &#39;q&#39; &#x4E2D;"), ["a < b && c > d 'q' 中"])
        // Decoded text that would read as a tag or an entity again is escaped.
        XCTAssertEqual(DocComment.lines("&lt;script&gt; &amp;lt;"), ["\\<script> \\&lt;"])
        XCTAssertEqual(DocComment.lines("x <!-- hidden --> y"), ["x  y"])
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
