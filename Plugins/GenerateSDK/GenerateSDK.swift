import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-sdk [sdkgen generate options]`
///
/// Runs `sdkgen generate` in the package folder. Without arguments it
/// regenerates the `Generated/` package from `specs/`, exactly like `make generate`;
/// arguments are passed on to `sdkgen generate` unchanged.
@main
struct GenerateSDK: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "sdkgen")
        let packageDirectory = context.package.directoryURL
        let options = arguments.isEmpty ? ["--specs", "specs", "--package", "Generated", "--runtime-path", "."] : arguments
        let process = Process()
        process.executableURL = tool.url
        process.arguments = ["generate"] + options + ["--source-root", packageDirectory.path]
        process.currentDirectoryURL = packageDirectory
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw GenerateSDKError(status: process.terminationStatus)
        }
    }
}

struct GenerateSDKError: Error, CustomStringConvertible {
    var status: Int32
    var description: String { "sdkgen generate failed with exit status \(status)" }
}
