import JDCloudCore
import JDCloudVM
import XCTest

/// Every operation in `specs/` through the generated `VMClient`, against the gateway.
final class TypedClientTests: XCTestCase {
    func testEveryOperationInSpecsDecodesThroughTheGeneratedClient() async throws {
        let gateway = try SpecGateway()
        defer { gateway.stop() }
        let vm = VMClient(configuration: .loopback(gateway.endpoint))

        let created = try await vm.createInstances(CreateInstancesRequest(
            instanceSpec: InstanceSpec(name: "web", az: "cn-north-1a", instanceType: "g.n2.medium", imageId: "img-1",
                                       charge: ChargeSpec(chargeMode: "postpaid_by_usage")),
            regionId: "cn-north-1", maxCount: 2, clientToken: "token-1"))
        XCTAssertEqual(created.result?.instanceIds, ["instanceIds-1"])
        XCTAssertTrue(created.requestId.hasPrefix("req-"))

        let deleted = try await vm.deleteInstance(DeleteInstanceRequest(instanceId: "i-1", regionId: "cn-north-1"))
        XCTAssertTrue(deleted.requestId.hasPrefix("req-"))

        let described = try await vm.describeInstance(DescribeInstanceRequest(instanceId: "i-1", regionId: "cn-north-1"))
        let instance = try XCTUnwrap(described.result?.instance)
        XCTAssertEqual(instance.instanceId, "i-1", "the gateway echoes the path's instanceId")
        XCTAssertEqual(instance.systemDisk?.cloudDisk?.diskSizeGB, 1)
        XCTAssertEqual(instance.tags?.first?.key, "key-1")
        XCTAssertEqual(instance.systemDisk?.autoDelete, true)

        // No regionId: the client's region (cn-north-1) fills it.
        let listed = try await vm.describeInstances(DescribeInstancesRequest(
            pageNumber: 1, pageSize: 10,
            filters: [Filter(name: "status", values: ["running", "stopped"])]))
        XCTAssertEqual(listed.result?.totalCount, 1)
        XCTAssertEqual(listed.result?.instances?.count, 1)
        XCTAssertEqual(listed.result?.instances?.first?.charge?.chargeMode, "chargeMode-1")

        let rebuilt = try await vm.rebuildInstance(RebuildInstanceRequest(
            instanceId: "i-1", password: "Passw0rd!", regionId: "cn-north-1", imageId: "img-2", keyNames: ["key"]))
        XCTAssertTrue(rebuilt.requestId.hasPrefix("req-"))

        _ = try await vm.startInstance(StartInstanceRequest(instanceId: "i-1"))
        _ = try await vm.stopInstance(StopInstanceRequest(instanceId: "i-1", regionId: "cn-north-1"))

        let exchanges = gateway.exchanges
        XCTAssertEqual(exchanges.map(\.status), Array(repeating: 200, count: exchanges.count))
        XCTAssertEqual(Set(exchanges.compactMap(\.operation)), Set(specOperations.map(\.name)),
                       "every operation in specs/ is called once; a new page needs a call here")
        XCTAssertEqual(exchanges.count, specOperations.count)
        // The query carries the flattened filters the page describes.
        let listing = try XCTUnwrap(exchanges.first { $0.operation == "describeInstances" }?.request)
        XCTAssertTrue(listing.queryItems.contains(.init(name: "filters.1.values.2", value: "stopped")))
        XCTAssertEqual(listing.path, "/v1/regions/cn-north-1/instances")
        let started = try XCTUnwrap(exchanges.first { $0.operation == "startInstance" }?.request)
        XCTAssertEqual(started.path, "/v1/regions/cn-north-1/instances/i-1:startInstance")
        XCTAssertTrue(started.header("authorization")?.contains("/cn-north-1/vm/") == true, "signed for the client's region")
    }

    func testWithoutAnyRegionNothingIsSent() async throws {
        let gateway = try SpecGateway()
        defer { gateway.stop() }
        var configuration = JDCloudConfiguration.loopback(gateway.endpoint)
        configuration.region = nil
        let vm = VMClient(configuration: configuration)
        do {
            _ = try await vm.describeInstances(DescribeInstancesRequest(pageSize: 10))
            XCTFail("expected an error")
        } catch let error as JDCloudError {
            XCTAssertEqual(error, .missingRegion(operation: "describeInstances"))
            XCTAssertTrue(error.description.contains("set regionId on the request"), error.description)
        }
        XCTAssertEqual(gateway.exchanges.count, 0)
        // The request's own region still works without a client region.
        _ = try await vm.describeInstances(DescribeInstancesRequest(regionId: "cn-east-2", pageSize: 10))
        XCTAssertEqual(gateway.exchanges.first?.request.path, "/v1/regions/cn-east-2/instances")
    }

    func testWrongSecretIsRejectedWith401() async throws {
        let gateway = try SpecGateway()
        defer { gateway.stop() }
        let wrong = Credentials(accessKeyId: TestKeys.accessKey, secretAccessKey: "not-the-secret")
        let vm = VMClient(configuration: .loopback(gateway.endpoint, credentials: wrong))
        do {
            _ = try await vm.describeInstance(DescribeInstanceRequest(instanceId: "i-1", regionId: "cn-north-1"))
            XCTFail("a wrong secret must not be accepted")
        } catch let error as JDCloudError {
            let service = try XCTUnwrap(error.serviceError)
            XCTAssertEqual(service.httpStatus, 401)
            XCTAssertEqual(service.status, "UNAUTHENTICATED")
            XCTAssertNotNil(service.requestId)
        }
    }

    func testMissingInstanceIs404WithTheServiceErrorBody() async throws {
        let gateway = try SpecGateway()
        defer { gateway.stop() }
        let vm = VMClient(configuration: .loopback(gateway.endpoint))
        do {
            _ = try await vm.describeInstance(DescribeInstanceRequest(instanceId: "i-missing", regionId: "cn-north-1"))
            XCTFail("i-missing does not exist")
        } catch let error as JDCloudError {
            XCTAssertEqual(error.serviceError?.httpStatus, 404)
            XCTAssertEqual(error.serviceError?.code, 404)
            XCTAssertEqual(error.serviceError?.status, "NOT_FOUND")
            XCTAssertEqual(error.serviceError?.message, "The instance i-missing does not exist")
        }
    }

    func testUnavailableThenSuccessIsRetried() async throws {
        let gateway = try SpecGateway(unavailableFirst: 1)
        defer { gateway.stop() }
        let vm = VMClient(configuration: .loopback(gateway.endpoint))
        let response = try await vm.startInstance(StartInstanceRequest(instanceId: "i-1", regionId: "cn-north-1"))
        XCTAssertTrue(response.requestId.hasPrefix("req-"))
        XCTAssertEqual(gateway.exchanges.map(\.status), [503, 200])
    }

    func testGatewayRejectsAMissingRequiredBodyParameter() async throws {
        // The gateway's own check, so that the command-line tests can rely on it.
        let gateway = try SpecGateway()
        defer { gateway.stop() }
        let client = JDCloudClient(service: "vm", configuration: .loopback(gateway.endpoint))
        do {
            _ = try await client.send(PasswordlessRebuild())
            XCTFail("password is required by the page")
        } catch let error as JDCloudError {
            XCTAssertEqual(error.serviceError?.httpStatus, 400)
            XCTAssertEqual(error.serviceError?.message, "Missing required parameter 'password' (body)")
        }
    }
}

/// `rebuildInstance` without its required password: a request no generated type can build.
private struct PasswordlessRebuild: JDCloudOperation {
    typealias Response = RebuildInstanceResponse
    static let descriptor = RebuildInstanceRequest.descriptor
    var pathParameters: [String: String] { ["regionId": "cn-north-1", "instanceId": "i-1"] }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("img-1", forKey: .imageId)
    }
    private enum CodingKeys: String, CodingKey { case imageId }
}

/// Paginators, redacted secrets and retries that never repeat a side effect,
/// through the generated `VMClient` against the gateway.
final class GeneratedClientBehaviourTests: XCTestCase {
    func testPaginatorYieldsEveryPageAsItsOwnSignedRequest() async throws {
        let gateway = try SpecGateway(collectionSize: 5)
        defer { gateway.stop() }
        let vm = VMClient(configuration: .loopback(gateway.endpoint))
        var pages = 0
        var items = 0
        for try await page in vm.describeInstancesPaginator(DescribeInstancesRequest(pageSize: 2)) {
            pages += 1
            items += page.result?.instances?.count ?? 0
        }
        XCTAssertEqual(pages, 3)
        XCTAssertEqual(items, 5)
        XCTAssertEqual(gateway.exchanges.map(\.status), [200, 200, 200], "every page is signed and accepted")
        XCTAssertEqual(Set(gateway.exchanges.compactMap { $0.request.header("x-jdcloud-nonce") }).count, 3)
        // From a later page, and stopping on an empty page when the total is not reached.
        let later = try SpecGateway(collectionSize: 5)
        defer { later.stop() }
        var count = 0
        for try await _ in VMClient(configuration: .loopback(later.endpoint)).describeInstancesPaginator(DescribeInstancesRequest(pageNumber: 2, pageSize: 2)) {
            count += 1
        }
        XCTAssertEqual(count, 2, "pages 2 and 3")
        XCTAssertEqual(later.exchanges.first?.request.queryItems.first { $0.name == "pageNumber" }?.value, "2")
    }

    func testPaginatorStopsAtOnceWhenCancelled() async throws {
        let gateway = try SpecGateway(collectionSize: 50)
        defer { gateway.stop() }
        let vm = VMClient(configuration: .loopback(gateway.endpoint))
        let task = Task {
            var pages = 0
            for try await _ in vm.describeInstancesPaginator(DescribeInstancesRequest(pageSize: 10)) {
                pages += 1
                withUnsafeCurrentTask { $0?.cancel() }
            }
            return pages
        }
        let result = await task.result
        guard case .failure(let error) = result, error is CancellationError else { return XCTFail("\(result)") }
        XCTAssertEqual(gateway.exchanges.count, 1)
    }

    func testSecretsStayOutOfPrints() {
        let request = RebuildInstanceRequest(instanceId: "i-1", password: "hunter2")
        var dumped = ""
        dump(request, to: &dumped)
        let nested = CreateInstancesRequest(instanceSpec: InstanceSpec(
            name: "web", az: "a", instanceType: "t", imageId: "img", password: "hunter3", charge: ChargeSpec(chargeMode: "m")))
        var nestedDump = ""
        dump(nested, to: &nestedDump)
        for text in [String(describing: request), request.debugDescription, "\(request)", dumped,
                     String(describing: nested), "\(nested)", nestedDump, String(reflecting: nested)] {
            XCTAssertFalse(text.contains("hunter"), text)
            XCTAssertTrue(text.contains("<redacted>"), text)
        }
        XCTAssertTrue(String(describing: request).contains(#"instanceId: "i-1""#), String(describing: request))
        // The value itself is untouched.
        XCTAssertEqual(request.password, "hunter2")
    }

    func testAFailedPOSTIsRetriedOnlyWithAClientToken() async throws {
        let gateway = try SpecGateway(failingFirst: 1)
        defer { gateway.stop() }
        let vm = VMClient(configuration: .loopback(gateway.endpoint))
        _ = try await vm.createInstances(CreateInstancesRequest(
            instanceSpec: InstanceSpec(name: "web", az: "a", instanceType: "t", imageId: "img", charge: ChargeSpec(chargeMode: "m"))))
        XCTAssertEqual(gateway.exchanges.map(\.status), [500, 200])
        let tokens = gateway.exchanges.map { (try? JSONDecoder().decode(JSONValue.self, from: $0.request.body))?["clientToken"] }
        XCTAssertNotNil(tokens[0] ?? nil)
        XCTAssertEqual(tokens[0], tokens[1], "the same token on both attempts")

        let once = try SpecGateway(failingFirst: 1)
        defer { once.stop() }
        do {
            _ = try await VMClient(configuration: .loopback(once.endpoint))
                .rebuildInstance(RebuildInstanceRequest(instanceId: "i-1", password: "Passw0rd!"))
            XCTFail("expected an error")
        } catch let error as JDCloudError {
            guard case .notRetried(let underlying, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(underlying.httpStatus, 500)
        }
        XCTAssertEqual(once.exchanges.count, 1, "a POST without a token is sent once")
    }
}
