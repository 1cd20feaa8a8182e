// The five lines a user of the generated SDK writes: configuration from the
// environment, a client, a request, an await, the result.
// Run with JDCLOUD_ACCESS_KEY, JDCLOUD_SECRET_KEY and JDCLOUD_REGION set:
//   swift run VMExample
import Foundation
import JDCloudCore
import JDCloudVM

do {
    let configuration = try JDCloudConfiguration.fromEnvironment()
    let vm = VMClient(configuration: configuration)
    let request = DescribeInstancesRequest(pageSize: 10)
    let response = try await vm.describeInstances(request)
    for instance in response.result?.instances ?? [] {
        print(instance.instanceId ?? "-", instance.status ?? "-", instance.instanceName ?? "")
    }
} catch {
    // A JDCloudError says what failed; service errors carry JD Cloud's code, status, message and request id.
    FileHandle.standardError.write(Data("VMExample: \(error)\n".utf8))
    exit(1)
}
