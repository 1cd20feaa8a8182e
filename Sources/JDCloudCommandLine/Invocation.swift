import ArgumentParser
import Foundation
import JDCloudCore

/// The command line as swift-argument-parser reads it.
///
/// Services and operations are data (the generated command tables), not
/// Swift types, so they are two positional arguments here and `--help` is
/// our own flag: `JDCloudTool` prints the help of whatever they name.
struct Invocation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jdcloud",
        abstract: "Call JD Cloud operations from the command line.",
        discussion: """
            Every operation of the generated SDK is a command. Its parameters are one \
            JSON object keyed by the names the API reference uses; the call goes through \
            the generated typed client, and the reply is printed as JSON.
            """,
        helpNames: []
    )

    @Argument(
        help: ArgumentHelp("The service: the first label of its host, such as vm.", valueName: "service"),
        completion: .custom { _, _, _ in ServiceRegistry.services.map(\.name) })
    var service: String?

    @Argument(
        help: ArgumentHelp(
            "The operation, by its page title (rebuildInstance) or in kebab case (rebuild-instance).",
            valueName: "operation"),
        completion: .custom { words, _, _ in
            ServiceRegistry.service(after: words)?.commands.map(\.commandName) ?? []
        })
    var operation: String?

    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp(
            "The operation's parameters as options, named after them in kebab case: --instance-id i-1, --page-size 10; repeat an option for each element of an array; give models as JSON text or @file.",
            valueName: "parameter options"),
        completion: .custom { words, _, _ in
            guard let service = ServiceRegistry.service(after: words), words.count > 2,
                let command = service.commands.first(where: { $0.isNamed(words[2]) })
            else { return [] }
            return command.parameters.map { "--" + $0.option }
        })
    var parameters: [String] = []

    @Option(
        help: ArgumentHelp(
            "The parameters as a JSON object, @file to read them from a file, or - to read them from standard input.",
            valueName: "json"))
    var input: String?

    @Option(
        help: ArgumentHelp(
            "The region; fills regionId when the input has none. (default: $\(JDCloudConfiguration.regionVariable))",
            valueName: "region"))
    var region: String?

    @Option(
        help: ArgumentHelp(
            "Send requests to this URL instead of https://<service>.jdcloud-api.com. (default: $\(JDCloudConfiguration.endpointVariable))",
            valueName: "url"))
    var endpoint: String?

    @Flag(
        help:
            "Log each request and reply to standard error (method, URL, status, request id; never keys, query values or bodies)."
    )
    var debug = false

    @Option(
        help: ArgumentHelp(
            "How to print the reply: json (all of it), table (the result's items as columns) or text (the same, tab-separated, no header).",
            valueName: "format"))
    var output: OutputFormat = .json

    @Flag(
        name: .customLong("all-pages"),
        help: "For operations that page: fetch every page and print one reply with all the items.")
    var allPages = false

    @Flag(
        name: .customLong("generate-skeleton"),
        help:
            "Print a JSON input with every parameter of the operation, its type and whether it is required, to fill in and pass with --input @file."
    )
    var generateSkeleton = false

    @Flag(name: .shortAndLong, help: "Show help for jdcloud, a service or an operation.")
    var help = false

    /// The options every operation has, for did-you-mean suggestions.
    static let optionNames = [
        "input", "region", "endpoint", "debug", "output", "all-pages", "generate-skeleton", "help",
    ]
}

extension OutputFormat: ExpressibleByArgument {}

/// The services of the running command line, for shell completions (which
/// swift-argument-parser computes from a static command structure).
enum ServiceRegistry {
    private static let storage = Storage()

    static var services: [JDCloudService] { storage.get() }

    static func register(_ services: [JDCloudService]) { storage.set(services) }

    /// The service a command line names: the first word after the tool.
    static func service(after words: [String]) -> JDCloudService? {
        guard words.count > 1 else { return nil }
        return services.first { $0.name == words[1].lowercased() }
    }

    private final class Storage: @unchecked Sendable {
        private let lock = NSLock()
        private var services: [JDCloudService] = []
        func get() -> [JDCloudService] { lock.withLock { services } }
        func set(_ value: [JDCloudService]) { lock.withLock { services = value } }
    }
}
