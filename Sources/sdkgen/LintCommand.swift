import APIModel
import ArgumentParser
import DocParser

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check pages and print their diagnostics.",
        discussion: """
            Prints every problem as path:line:column: severity: message, then a summary line \
            (N operations, N skipped, N warnings, N errors). The exit status is 1 when any \
            error was reported; with --strict, warnings count as errors.
            """
    )

    @OptionGroup var pages: PageOptions
    @OptionGroup var strictness: StrictOption

    func run() throws {
        let document = pages.read(strictness)
        print(
            "\(document.operations.count) operations, \(document.skipped.count) skipped, \(document.warningCount) warnings, \(document.errorCount) errors"
        )
        if document.errorCount > 0 { throw ExitCode.failure }
    }
}
