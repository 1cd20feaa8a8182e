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
        let outcome = try CommandLineRunner.run(
            ["vm", "describe-instance", "--input", "-"], environment: environment(gateway), input: #"{"instanceId":"i-7"}"#)
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
        XCTAssertTrue(operation.standardOutput.contains("  --page-size (pageSize)      Integer, optional, default 20\n"), operation.standardOutput)
        XCTAssertTrue(operation.standardOutput.contains("  --region-id (regionId)      String, required, --region fills it\n"), operation.standardOutput)
        XCTAssertTrue(operation.standardOutput.split(separator: "\n").allSatisfy { $0.count <= 80 }, operation.standardOutput)
        XCTAssertTrue(operation.standardOutput.contains("Entries per page, between 10 and 100"))
    }

    /// `rebuildInstance` → `rebuild-instance`, for the pages in specs/.
    private func kebab(_ name: String) -> String {
        name.reduce(into: "") { text, character in
            if character.isUppercase { text += "-" + character.lowercased() } else { text.append(character) }
        }
    }
}

/// `jdcloud` as people use a cloud CLI: options per parameter, every page,
/// tables, skeletons and completions.
final class CommandLineOptionTests: XCTestCase {
    private func environment(_ gateway: SpecGateway) -> [String: String] {
        ["JDCLOUD_ACCESS_KEY": TestKeys.accessKey, "JDCLOUD_SECRET_KEY": TestKeys.secretKey,
         "JDCLOUD_REGION": "cn-north-1", "JDCLOUD_ENDPOINT": gateway.endpoint.absoluteString, "COLUMNS": "100"]
    }

    func testOptionsGoToThePathTheQueryAndTheBody() throws {
        let gateway = try SpecGateway()
        defer { gateway.stop() }
        let described = try CommandLineRunner.run(["vm", "describe-instance", "--instance-id", "i-3"], environment: environment(gateway))
        XCTAssertEqual(described.status, 0, described.standardError)
        XCTAssertEqual(gateway.exchanges.last?.request.path, "/v1/regions/cn-north-1/instances/i-3")

        let listed = try CommandLineRunner.run(
            ["vm", "describe-instances", "--page-size", "10", "--filters", #"[{"name":"status","values":["running"]}]"#],
            environment: environment(gateway))
        XCTAssertEqual(listed.status, 0, listed.standardError)
        let query = try XCTUnwrap(gateway.exchanges.last?.request.queryItems)
        XCTAssertTrue(query.contains(.init(name: "pageSize", value: "10")), "\(query)")
        XCTAssertTrue(query.contains(.init(name: "filters.1.values.1", value: "running")), "\(query)")

        let rebuilt = try CommandLineRunner.run(
            ["vm", "rebuild-instance", "--instance-id", "i-1", "--password", "Passw0rd!", "--key-names", "a", "--key-names", "b"],
            environment: environment(gateway))
        XCTAssertEqual(rebuilt.status, 0, rebuilt.standardError)
        let body = try JSONDecoder().decode(JSONValue.self, from: try XCTUnwrap(gateway.exchanges.last?.request.body))
        XCTAssertEqual(body["keyNames"], ["a", "b"])
        XCTAssertEqual(body["password"], "Passw0rd!")
    }

    func testOptionsOverrideTheInputsKeys() throws {
        let gateway = try SpecGateway()
        defer { gateway.stop() }
        let outcome = try CommandLineRunner.run(
            ["vm", "stop-instance", "--input", #"{"instanceId":"i-from-input"}"#, "--instance-id", "i-from-option"],
            environment: environment(gateway))
        XCTAssertEqual(outcome.status, 0, outcome.standardError)
        XCTAssertEqual(gateway.exchanges.last?.request.path, "/v1/regions/cn-north-1/instances/i-from-option:stopInstance")
    }

    func testBadOptionValuesExit2WithNothingSent() throws {
        let gateway = try SpecGateway()
        defer { gateway.stop() }
        let cases: [([String], String)] = [
            (["vm", "describe-instances", "--page-size", "abc"], "error: option '--page-size' must be an integer (Integer), not 'abc'"),
            (["vm", "describe-instances", "--page-siz", "10"], "error: unknown option '--page-siz'; did you mean '--page-size'?"),
            (["vm", "describe-instances", "--filters", "[not json"], "error: --filters is not valid JSON"),
            (["vm", "describe-instance", "--instance-id"], "error: option '--instance-id' needs a value (String)"),
            (["vm", "stop-instance", "--instance-id", "a", "--instance-id", "b"], "error: option '--instance-id' is given twice"),
            (["vm", "stop-instance", "--all-pages", "--instance-id", "a"], "error: stop-instance does not page"),
        ]
        for (arguments, message) in cases {
            let outcome = try CommandLineRunner.run(arguments, environment: environment(gateway))
            XCTAssertEqual(outcome.status, 2, "\(arguments)")
            XCTAssertTrue(outcome.standardError.hasPrefix(message), "\(arguments): \(outcome.standardError)")
        }
        XCTAssertEqual(gateway.exchanges.count, 0, "nothing was sent")
    }

    func testOperationHelpListsTheOptions() throws {
        let help = try CommandLineRunner.run(["vm", "describe-instances", "--help"], environment: [:])
        XCTAssertTrue(help.standardOutput.contains("--filters (filters)"), help.standardOutput)
        XCTAssertTrue(help.standardOutput.contains("JSON or @file"), help.standardOutput)
        XCTAssertTrue(help.standardOutput.contains("[--all-pages]"), help.standardOutput)
    }

    func testAllPagesFetchesEveryPageIntoOneReply() throws {
        let gateway = try SpecGateway(collectionSize: 5)
        defer { gateway.stop() }
        let outcome = try CommandLineRunner.run(["vm", "describe-instances", "--page-size", "2", "--all-pages"], environment: environment(gateway))
        XCTAssertEqual(outcome.status, 0, outcome.standardError)
        XCTAssertEqual(outcome.standardError, "", "no progress line when standard error is not a terminal")
        let reply = try JSONDecoder().decode(JSONValue.self, from: Data(outcome.standardOutput.utf8))
        guard case .array(let instances)? = reply["result"]?["instances"] else { return XCTFail(outcome.standardOutput) }
        XCTAssertEqual(instances.count, 5)
        XCTAssertEqual(reply["result"]?["totalCount"], 5)
        XCTAssertEqual(gateway.exchanges.count, 3, "pages of 2, 2 and 1")
        XCTAssertEqual(gateway.exchanges.compactMap { $0.request.queryItems.first { $0.name == "pageNumber" }?.value }, ["1", "2", "3"])
    }

    func testTableAndTextOutput() throws {
        let gateway = try SpecGateway(collectionSize: 2)
        defer { gateway.stop() }
        let table = try CommandLineRunner.run(["vm", "describe-instances", "--output", "table"], environment: environment(gateway))
        XCTAssertEqual(table.status, 0, table.standardError)
        let lines = table.standardOutput.split(separator: "\n")
        XCTAssertEqual(lines.count, 4, "a header, two items and the columns left out: \(table.standardOutput)")
        XCTAssertTrue(lines[0].hasPrefix("imageId    instanceId    subnetId    vpcId    instanceName    status"), "identifiers, names and states first: \(table.standardOutput)")
        XCTAssertTrue(lines[1].hasPrefix("imageId-1 "), table.standardOutput)
        XCTAssertTrue(lines[3].hasPrefix("("), table.standardOutput)
        XCTAssertTrue(lines[3].contains("more columns") && lines[3].contains("charge"), "nested values come last: \(table.standardOutput)")
        XCTAssertTrue(lines.allSatisfy { $0.count <= 100 || $0.hasPrefix("(") }, "fitted to COLUMNS=100: \(table.standardOutput)")
        let text = try CommandLineRunner.run(["vm", "describe-instances", "--output", "text"], environment: environment(gateway))
        XCTAssertEqual(text.status, 0, text.standardError)
        let rows = text.standardOutput.split(separator: "\n")
        XCTAssertEqual(rows.count, 2, "no header: \(text.standardOutput)")
        XCTAssertTrue(rows.allSatisfy { $0.contains("\t") }, text.standardOutput)
        let single = try CommandLineRunner.run(["vm", "describe-instance", "--instance-id", "i-9", "--output", "table"], environment: environment(gateway))
        XCTAssertTrue(single.standardOutput.hasPrefix("field"), single.standardOutput)
        XCTAssertTrue(single.standardOutput.contains("instance"), single.standardOutput)
    }

    func testSkeletonListsEveryParameterReadyToFill() throws {
        let outcome = try CommandLineRunner.run(["vm", "create-instances", "--generate-skeleton"], environment: [:])
        XCTAssertEqual(outcome.status, 0, outcome.standardError)
        XCTAssertEqual(outcome.standardOutput, """
            {
              "clientToken" : "<String, optional>",
              "instanceSpec" : "<InstanceSpec, required>",
              "maxCount" : "<Integer, optional, default 1>",
              "regionId" : "<String, required, --region fills it>"
            }

            """)
    }

    func testCompletionScriptsAndCompletionsNameServicesOperationsAndOptions() throws {
        for shell in ["bash", "zsh", "fish"] {
            let script = try CommandLineRunner.run(["--generate-completion-script", shell], environment: [:])
            XCTAssertEqual(script.status, 0, script.standardError)
            XCTAssertTrue(script.standardOutput.contains("jdcloud"), shell)
            XCTAssertTrue(script.standardOutput.contains("---completion"), "\(shell) asks jdcloud for services, operations and options")
        }
        // What the scripts ask at the second and third words: the service's operations, then the operation's options.
        let operations = try CommandLineRunner.run(["---completion", "--", "positional@1", "2", "0", "jdcloud", "vm", ""], environment: [:])
        XCTAssertEqual(operations.standardOutput.split(separator: "\n").sorted(), ["create-instances", "delete-instance", "describe-instance", "describe-instances", "rebuild-instance", "start-instance", "stop-instance"],
                       operations.standardError)
        let options = try CommandLineRunner.run(
            ["---completion", "--", "positional@2", "3", "0", "jdcloud", "vm", "describe-instances", ""], environment: [:])
        XCTAssertEqual(options.standardOutput.split(separator: "\n"), ["--region-id", "--page-number", "--page-size", "--filters"],
                       options.standardError)
        let services = try CommandLineRunner.run(["---completion", "--", "positional@0", "1", "0", "jdcloud", ""], environment: [:])
        XCTAssertEqual(services.standardOutput, "vm\n")
    }
}

extension CommandLineOptionTests {
    func testStandardInputIsReadOnlyWhenAskedFor() throws {
        let gateway = try SpecGateway()
        defer { gateway.stop() }
        let environment = ["JDCLOUD_ACCESS_KEY": TestKeys.accessKey, "JDCLOUD_SECRET_KEY": TestKeys.secretKey,
                           "JDCLOUD_REGION": "cn-north-1", "JDCLOUD_ENDPOINT": gateway.endpoint.absoluteString]
        // What is on standard input (another command's, a loop's file) is not the call's.
        let outcome = try CommandLineRunner.run(["vm", "stop-instance", "--instance-id", "i-1"], environment: environment, input: "not json")
        XCTAssertEqual(outcome.status, 0, outcome.standardError)
        let asked = try CommandLineRunner.run(["vm", "stop-instance", "--input", "-"], environment: environment, input: "not json")
        XCTAssertEqual(asked.status, 2)
        XCTAssertTrue(asked.standardError.contains("standard input is not valid JSON"), asked.standardError)
    }
}
