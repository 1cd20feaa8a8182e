// The lines a user of the generated SDK writes: configuration from the
// environment, a client, a request, an await, the result; then every page.
// Run with JDCLOUD_ACCESS_KEY, JDCLOUD_SECRET_KEY and JDCLOUD_REGION set:
//   swift run --package-path Integration VMExample
import Foundation
import JDCloudCore
import JDCloudVM

do {
    let configuration = try JDCloudConfiguration.fromEnvironment()
    let vm = VMClient(configuration: configuration)
    // regionId is left out: the configuration's region fills it.
    let response = try await vm.describeInstances(DescribeInstancesRequest(pageSize: 10))
    for instance in response.result?.instances ?? [] {
        print(instance.instanceId ?? "-", instance.status ?? "-", instance.instanceName ?? "")
    }
    // Every instance, page after page, each page its own signed request.
    var count = 0
    for try await page in vm.describeInstancesPaginator(DescribeInstancesRequest(pageSize: 100)) {
        count += page.result?.instances?.count ?? 0
    }
    print("\(count) instances in all")
} catch {
    // A JDCloudError says what failed; service errors carry JD Cloud's code, status, message and request id.
    FileHandle.standardError.write(Data("VMExample: \(error)\n".utf8))
    exit(1)
}
