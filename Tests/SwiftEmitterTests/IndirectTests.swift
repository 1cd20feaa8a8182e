import Foundation
import JDCloudCore
import XCTest

/// The shape the emitter gives recursive models.
private struct Node: Codable, Sendable, Hashable {
    var name: String?
    @Indirect var parent: Node?
    @Indirect var twin: Node
    var children: [Node]?

    init(name: String? = nil, parent: Node? = nil, twin: Node, children: [Node]? = nil) {
        self.name = name
        self.parent = parent
        self.twin = twin
        self.children = children
    }
}

private struct Leaf: Codable, Hashable {
    var name: String?
    @Indirect var next: Leaf?
    init(name: String?, next: Leaf? = nil) {
        self.name = name
        self.next = next
    }
}

final class IndirectTests: XCTestCase {
    func testIndirectIsTransparentInJSON() throws {
        let chain = Leaf(name: "a", next: Leaf(name: "b"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(chain), as: UTF8.self)
        XCTAssertEqual(json, #"{"name":"a","next":{"name":"b"}}"#)
        XCTAssertEqual(try JSONDecoder().decode(Leaf.self, from: Data(json.utf8)), chain)
    }

    func testAbsentAndNullOptionalsDecodeAsNil() throws {
        XCTAssertNil(try JSONDecoder().decode(Leaf.self, from: Data(#"{"name":"x"}"#.utf8)).next)
        XCTAssertNil(try JSONDecoder().decode(Leaf.self, from: Data(#"{"name":"x","next":null}"#.utf8)).next)
    }

    func testValueSemanticsAndHashable() {
        var a = Leaf(name: "a", next: Leaf(name: "b"))
        let copy = a
        a.next?.name = "changed"
        XCTAssertEqual(copy.next?.name, "b")
        XCTAssertNotEqual(a, copy)
        XCTAssertEqual(Set([copy, copy]).count, 1)
    }

    func testNonOptionalIndirectFieldIsRequired() {
        XCTAssertThrowsError(try JSONDecoder().decode(Node.self, from: Data(#"{"name":"x"}"#.utf8)))
    }
}
