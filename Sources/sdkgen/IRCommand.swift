import ArgumentParser

struct IRCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ir", abstract: "Print the API model of pages as JSON.")
    func run() throws {}
}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: "Check pages and print their diagnostics.")
    func run() throws {}
}
