import ArgumentParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@main
struct SDKGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sdkgen",
        abstract: "Turn JD Cloud API reference pages into a Swift SDK.",
        subcommands: [IRCommand.self, LintCommand.self, GenerateCommand.self, DiffCommand.self, OpenAPICommand.self]
    )

    /// As `ParsableCommand.main()`, except that `sdkgen diff` exits 2 on usage
    /// errors: its 1 means "changes found", and CI scripts tell the two apart.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            if arguments.first == "diff", exitCode(for: error) == .validationFailure {
                StandardStreams.error(fullMessage(for: error) + "\n")
                #if canImport(Glibc)
                    Glibc.exit(2)
                #else
                    Darwin.exit(2)
                #endif
            }
            exit(withError: error)
        }
    }
}
