import APIModel
import ArgumentParser
import DocParser

struct IRCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ir",
        abstract: "Print the API model of pages as JSON.",
        discussion: """
            Reads each page into the intermediate representation the SDK is generated from \
            and prints it as one JSON object with "operations", "skipped" and "diagnostics". \
            Diagnostics also go to standard error as path:line:column: severity: message. \
            The exit status is 1 when any error was reported.
            """
    )

    @OptionGroup var pages: PageOptions
    @OptionGroup var strictness: StrictOption

    func run() throws {
        let document = pages.read(strictness)
        do {
            try StandardStreams.output(IRJSONWriter.json(document))
        } catch {
            StandardStreams.error("sdkgen: cannot write the IR to standard output: \(error.reason)\n")
            throw ExitCode.failure
        }
        if document.errorCount > 0 { throw ExitCode.failure }
    }
}
