import APIModel
import XCTest

final class WhitespaceTests: XCTestCase {
    /// Every scalar the byte matcher knows, and neighbours it must not take.
    private let spaces: [Unicode.Scalar] = [
        " ", "\t", "\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2005}", "\u{200A}",
        "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}",
    ]
    private let others: [Unicode.Scalar] = [
        "a", "名", "\u{84}", "\u{A1}", "\u{1681}", "\u{200B}", "\u{2027}", "\u{202A}", "\u{2060}", "\u{3001}", "\u{FEFE}", "é", "😀",
    ]

    /// The rule, written scalar by scalar: split at white space, drop empty pieces, join with one space.
    private func reference(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if spaces.contains(scalar) {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ")
    }

    func testCollapsingMatchesTheScalarRule() {
        XCTAssertEqual("  a \u{3000}\n b\u{A0}\u{A0}c  ".collapsingWhitespace(), "a b c")
        XCTAssertEqual("\u{FEFF}名称\u{2028}说明".collapsingWhitespace(), "名称 说明")
        var generator = SystemRandomNumberGenerator()
        let alphabet = spaces + others
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                text.unicodeScalars.append(alphabet.randomElement(using: &generator)!)
            }
            XCTAssertEqual(text.collapsingWhitespace(), reference(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
