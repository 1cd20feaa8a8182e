import Foundation
import JDCloudCore

/// One service of the `jdcloud` command line: its name (the first label of
/// its host) and its operations, from the generated command module
/// (`VMCommands.service`).
public struct JDCloudService: Sendable {
    /// The first label of the service's host (`vm`).
    public var name: String
    /// One command per operation, in page order.
    public var commands: [JDCloudCommand]

    /// Creates a service of the command line.
    public init(name: String, commands: [JDCloudCommand]) {
        self.name = name
        self.commands = commands
    }
}

/// `jdcloud <service> <operation> [--input <json>] [--region <region>] [--endpoint <url>] [--debug]`
///
/// The front end every generated SDK package's `jdcloud` executable runs,
/// with the services of that package: `await JDCloudCommandLine(services: [VMCommands.service]).main()`.
public struct JDCloudCommandLine: Sendable {
    /// The services it knows, by name.
    public let services: [JDCloudService]

    /// A command line for `services`.
    public init(services: [JDCloudService]) {
        self.services = services.sorted { $0.name < $1.name }
    }

    /// Runs the process's command line and exits with its status.
    public func main() async -> Never {
        let status = await run(
            Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
        exit(status.rawValue)
    }

    func run(_ arguments: [String], environment: [String: String]) async -> ExitStatus {
        let invocation: Invocation
        ServiceRegistry.register(services)
        do {
            invocation = try Invocation.parse(arguments)
        } catch  where Invocation.exitCode(for: error) == .success {
            // A shell's completion request, or --generate-completion-script.
            Self.write(Invocation.fullMessage(for: error) + "\n", to: .standardOutput)
            return .success
        } catch {
            // The parser's message starts with its own "Error: ".
            var message = Invocation.fullMessage(for: error)
            if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
            Self.writeError(message + "\nSee 'jdcloud --help'.")
            return .usage
        }

        guard let serviceName = invocation.service else {
            if invocation.help {
                Self.write(HelpText.tool(services), to: .standardOutput)
                return .success
            }
            Self.write(HelpText.tool(services), to: .standardError)
            return .usage
        }
        guard let service = services.first(where: { $0.name == serviceName.lowercased() }) else {
            let hint =
                ClosestName.closest(to: serviceName, in: services.map(\.name)).map { " Did you mean '\($0)'?" } ?? ""
            Self.writeError(
                "unknown service '\(serviceName)'.\(hint) The services are: \(services.map(\.name).joined(separator: ", "))."
            )
            return .usage
        }
        guard let operationName = invocation.operation else {
            Self.write(
                HelpText.service(service.name, service.commands), to: invocation.help ? .standardOutput : .standardError
            )
            return invocation.help ? .success : .usage
        }
        guard let command = service.commands.first(where: { $0.isNamed(operationName) }) else {
            let names = service.commands.map(\.commandName) + service.commands.map(\.operationName)
            let hint = ClosestName.closest(to: operationName, in: names).map { " Did you mean '\($0)'?" } ?? ""
            Self.writeError(
                "unknown operation '\(operationName)' of \(service.name).\(hint) See 'jdcloud \(service.name) --help'.")
            return .usage
        }
        if invocation.help {
            Self.write(HelpText.operation(service: service.name, command), to: .standardOutput)
            return .success
        }
        if invocation.generateSkeleton {
            Self.write(Skeleton.render(command), to: .standardOutput)
            return .success
        }

        do {
            let reply = try await call(command, invocation, environment: environment)
            Self.write(try invocation.output.render(reply, width: TerminalText.outputWidth), to: .standardOutput)
            return .success
        } catch {
            let report = ErrorReport(error)
            var message = report.message
            if report.status == .usage, error is CommandUsageError {
                message += "\nSee 'jdcloud \(service.name) \(command.commandName) --help'."
            }
            Self.writeError(message)
            return report.status
        }
    }

    /// Reads the input and the parameter options (which override its keys),
    /// fills `regionId`, configures the client from the environment and calls,
    /// once or, with `--all-pages`, page after page.
    func call(_ command: JDCloudCommand, _ invocation: Invocation, environment: [String: String]) async throws
        -> JSONValue
    {
        let options = try ParameterOptions(invocation.parameters, parameters: command.parameters)
        var input = try InputReader.read(invocation.input)
        if case .object(var members) = input {
            members.merge(options.values) { _, option in option }
            input = .object(members)
        }
        let region =
            invocation.region ?? environment[JDCloudConfiguration.regionVariable].flatMap { $0.isEmpty ? nil : $0 }
        if case .object(var members) = input, let region,
            members["regionId"] ?? .null == .null, command.parameters.contains(where: { $0.name == "regionId" })
        {
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
        logger?.debug(
            "jdcloud call",
            metadata: [
                "operation": "\(command.operationName)", "route": "\(command.method) \(command.path)",
            ])
        guard invocation.allPages else { return try await command.invoke(with: input, configuration: configuration) }
        guard let allPages = command.allPages else {
            throw CommandUsageError(
                message:
                    "\(command.commandName) does not page (it has no pageNumber, pageSize and totalCount); call it without --all-pages"
            )
        }
        let progress = ProgressLine()
        defer { progress.finish() }
        return try await allPages(try CommandInput(input, parameters: command.parameters), configuration) { pages in
            progress.show("fetched \(pages) page\(pages == 1 ? "" : "s")")
        }
    }

    static func writeError(_ message: String) {
        Self.write("error: \(message)\n", to: .standardError)
    }

    static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}
