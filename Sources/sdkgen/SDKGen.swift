import ArgumentParser

@main
struct SDKGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sdkgen",
        abstract: "Turn JD Cloud API reference pages into a Swift SDK.",
        subcommands: [IRCommand.self, LintCommand.self, GenerateCommand.self]
    )
}
