import APIModel
import ArgumentParser
import DocParser
import Foundation

/// Options shared by the commands that read pages.
struct PageOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Pages or folders of pages. Folders are searched recursively for *.md.", valueName: "path"))
    var paths: [String]

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one page or folder, for example: sdkgen ir specs") }
    }

    /// Reads the pages, applying --strict to the diagnostics.
    func read() -> APIDocument {
        var document = SpecReader.read(paths: paths)
        if strict {
            for index in document.diagnostics.indices { document.diagnostics[index].severity = .error }
        }
        return document
    }
}

/// Writes diagnostics the way compilers do, so editors can jump to them.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let text = diagnostics.map(\.description).joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func summary(_ document: APIDocument) -> String {
        "\(document.operations.count) operations, \(document.skipped.count) skipped, \(document.warningCount) warnings, \(document.errorCount) errors"
    }
}

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

    @OptionGroup var options: PageOptions

    func run() throws {
        let document = options.read()
        DiagnosticPrinter.print(document.diagnostics)
        FileHandle.standardOutput.write(Data(IRJSONWriter.json(document)))
        if document.errorCount > 0 { throw ExitCode.failure }
    }
}

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

    @OptionGroup var options: PageOptions

    func run() throws {
        let document = options.read()
        DiagnosticPrinter.print(document.diagnostics)
        print(DiagnosticPrinter.summary(document))
        if document.errorCount > 0 { throw ExitCode.failure }
    }
}
