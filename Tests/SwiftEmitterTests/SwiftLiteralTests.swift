@testable import SwiftEmitter
import XCTest

final class SwiftLiteralTests: XCTestCase {
    func testPlainText() {
        XCTAssertEqual(SwiftLiteral.string("rebuildInstance"), "\"rebuildInstance\"")
        XCTAssertEqual(SwiftLiteral.string("名称"), "\"名称\"")
    }

    func testEscapes() {
        XCTAssertEqual(SwiftLiteral.string("a\"b"), #""a\"b""#)
        XCTAssertEqual(SwiftLiteral.string(#"b\(c)"#), #""b\\(c)""#)
        XCTAssertEqual(SwiftLiteral.string("x\ny\r\t\0"), #""x\ny\r\t\0""#)
        XCTAssertEqual(SwiftLiteral.string("a\u{2028}b\u{2029}c\u{85}d"), #""a\u{2028}b\u{2029}c\u{85}d""#)
        XCTAssertEqual(SwiftLiteral.string("\u{1B}[0m\u{202E}"), #""\u{1B}[0m\u{202E}""#)
        XCTAssertEqual(SwiftLiteral.string(#"""""#), #""\"\"\"""#)
    }

    func testAlwaysOneLineAndRoundTrips() {
        let samples = ["a\"; fatalError()//", "\"\"\"\n\\(x)\n*/", "line\u{2028}sep", "tab\there", "\u{7F}\u{9F}", "中文 \u{1F600}"]
        for sample in samples {
            let literal = SwiftLiteral.string(sample)
            XCTAssertFalse(literal.unicodeScalars.contains { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" })
            XCTAssertEqual(Self.unescape(literal), sample)
        }
    }

    func testCommentTextIsOneLine() {
        XCTAssertEqual(SwiftLiteral.commentText("specs/a\nb.md"), "specs/a?b.md")
        XCTAssertEqual(SwiftLiteral.commentText("specs/a\u{2028}b.md"), "specs/a?b.md")
    }

    /// Reads a literal back the way the compiler would (for the escapes SwiftLiteral writes).
    static func unescape(_ literal: String) -> String {
        var scalars = Array(literal.unicodeScalars.dropFirst().dropLast())
        var result = String.UnicodeScalarView()
        while !scalars.isEmpty {
            let scalar = scalars.removeFirst()
            guard scalar == "\\" else { result.append(scalar); continue }
            let next = scalars.removeFirst()
            switch next {
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "t": result.append("\t")
            case "0": result.append("\0")
            case "u":
                scalars.removeFirst()  // {
                var hex = ""
                while let digit = scalars.first, digit != "}" { hex.unicodeScalars.append(scalars.removeFirst()) }
                scalars.removeFirst()  // }
                result.append(Unicode.Scalar(UInt32(hex, radix: 16)!)!)
            default: result.append(next)
            }
        }
        return String(result)
    }
}
