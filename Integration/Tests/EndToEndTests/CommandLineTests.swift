import Foundation
import JDCloudCore
import XCTest

/// Every operation in `specs/` through the built `jdcloud` binary, its error
/// paths and exit statuses, and its help screens.
final class CommandLineTests: XCTestCase {
    /// One input per operation in `specs/`, by page title; `regionId` comes from JDCLOUD_REGION.
    static let inputs: [String: String] = [
        "createInstances": #"{"instanceSpec":{"name":"web","az":"cn-north-1a","instanceType":"g.n2.medium","imageId":"img-1"},"maxCount":2}"#,
        "deleteInstance": #"{"instanceId":"i-1"}"#,
        "describeInstance": #"{"instanceId":"i-1"}"#,
        "describeInstances": #"{"pageSize":10,"filters":[{"name":"status","values":["running"]}]}"#,
        "rebuildInstance": #"{"instanceId":"i-1","password":"Passw0rd!","keyNames":["key"]}"#,
        "startInstance": #"{"instanceId":"i-1"}"#,
        "stopInstance": #"{"instanceId":"i-1"}"#,
    ]

    private func environment(_ gateway: SpecGateway?, secret: String = TestKeys.secretKey) -> [String: String] {
        var environment = [
            "JDCLOUD_ACCESS_KEY": TestKeys.accessKey,
            "JDCLOUD_SECRET_KEY": secret,
            "JDCLOUD_REGION": "cn-north-1",
        ]
        if let gateway { environment["JDCLOUD_ENDPOINT"] = gateway.endpoint.absoluteString }
        return environment
    }

    private func json(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> JSONValue {
        try XCTUnwrap(try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)), "not JSON: \(text)", file: file, line: line)
    }

    func testEveryOperationInSpecsSucceedsThroughTheBinary() throws {
        XCTAssertEqual(Set(Self.inputs.keys), Set(specOperations.map(\.name)), "a new page needs an input here")
        let gateway = try SpecGateway()
        defer { gateway.stop() }
        for (index, operation) in specOperations.enumerated() {
            // Alternate the two spellings of an operation: kebab case and the page title.
            let command = index.isMultiple(of: 2) ? kebab(operation.name) : operation.name
            let outcome = try CommandLineRunner.run(["vm", command, "--input", Self.inputs[operation.name]!], environment: environment(gateway))
            XCTAssertEqual(outcome.status, 0, "\(command): \(outcome.standardError)")
            XCTAssertEqual(outcome.standardError, "")
            let reply = try json(outcome.standardOutput)
            XCTAssertTrue(reply["requestId"]?.stringValue?.hasPrefix("req-") == true, "\(command): \(outcome.standardOutput)")
            let documentsResult = operation.responseFields.contains { $0.name == "result" }
            XCTAssertEqual(reply["result"] != nil, documentsResult, "\(command): \(outcome.standardOutput)")
        }
        XCTAssertEqual(gateway.exchanges.map(\.status), Array(repeating: 200, count: specOperations.count))
        XCTAssertEqual(gateway.exchanges.compactMap(\.operation), specOperations.map(\.name))
    }

    func testReplyIsPrettyJSONWithTheDecodedResult() throws {
        let gateway = try SpecGateway()
        defer { gateway.stop() }
        let outcome = try CommandLineRunner.run(["vm", "describe-instance"], environment: environment(gateway), input: #"{"instanceId":"i-7"}"#)
        XCTAssertEqual(outcome.status, 0, outcome.standardError)
        XCTAssertTrue(outcome.standardOutput.hasPrefix("{\n  \"requestId\" : \"req-"), outcome.standardOutput)
        let reply = try json(outcome.standardOutput)
        XCTAssertEqual(reply["result"]?["instance"]?["instanceId"], "i-7", "read from standard input, echoed by the gateway")
        XCTAssertEqual(reply["result"]?["instance"]?["systemDisk"]?["cloudDisk"]?["diskSizeGB"], 1)
    }

    func testInputFromAFileAndRegionFromTheOption() throws {
        let gateway = try SpecGateway()
        defer { gateway.stop() }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("jdcloud-input-\(UUID().uuidString).json")
        try Data(#"{"instanceId":"i-2"}"#.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        var environment = environment(gateway)
        environment["JDCLOUD_REGION"] = nil
        let outcome = try CommandLineRunner.run(
            ["vm", "stop-instance", "--input", "@" + file.path, "--region", "cn-east-2"], environment: environment)
        XCTAssertEqual(outcome.status, 0, outcome.standardError)
        XCTAssertEqual(gateway.exchanges.first?.request.path, "/v1/regions/cn-east-2/instances/i-2:stopInstance")
    }

    func testWrongSecretIs401AndExitStatus1() throws {
        let gateway = try SpecGateway()
        defer { gateway.stop() }
        let outcome = try CommandLineRunner.run(
            ["vm", "describe-instance", "--input", #"{"instanceId":"i-1"}"#], environment: environment(gateway, secret: "wrong"))
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(outcome.standardOutput, "")
        XCTAssertTrue(outcome.standardError.hasPrefix("error: 401 UNAUTHENTICATED: The signature could not be verified (request id req-"),
                      outcome.standardError)
    }

    func testNotFoundIsAServiceErrorWithExitStatus1() throws {
        let gateway = try SpecGateway()
        defer { gateway.stop() }
        let outcome = try CommandLineRunner.run(
            ["vm", "describeInstance", "--input", #"{"instanceId":"i-missing"}"#], environment: environment(gateway))
        XCTAssertEqual(outcome.status, 1)
        let requestId = try XCTUnwrap(gateway.exchanges.first?.request).header("x-jdcloud-request-id")
        XCTAssertNil(requestId, "the request carries no request id; the reply does")
        XCTAssertTrue(outcome.standardError.hasPrefix("error: 404 NOT_FOUND: The instance i-missing does not exist (request id req-"),
                      outcome.standardError)
    }

    func testUnavailableThenSuccessExitsZero() throws {
        let gateway = try SpecGateway(unavailableFirst: 1)
        defer { gateway.stop() }
        let outcome = try CommandLineRunner.run(
            ["vm", "start-instance", "--input", #"{"instanceId":"i-1"}"#], environment: environment(gateway))
        XCTAssertEqual(outcome.status, 0, outcome.standardError)
        XCTAssertEqual(gateway.exchanges.map(\.status), [503, 200])
    }

    func testMissingRequiredParameterIsAUsageErrorAndNothingIsSent() throws {
        let gateway = try SpecGateway()
        defer { gateway.stop() }
        let outcome = try CommandLineRunner.run(
            ["vm", "rebuild-instance", "--input", #"{"instanceId":"i-1"}"#], environment: environment(gateway))
        XCTAssertEqual(outcome.status, 2)
        XCTAssertEqual(outcome.standardError, """
            error: missing required parameter 'password' (String)
            See 'jdcloud vm rebuild-instance --help'.

            """)
        XCTAssertEqual(gateway.server.handledRequests, 0)
    }

    func testWronglyTypedValueIsAUsageErrorAndNothingIsSent() throws {
        let gateway = try SpecGateway()
        defer { gateway.stop() }
        let typeMismatch = try CommandLineRunner.run(
            ["vm", "describe-instances", "--input", #"{"pageSize":"ten"}"#], environment: environment(gateway))
        XCTAssertEqual(typeMismatch.status, 2)
        XCTAssertTrue(typeMismatch.standardError.hasPrefix("error: parameter 'pageSize' must be Integer, not a string\n"), typeMismatch.standardError)
        let nested = try CommandLineRunner.run(
            ["vm", "describe-instances", "--input", #"{"filters":[{"name":"status","values":"running"}]}"#], environment: environment(gateway))
        XCTAssertEqual(nested.status, 2)
        XCTAssertTrue(nested.standardError.hasPrefix("error: parameter 'filters' must be Filter[]: at [0].values, expected an array, got a string\n"),
                      nested.standardError)
        let unknown = try CommandLineRunner.run(
            ["vm", "describe-instance", "--input", #"{"instanceID":"i-1"}"#], environment: environment(gateway))
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.standardError.hasPrefix("error: unknown parameter 'instanceID'; did you mean 'instanceId'?\n"), unknown.standardError)
        let notJSON = try CommandLineRunner.run(["vm", "describe-instance", "--input", "{instanceId"], environment: environment(gateway))
        XCTAssertEqual(notJSON.status, 2)
        XCTAssertEqual(gateway.server.handledRequests, 0)
    }

    func testUnknownServiceOperationAndOptionAreUsageErrors() throws {
        for arguments in [["vn", "describe-instance"], ["vm", "describe-instancez"], ["vm", "describe-instance", "--bogus"], []] {
            let outcome = try CommandLineRunner.run(arguments, environment: environment(nil))
            XCTAssertEqual(outcome.status, 2, "\(arguments): \(outcome.standardError)")
            XCTAssertFalse(outcome.standardError.isEmpty)
        }
    }

    func testMissingCredentialsIsAUsageError() throws {
        let outcome = try CommandLineRunner.run(["vm", "describe-instance", "--input", #"{"instanceId":"i-1"}"#], environment: [:])
        XCTAssertEqual(outcome.status, 2)
        XCTAssertTrue(outcome.standardError.contains("JDCLOUD_ACCESS_KEY"), outcome.standardError)
    }

    func testDebugLogsTheExchangeWithoutSecrets() throws {
        let gateway = try SpecGateway()
        defer { gateway.stop() }
        let outcome = try CommandLineRunner.run(
            ["vm", "rebuild-instance", "--debug", "--input", #"{"instanceId":"i-1","password":"Sup3rSecretPw"}"#], environment: environment(gateway))
        XCTAssertEqual(outcome.status, 0, outcome.standardError)
        XCTAssertTrue(outcome.standardError.contains("JD Cloud request"), outcome.standardError)
        XCTAssertTrue(outcome.standardError.contains("status=200"), outcome.standardError)
        for secret in [TestKeys.secretKey, "Sup3rSecretPw", "Signature="] {
            XCTAssertFalse(outcome.standardError.contains(secret), "\(secret) was logged")
        }
    }

    func testHelpScreens() throws {
        let tool = try CommandLineRunner.run(["--help"], environment: [:])
        XCTAssertEqual(tool.status, 0)
        for section in ["OVERVIEW:", "USAGE: jdcloud", "OPTIONS:", "SERVICES:", "ENVIRONMENT:", "EXIT STATUS:", "JDCLOUD_ENDPOINT"] {
            XCTAssertTrue(tool.standardOutput.contains(section), "jdcloud --help lacks \(section)")
        }
        let service = try CommandLineRunner.run(["vm", "--help"], environment: [:])
        XCTAssertEqual(service.status, 0)
        for operation in specOperations {
            XCTAssertTrue(service.standardOutput.contains("  \(kebab(operation.name)) "), "vm --help lacks \(operation.name)")
        }
        XCTAssertTrue(service.standardOutput.contains("Lists the virtual machines of a region, one page at a"))
        let operation = try CommandLineRunner.run(["vm", "describe-instances", "-h"], environment: [:])
        XCTAssertEqual(operation.status, 0)
        XCTAssertTrue(operation.standardOutput.contains("  pageSize    Integer, optional, default 20\n"), operation.standardOutput)
        XCTAssertTrue(operation.standardOutput.contains("  regionId    String, required, --region fills it\n"), operation.standardOutput)
        XCTAssertTrue(operation.standardOutput.contains("Entries per page, between 10 and 100"))
    }

    /// `rebuildInstance` → `rebuild-instance`, for the pages in specs/.
    private func kebab(_ name: String) -> String {
        name.reduce(into: "") { text, character in
            if character.isUppercase { text += "-" + character.lowercased() } else { text.append(character) }
        }
    }
}
