import Foundation
import JDCloudCore

/// `jdcloud <service> <operation> [--input <json>] [--region <region>] [--endpoint <url>] [--debug]`
@main
enum JDCloudTool {
    static func main() async {
        let status = await run(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
        exit(status.rawValue)
    }

    static func run(_ arguments: [String], environment: [String: String]) async -> ExitStatus {
        let invocation: Invocation
        do {
            invocation = try Invocation.parse(arguments)
        } catch {
            // The parser's message starts with its own "Error: ".
            var message = Invocation.fullMessage(for: error)
            if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
            writeError(message + "\nSee 'jdcloud --help'.")
            return .usage
        }

        guard let serviceName = invocation.service else {
            if invocation.help {
                write(HelpText.tool(), to: .standardOutput)
                return .success
            }
            write(HelpText.tool(), to: .standardError)
            return .usage
        }
        guard let service = services.first(where: { $0.name == serviceName.lowercased() }) else {
            let hint = ClosestName.closest(to: serviceName, in: services.map(\.name)).map { " Did you mean '\($0)'?" } ?? ""
            writeError("unknown service '\(serviceName)'.\(hint) The services are: \(services.map(\.name).joined(separator: ", ")).")
            return .usage
        }
        guard let operationName = invocation.operation else {
            write(HelpText.service(service.name, service.commands), to: invocation.help ? .standardOutput : .standardError)
            return invocation.help ? .success : .usage
        }
        guard let command = service.commands.first(where: { $0.isNamed(operationName) }) else {
            let names = service.commands.map(\.commandName) + service.commands.map(\.operationName)
            let hint = ClosestName.closest(to: operationName, in: names).map { " Did you mean '\($0)'?" } ?? ""
            writeError("unknown operation '\(operationName)' of \(service.name).\(hint) See 'jdcloud \(service.name) --help'.")
            return .usage
        }
        if invocation.help {
            write(HelpText.operation(service: service.name, command), to: .standardOutput)
            return .success
        }

        do {
            let reply = try await call(command, invocation, environment: environment)
            write(try prettyJSON(reply), to: .standardOutput)
            return .success
        } catch {
            let report = ErrorReport(error)
            var message = report.message
            if report.status == .usage, error is CommandUsageError {
                message += "\nSee 'jdcloud \(service.name) \(command.commandName) --help'."
            }
            writeError(message)
            return report.status
        }
    }

    /// Reads the input, fills `regionId`, configures the client from the environment and calls.
    static func call(_ command: JDCloudCommand, _ invocation: Invocation, environment: [String: String]) async throws -> JSONValue {
        var input = try InputReader.read(invocation.input)
        let region = invocation.region ?? environment[JDCloudConfiguration.regionVariable].flatMap { $0.isEmpty ? nil : $0 }
        if case .object(var members) = input, let region,
           members["regionId"] ?? .null == .null, command.parameters.contains(where: { $0.name == "regionId" }) {
            members["regionId"] = .string(region)
            input = .object(members)
        }
        var environment = environment
        if let endpoint = invocation.endpoint {
            environment[JDCloudConfiguration.endpointVariable] = endpoint
        }
        let logger = invocation.debug ? DebugLog.logger() : nil
        var configuration = try JDCloudConfiguration.fromEnvironment(environment, logger: logger)
        if let region { configuration.region = region }
        logger?.debug("jdcloud call", metadata: [
            "operation": "\(command.operationName)", "route": "\(command.method) \(command.path)",
        ])
        return try await command.invoke(with: input, configuration: configuration)
    }

    static func prettyJSON(_ value: JSONValue) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    static func writeError(_ message: String) {
        write("error: \(message)\n", to: .standardError)
    }

    static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}
