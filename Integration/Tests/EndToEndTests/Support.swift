import APIModel
import DocParser
import Foundation
import JDCloudCore

/// The package root, found from this file's path.
let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    // Integration/Tests/EndToEndTests/Support.swift: the repository is four levels up.
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.path
}()

/// The operations of every page in `specs/`, read once.
let specOperations: [APIOperation] = SpecReader.read(paths: [packageRoot + "/specs"]).operations

/// The keys the gateway accepts.
enum TestKeys {
    static let accessKey = "AKE2E"
    static let secretKey = "SKE2E-secret-do-not-log"
    static let credentials = Credentials(accessKeyId: accessKey, secretAccessKey: secretKey)
}

extension JDCloudConfiguration {
    /// A configuration for `endpoint` with quick retries, so that the 503 path stays fast.
    static func loopback(_ endpoint: URL, credentials: Credentials = TestKeys.credentials) -> JDCloudConfiguration {
        JDCloudConfiguration(
            credentials: credentials, region: "cn-north-1", endpoint: endpoint, timeout: .seconds(5),
            retryPolicy: RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(10), maxDelay: .milliseconds(40)))
    }
}
