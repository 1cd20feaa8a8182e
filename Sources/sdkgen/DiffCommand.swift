import APIDiff
import APIModel
import ArgumentParser
import DocParser
import FileAccess

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Report what changed between two sets of pages, and how it affects SDK users.",
        discussion: """
            OLD and NEW are each a page or a folder, read as 'sdkgen ir' reads them. Operations \
            are matched by service and page title, so moving or renaming a page is no change. \
            A change is breaking when code written against the SDK generated from OLD may stop \
            compiling against the one generated from NEW, or may send a request the service now \
            rejects. The last line on standard error sums it up and names the version bump: \
            major (something breaks), minor (only additions), patch (only documentation) or none.

            Pages with errors are reported as diagnostics and left out of the comparison.
            Exit status: 0, or 1 when --fail-on finds changes of that severity; 2 for usage \
            errors such as a missing path.
            """
    )

    /// Which changes make the command fail.
    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case breaking, any, none
    }

    @Argument(help: ArgumentHelp("The pages as they were: a page or a folder.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The pages as they are now: a page or a folder.", valueName: "new"))
    var new: String

    @Option(
        help: ArgumentHelp(
            "text (for people), markdown (for a pull request), json, or github (workflow annotations).",
            valueName: "format"))
    var format: ReportFormat = .text

    @Option(
        name: .customLong("fail-on"),
        help: ArgumentHelp("Exit 1 when there are breaking changes, any changes, or never.", valueName: "severity"))
    var failOn: FailOn = .none

    func validate() throws {
        for path in [old, new] where FolderListing.isFolder(path) == nil {
            throw ValidationError(
                "no such file or folder: '\(path)'; give the old and the new pages, for example: sdkgen diff old-specs specs"
            )
        }
    }

    func run() throws {
        let before = SpecReader.read(paths: [old])
        let after = SpecReader.read(paths: [new])
        // Only errors: the warnings of both trees would bury the report.
        let errors = (before.diagnostics + after.diagnostics).filter { $0.severity == .error }
        DiagnosticPrinter.print(errors)
        let report = APIComparison.compare(
            old: APICatalog(before), new: APICatalog(after), pagesWithErrors: Set(errors.map(\.file)).count)
        do {
            try StandardStreams.output(Array(format.render(report).utf8))
        } catch {
            StandardStreams.error("sdkgen: cannot write the report to standard output: \(error.reason)\n")
            throw ExitCode.failure
        }
        StandardStreams.error(report.summaryLine + "\n")
        switch failOn {
        case .breaking where report.breakingCount > 0, .any where !report.changes.isEmpty:
            throw ExitCode.failure
        default:
            break
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
