import Foundation
import XCTest

/// Runs an executable of this package, built next to the tests, as a subprocess.
public enum BuiltProduct {
    /// What the process did.
    public struct Outcome: Sendable {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
    }

    /// The product `name`, built next to the test bundle by `swift build --build-tests`;
    /// the test is skipped when it is not there.
    public static func binary(_ name: String) throws -> URL {
        var folders: [URL] = []
        // Linux runs the tests as an executable in the build folder; macOS loads an .xctest bundle from there.
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw XCTSkip("\(name) is not built next to the tests (looked in \(folders.map(\.path))); run 'swift build --build-tests' first")
    }

    /// Runs `name arguments` with only the given environment and `input` on
    /// standard input (in `folder`, when given); kills it after 30 seconds.
    public static func run(
        _ name: String, _ arguments: [String], environment: [String: String] = [:], input: String? = nil, in folder: URL? = nil
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = try binary(name)
        if let folder { process.currentDirectoryURL = folder }
        process.arguments = arguments
        process.environment = environment
        let output = Pipe(), errors = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data((input ?? "").utf8))
        try stdin.fileHandleForWriting.close()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 30, execute: watchdog)
        // Both pipes are read at once so that neither can fill up and block the child.
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        watchdog.cancel()
        return Outcome(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }
}
