import Foundation
import XCTest
import JDCloudCore

final class ConfigurationTests: XCTestCase {
    func testCredentialsFromEnvironment() throws {
        let credentials = try Credentials.fromEnvironment([
            "JDCLOUD_ACCESS_KEY": "ak", "JDCLOUD_SECRET_KEY": "sk", "JDCLOUD_SESSION_TOKEN": "tok",
        ])
        XCTAssertEqual(credentials, Credentials(accessKeyId: "ak", secretAccessKey: "sk", sessionToken: "tok"))
        XCTAssertNil(try Credentials.fromEnvironment(["JDCLOUD_ACCESS_KEY": "ak", "JDCLOUD_SECRET_KEY": "sk"]).sessionToken)
    }

    func testMissingVariableIsNamed() {
        XCTAssertThrowsError(try Credentials.fromEnvironment(["JDCLOUD_ACCESS_KEY": "ak"])) { error in
            XCTAssertEqual(error as? JDCloudError, .missingEnvironmentVariable("JDCLOUD_SECRET_KEY"))
            XCTAssertTrue("\(error)".contains("JDCLOUD_SECRET_KEY"))
        }
        XCTAssertThrowsError(try EnvironmentCredentialsProvider(environment: ["JDCLOUD_ACCESS_KEY": ""]).credentials()) {
            XCTAssertEqual($0 as? JDCloudError, .missingEnvironmentVariable("JDCLOUD_ACCESS_KEY"))
        }
    }

    func testConfigurationFromEnvironment() throws {
        let configuration = try JDCloudConfiguration.fromEnvironment([
            "JDCLOUD_ACCESS_KEY": "ak", "JDCLOUD_SECRET_KEY": "sk",
            "JDCLOUD_REGION": "cn-north-1", "JDCLOUD_ENDPOINT": "http://127.0.0.1:8080",
        ])
        XCTAssertEqual(configuration.region, "cn-north-1")
        XCTAssertEqual(configuration.endpoint, URL(string: "http://127.0.0.1:8080"))
        XCTAssertEqual(configuration.scheme, "https")
        XCTAssertEqual(configuration.retryPolicy, .default)
        XCTAssertThrowsError(try JDCloudConfiguration.fromEnvironment([
            "JDCLOUD_ACCESS_KEY": "ak", "JDCLOUD_SECRET_KEY": "sk", "JDCLOUD_ENDPOINT": "ftp://x",
        ]))
    }

    func testCredentialsDescriptionHidesSecrets() {
        let text = "\(Credentials(accessKeyId: "ak", secretAccessKey: "very-secret", sessionToken: "tok-123"))"
        XCTAssertFalse(text.contains("very-secret"))
        XCTAssertFalse(text.contains("tok-123"))
        XCTAssertTrue(text.contains("ak"))
    }

    func testRetryPolicyBackoffIsCappedWithJitter() {
        let policy = RetryPolicy(maxAttempts: 5, baseDelay: .milliseconds(100), maxDelay: .milliseconds(300), jitter: 0.5)
        for _ in 0..<50 {
            let first = policy.delay(afterAttempt: 1)
            XCTAssertTrue(first >= .milliseconds(50) && first <= .milliseconds(100), "\(first)")
            let late = policy.delay(afterAttempt: 4)
            XCTAssertTrue(late >= .milliseconds(150) && late <= .milliseconds(300), "\(late)")
        }
        XCTAssertEqual(RetryPolicy(jitter: 0).delay(afterAttempt: 2), .milliseconds(400))
        XCTAssertEqual(policy.alwaysRetriedStatuses, [429, 503])
        XCTAssertEqual(policy.idempotentRetriedStatuses, [500, 502, 504])
        XCTAssertEqual(RetryPolicy.default.maxAttempts, 3)
    }
}
