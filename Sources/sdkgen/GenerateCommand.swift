import ArgumentParser

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate", abstract: "Write the Swift SDK for a folder of pages.")
    func run() throws {}
}
