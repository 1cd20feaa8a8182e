import APIModel
import ArgumentParser
import DocParser

/// The pages a command reads, as positional arguments.
struct PageOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp("Pages or folders of pages. Folders are searched recursively for *.md.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one page or folder, for example: sdkgen ir specs") }
    }

    /// Reads the pages, applies `--strict` and prints the diagnostics.
    func read(_ strictness: StrictOption) -> APIDocument {
        var document = SpecReader.read(paths: paths)
        document.diagnostics = strictness.apply(to: document.diagnostics)
        DiagnosticPrinter.print(document.diagnostics)
        return document
    }
}

/// `--strict`: warnings count as errors, for CI jobs that keep pages clean.
struct StrictOption: ParsableArguments {
    @Flag(help: "Treat warnings as errors (and exit with status 1 when there are any).")
    var strict = false

    func apply(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard strict else { return diagnostics }
        return diagnostics.map { diagnostic in
            var copy = diagnostic
            copy.severity = .error
            return copy
        }
    }
}
