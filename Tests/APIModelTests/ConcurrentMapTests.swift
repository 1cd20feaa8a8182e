import APIModel
import XCTest

final class ConcurrentMapTests: XCTestCase {
    func testResultsKeepTheInputOrder() {
        let input = Array(0..<10_000)
        XCTAssertEqual(input.concurrentMap { $0 * 3 }, input.map { $0 * 3 })
        XCTAssertEqual(["a"].concurrentMap { $0 + "!" }, ["a!"])
        XCTAssertEqual([Int]().concurrentMap { $0 }, [])
    }
}
