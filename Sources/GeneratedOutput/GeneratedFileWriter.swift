import APIModel
import FileAccess

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Writes generated files into an output folder.
///
/// - A file is written only when its content changed, atomically: into a
///   temporary file in the same folder, then renamed over the old one, so an
///   interrupted run never leaves a half-written file. A module folder that
///   is new is written whole in a hidden staging folder and renamed into place.
/// - `.swift` files under the folder that are not in the new set and that
///   start with the generated-file header are deleted (stale output).
/// - Every other file is left alone.
public struct GeneratedFileWriter: Sendable {
    /// What a write did, by path relative to the output folder.
    public struct Report: Sendable, Hashable, CustomStringConvertible {
        /// Files created or replaced because their content changed.
        public var written: [String] = []
        /// Files left alone because they already had this content.
        public var unchanged: [String] = []
        /// Stale generated files removed.
        public var deleted: [String] = []

        /// `N written, N unchanged, N deleted`.
        public var description: String {
            "\(written.count) written, \(unchanged.count) unchanged, \(deleted.count) deleted"
        }
    }

    /// A file or folder that could not be written, with the reason.
    public struct WriteError: Error, CustomStringConvertible {
        /// The path that failed.
        public var path: String
        /// Why, in words.
        public var reason: String
        /// `path: reason`.
        public var description: String { "\(path): \(reason)" }
    }

    /// The folder the files are written into (`Generated`).
    public var outputDirectory: String

    /// Creates a writer for `outputDirectory`, which is created when missing.
    public init(outputDirectory: String) {
        self.outputDirectory = outputDirectory
    }

    /// Writes `files` (only those whose content changed) and, when
    /// `deletingStale` is true, deletes generated files that are no longer
    /// produced. Pass `false` when some pages failed: their files would look
    /// stale, and a typo in one page must not delete its operation.
    ///
    /// A module folder that does not exist yet (a first generation, a new
    /// service) is written whole into a hidden staging folder beside it and
    /// renamed into place: one rename instead of one per file, and the
    /// module appears complete or not at all.
    public func write(_ files: [GeneratedFile], deletingStale: Bool = true) throws -> Report {
        let sorted = files.sorted(by: { $0.path < $1.path })
        return try write(paths: sorted.map(\.path), deletingStale: deletingStale) { sorted[$0].contents }
    }

    /// Writes files as the method above does, rendering each one on the core that
    /// writes it, so that no more than a few rendered files are in memory at once.
    public func write(_ files: [PendingFile], deletingStale: Bool = true) throws -> Report {
        let sorted = files.sorted(by: { $0.path < $1.path })
        return try write(paths: sorted.map(\.path), deletingStale: deletingStale) { sorted[$0].render() }
    }

    /// Writes the file at each of `paths` (sorted) with `contents(index)`.
    private func write(paths: [String], deletingStale: Bool, contents: @Sendable (Int) -> String) throws -> Report {
        var report = Report()
        try createDirectory(outputDirectory)
        for path in paths where !isSafeRelativePath(path) {
            throw WriteError(path: path, reason: "not a relative path inside the output folder")
        }
        ModuleStaging.removeAbandoned(in: outputDirectory)

        // Where each file goes: into a staging folder for a new module, else in place.
        let modules = Set(paths.compactMap(moduleFolder(of:)))
        var staging: [String: ModuleStaging] = [:]
        // Nothing staged outlives a failure: a module is published only when all its files were written.
        defer { for stage in staging.values { stage.discard() } }
        for module in modules.sorted() where !entryExists(outputDirectory + "/" + module) {
            staging[module] = try ModuleStaging.create(module: module, in: outputDirectory)
        }
        let destinations = paths.map { path -> (path: String, staged: Bool) in
            guard let module = moduleFolder(of: path), let stage = staging[module] else {
                return (outputDirectory + "/" + path, false)
            }
            return (stage.path + path.dropFirst(module.count), true)
        }
        for folder in Set(destinations.map { parentFolder(of: $0.path) }).sorted() {
            try createDirectory(folder)
        }

        // Files are independent: render, compare and write them on every core.
        let outcomes = Array(destinations.indices).concurrentMap { index -> Result<Bool, WriteError> in
            let destination = destinations[index]
            var contents = contents(index)
            return Result {
                try contents.withUTF8 { bytes in
                    if destination.staged {
                        try create(destination.path, bytes)
                        return true
                    }
                    return try replaceIfChanged(destination.path, with: bytes)
                }
            }.mapError { $0 as? WriteError ?? WriteError(path: destination.path, reason: "\($0)") }
        }
        var failure: WriteError?
        var failedModules: Set<String> = []
        for (path, outcome) in zip(paths, outcomes) {
            switch outcome {
            case .success(true): report.written.append(path)
            case .success(false): report.unchanged.append(path)
            case .failure(let error):
                failure = failure ?? error
                if let module = moduleFolder(of: path) { failedModules.insert(module) }
            }
        }
        // New modules whose files were all written go into place, whatever happened elsewhere.
        let created = Set(staging.keys)
        for module in staging.keys.sorted() where !failedModules.contains(module) {
            do {
                try staging.removeValue(forKey: module)?.publish()
            } catch {
                failure = failure ?? error
            }
        }
        if let failure { throw failure }

        guard deletingStale else { return report }
        let keep = Set(paths)
        for path in swiftFiles(skipping: created, following: modules) where !keep.contains(path) {
            let full = outputDirectory + "/" + path
            guard startsWithMarker(full) else { continue }
            do {
                try FileManager.default.removeItem(atPath: full)
            } catch {
                throw WriteError(path: full, reason: "cannot delete stale file: \(error)")
            }
            report.deleted.append(path)
            removeEmptyFolders(from: parentFolder(of: full))
        }
        return report
    }

    /// Writes `bytes` at `destination` unless the file already holds exactly
    /// them; returns whether it wrote. Never overwrites a file sdkgen did not write.
    private func replaceIfChanged(_ destination: String, with bytes: UnsafeBufferPointer<UInt8>) throws -> Bool {
        if let existing = WholeFile.read(destination) {
            if existing.elementsEqual(bytes) { return false }
            // Someone's own file at a generated path is never overwritten.
            guard GeneratedMarker.isGenerated(prefix: existing.prefix(GeneratedMarker.prefixLength)) else {
                throw WriteError(
                    path: destination, reason: "exists and was not written by sdkgen; move it away or rename it")
            }
        }
        try writeAtomically(bytes, to: destination)
        return true
    }

    private func create(_ path: String, _ bytes: UnsafeBufferPointer<UInt8>) throws {
        do {
            try WholeFile.create(path, bytes)
        } catch {
            throw WriteError(path: path, reason: error.reason)
        }
    }

    /// The module folder of a relative path (`JDCloudVM` for `JDCloudVM/Models/A.swift`); `nil` for a top-level file.
    private func moduleFolder(of path: String) -> String? {
        guard let slash = path.firstIndex(of: "/") else { return nil }
        return String(path[..<slash])
    }

    private func entryExists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// The folder that holds `path`.
    private func parentFolder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private func createDirectory(_ path: String) throws {
        // Folders come parents first, so one mkdir usually does; FileManager handles the rest.
        if mkdir(path, 0o755) == 0 || errno == EEXIST && FolderListing.isFolder(path) == true { return }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: path, reason: "cannot create folder: \(error)")
        }
    }

    /// Writes a temporary file beside `destination`, then renames it over:
    /// readers see the old file or the new one, never half of one.
    private func writeAtomically(_ bytes: UnsafeBufferPointer<UInt8>, to destination: String) throws {
        let folder = parentFolder(of: destination)
        let name = destination.split(separator: "/").last.map(String.init) ?? destination
        let temporary = folder + "/.\(name).sdkgen-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        try create(temporary, bytes)
        if rename(temporary, destination) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(path: destination, reason: "cannot replace file: \(reason)")
        }
    }

    private func isSafeRelativePath(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/")
            && !path.split(separator: "/").contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }

    /// `.swift` files under the output folder, relative paths, sorted. The
    /// top-level folders in `skipped` (modules this run created whole) are
    /// not searched. Links are not followed, so that the search never leaves
    /// the output folder, except a top-level link named as one of `modules`:
    /// a module folder kept elsewhere is still the module, and its stale
    /// files go as they would in place. Hidden names (temporary files,
    /// staging folders) are not listed.
    private func swiftFiles(skipping skipped: Set<String>, following modules: Set<String>) -> [String] {
        var result: [String] = []
        var folders: [(path: String, relative: String)] = [(outputDirectory, "")]
        while let (folder, relative) = folders.popLast() {
            for entry in FolderListing.entries(of: folder, followingLinks: false) {
                let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
                let full = folder + "/" + entry.name
                let isTopLevel = relative.isEmpty
                if isTopLevel && skipped.contains(entry.name) { continue }
                if entry.isFolder
                    || (isTopLevel && modules.contains(entry.name) && FolderListing.isFolder(full) == true)
                {
                    folders.append((full, path))
                } else if entry.name.hasSuffix(".swift") {
                    result.append(path)
                }
            }
        }
        return result.sorted()
    }

    private func startsWithMarker(_ path: String) -> Bool {
        WholeFile.read(path, upTo: GeneratedMarker.prefixLength).map { GeneratedMarker.isGenerated(prefix: $0) }
            ?? false
    }

    /// Removes folders left empty by deletions, up to the output folder.
    private func removeEmptyFolders(from folder: String) {
        var current = folder
        while current.count > outputDirectory.count, current.hasPrefix(outputDirectory + "/"),
            let contents = try? FileManager.default.contentsOfDirectory(atPath: current), contents.isEmpty
        {
            try? FileManager.default.removeItem(atPath: current)
            current = parentFolder(of: current)
        }
    }
}
