import APIModel
import ArgumentParser
import DocParser
import GeneratedOutput
import OpenAPIExport
import SwiftEmitter

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

struct OpenAPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openapi",
        abstract: "Write the pages as OpenAPI 3.1 documents, one per service.",
        discussion: """
            Reads every page under --specs and writes <Output>/<service>.openapi.json for each \
            service: its operations (one per page title, as in the SDK), their parameters, \
            request bodies and replies, the models as components named as the Swift types are, \
            and the JDCLOUD3-HMAC-SHA256 signature as a security scheme. The files are written \
            as generated Swift is: deterministic, atomically, only when they changed.
            """
    )

    @Option(name: .long, help: ArgumentHelp("A folder of pages or one page. Repeat for more.", valueName: "path"))
    var specs: [String] = ["specs"]

    @Option(name: .long, help: ArgumentHelp("The folder the documents are written into.", valueName: "folder"))
    var output: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Page paths are shown relative to this folder (default: the current folder).", valueName: "folder"))
    var sourceRoot: String?

    @OptionGroup var strictness: StrictOption

    func run() throws {
        let document = SpecReader.read(paths: specs)
        let options = EmitterOptions(sourceRoot: sourceRoot ?? FileManager.default.currentDirectoryPath)
        let catalog = APICatalog(document)
        let (documents, problems) = OpenAPIExporter(displayPath: { options.displayPath($0) }).documents(catalog)
        let diagnostics = strictness.apply(to: document.diagnostics + catalog.diagnostics + problems)
        DiagnosticPrinter.print(diagnostics)
        let files = documents.map { document in PendingFile(path: document.fileName) { document.json } }
        let report: GeneratedFileWriter.Report
        do {
            report = try GeneratedFileWriter(outputDirectory: output).write(files, deletingStale: false)
        } catch let failure as GeneratedFileWriter.WriteError {
            DiagnosticPrinter.print([Diagnostic(file: failure.path, line: 1, severity: .error, message: failure.reason)]
            )
            throw ExitCode(1)
        }
        let errors = DiagnosticPrinter.errorCount(diagnostics)
        StandardStreams.error(
            "sdkgen: \(catalog.services.reduce(0) { $0 + $1.operations.count }) operations in \(documents.count) documents: "
                + "\(report); \(errors) errors, \(diagnostics.count - errors) warnings\n")
        if errors > 0 { throw ExitCode(1) }
    }
}
