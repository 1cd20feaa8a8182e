#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes generated files into an output folder.
///
/// - A file is written only when its content changed, atomically: into a
///   temporary file in the same folder, then renamed over the old one, so an
///   interrupted run never leaves a half-written file.
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
    public func write(_ files: [GeneratedFile], deletingStale: Bool = true) throws -> Report {
        var report = Report()
        let fileManager = FileManager.default
        try createDirectory(outputDirectory)
        let sorted = files.sorted(by: { $0.path < $1.path })
        for file in sorted where !isSafeRelativePath(file.path) {
            throw WriteError(path: file.path, reason: "not a relative path inside the output folder")
        }
        for folder in Set(sorted.map { folder(of: $0.path) }).sorted() {
            try createDirectory(folder)
        }
        // Files are independent: compare and write them on every core.
        let outcomes = sorted.concurrentMap { file -> Result<Bool, WriteError> in
            let destination = outputDirectory + "/" + file.path
            let data = Data(file.contents.utf8)
            if let existing = FileManager.default.contents(atPath: destination) {
                if existing == data { return .success(false) }
                // Someone's own file at a generated path is never overwritten.
                guard existing.starts(with: Data(FileHeaderTemplate.marker.utf8)) else {
                    return .failure(WriteError(path: destination, reason: "exists and was not written by sdkgen; move it away or rename it"))
                }
            }
            return Result { try writeAtomically(data, to: destination, in: folder(of: file.path)) }
                .map { true }
                .mapError { $0 as? WriteError ?? WriteError(path: destination, reason: "\($0)") }
        }
        for (file, outcome) in zip(sorted, outcomes) {
            if try outcome.get() {
                report.written.append(file.path)
            } else {
                report.unchanged.append(file.path)
            }
        }
        guard deletingStale else { return report }
        let keep = Set(files.map(\.path))
        for path in swiftFiles() where !keep.contains(path) {
            let full = outputDirectory + "/" + path
            guard startsWithMarker(full) else { continue }
            do {
                try fileManager.removeItem(atPath: full)
            } catch {
                throw WriteError(path: full, reason: "cannot delete stale file: \(error)")
            }
            report.deleted.append(path)
            removeEmptyFolders(from: (full as NSString).deletingLastPathComponent)
        }
        return report
    }

    /// The folder in the output that holds the file at `path`.
    private func folder(of path: String) -> String {
        ((outputDirectory + "/" + path) as NSString).deletingLastPathComponent
    }

    private func createDirectory(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: path, reason: "cannot create folder: \(error)")
        }
    }

    /// Writes a temporary file beside `destination`, then renames it over:
    /// readers see the old file or the new one, never half of one. Plain
    /// POSIX calls, because `FileManager.createFile` makes a temporary file
    /// of its own, which doubled the file-system work of a generation.
    private func writeAtomically(_ data: Data, to destination: String, in folder: String) throws {
        let name = (destination as NSString).lastPathComponent
        let temporary = folder + "/.\(name).sdkgen-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw WriteError(path: temporary, reason: "cannot create temporary file: \(String(cString: strerror(errno)))")
        }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
        let reason = String(cString: strerror(errno))
        if close(descriptor) != 0 || !written {
            unlink(temporary)
            throw WriteError(path: temporary, reason: "cannot write temporary file: \(reason)")
        }
        if rename(temporary, destination) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(path: destination, reason: "cannot replace file: \(reason)")
        }
    }

    private func isSafeRelativePath(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }

    /// `.swift` files under the output folder, relative paths, sorted.
    private func swiftFiles() -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: outputDirectory) else { return [] }
        var result: [String] = []
        while let path = enumerator.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: outputDirectory + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                result.append(path)
            }
        }
        return result.sorted()
    }

    private func startsWithMarker(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let marker = Data(FileHeaderTemplate.marker.utf8)
        let head = (try? handle.read(upToCount: marker.count)) ?? Data()
        return head == marker
    }

    /// Removes folders left empty by deletions, up to the output folder.
    private func removeEmptyFolders(from folder: String) {
        var current = folder
        let root = (outputDirectory as NSString).standardizingPath
        while (current as NSString).standardizingPath != root,
              current.count > outputDirectory.count,
              let contents = try? FileManager.default.contentsOfDirectory(atPath: current), contents.isEmpty {
            try? FileManager.default.removeItem(atPath: current)
            current = (current as NSString).deletingLastPathComponent
        }
    }
}

/// `write(2)`; the writer's own `write(_:)` method hides the C function's name.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(descriptor, bytes, count)
    #else
    return Darwin.write(descriptor, bytes, count)
    #endif
}
