import ArgumentParser
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

    @Argument(help: ArgumentHelp("The service: the first label of its host, such as vm.", valueName: "service"))
    var service: String?

    @Argument(help: ArgumentHelp(
        "The operation, by its page title (rebuildInstance) or in kebab case (rebuild-instance).",
        valueName: "operation"))
    var operation: String?

    @Option(help: ArgumentHelp(
        "The parameters as a JSON object, or @file to read them from a file. Without it they are read from standard input, unless that is a terminal.",
        valueName: "json"))
    var input: String?

    @Option(help: ArgumentHelp(
        "The region; fills regionId when the input has none. (default: $\(JDCloudConfiguration.regionVariable))",
        valueName: "region"))
    var region: String?

    @Option(help: ArgumentHelp(
        "Send requests to this URL instead of https://<service>.jdcloud-api.com. (default: $\(JDCloudConfiguration.endpointVariable))",
        valueName: "url"))
    var endpoint: String?

    @Flag(help: "Log each request and reply to standard error (method, URL, status, request id; never keys, query values or bodies).")
    var debug = false

    @Flag(name: .shortAndLong, help: "Show help for jdcloud, a service or an operation.")
    var help = false
}
