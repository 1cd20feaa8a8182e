import Foundation
import XCTest

@testable import JDCloudCore

/// When a paginator stops: the total first, a short page only where it can tell.
final class PaginatorTests: XCTestCase {
    private func page(_ count: Int, total: Int?) -> ScriptedTransport.Step {
        let items = Array(repeating: "{}", count: count).joined(separator: ",")
        let totalText = total.map { #","totalCount":\#($0)"# } ?? ""
        return .reply(status: 200, body: #"{"requestId":"r","result":{"instances":[\#(items)]\#(totalText)}}"#, requestId: nil)
    }

    private func pages(
        _ request: DescribeInstancesRequest, defaultPageSize: Int?, transport: ScriptedTransport
    ) async throws -> [Int] {
        let client = JDCloudClient(service: "vm", configuration: Fixtures.configuration(transport: transport))
        let paginator = JDCloudPaginator(
            client: client, request: request, defaultPageSize: defaultPageSize,
            pageNumber: { $0.pageNumber }, setPageNumber: { $0.pageNumber = $1 }, pageSize: { $0.pageSize },
            itemCount: { $0.result?.instances.count ?? 0 }, totalCount: { $0.result?.totalCount })
        var counts: [Int] = []
        for try await reply in paginator { counts.append(reply.result?.instances.count ?? 0) }
        return counts
    }

    func testTheTotalDecidesEvenWhenTheServicePagesSmallerThanDocumented() async throws {
        // The page says 20 a page; the service sends 10: the total (25) still brings every item.
        let transport = ScriptedTransport([page(10, total: 25), page(10, total: 25), page(5, total: 25)])
        let counts = try await pages(DescribeInstancesRequest(regionId: "r"), defaultPageSize: 20, transport: transport)
        XCTAssertEqual(counts, [10, 10, 5])
        XCTAssertEqual(transport.requests.count, 3)
    }

    func testAShortPageEndsItWhenTheRequestSetTheSize() async throws {
        let transport = ScriptedTransport([page(2, total: 100), page(1, total: 100)])
        let counts = try await pages(DescribeInstancesRequest(regionId: "r", pageSize: 2), defaultPageSize: 20, transport: transport)
        XCTAssertEqual(counts, [2, 1])
    }

    func testStartingAtALaterPageCountsThePagesBefore() async throws {
        // Pages of 2 out of 5, from page 2: pages 2 and 3, then the total is reached.
        let transport = ScriptedTransport([page(2, total: 5), page(1, total: 5)])
        let counts = try await pages(DescribeInstancesRequest(regionId: "r", pageNumber: 2, pageSize: 2), defaultPageSize: nil, transport: transport)
        XCTAssertEqual(counts, [2, 1])
        let numbers = transport.requests.compactMap { URLComponents(string: $0.path ?? "")?.queryItems?.first { $0.name == "pageNumber" }?.value }
        XCTAssertEqual(numbers, ["2", "3"])
    }

    func testWithoutATotalAnEmptyOrShortPageEndsIt() async throws {
        let transport = ScriptedTransport([page(20, total: nil), page(3, total: nil)])
        let counts = try await pages(DescribeInstancesRequest(regionId: "r"), defaultPageSize: 20, transport: transport)
        XCTAssertEqual(counts, [20, 3])
        let empty = ScriptedTransport([page(20, total: nil), page(0, total: nil)])
        let more = try await pages(DescribeInstancesRequest(regionId: "r"), defaultPageSize: nil, transport: empty)
        XCTAssertEqual(more, [20, 0])
    }
}
