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

/// A hidden folder beside the output's modules in which a module that does
/// not exist yet is written whole, then moved into place with one rename:
/// the module appears complete or not at all, and a first generation costs
/// one rename instead of one per file.
///
/// The run that writes a staging folder holds an exclusive `flock` on it
/// until the folder is published or discarded. A later run removes only
/// staging folders nobody holds, that is, folders of runs that were killed;
/// a lock works across process-ID namespaces, where a process ID would not.
final class ModuleStaging {
    /// Marks staging folders: `.<Module><mark><pid>-<random>`.
    static let mark = ".sdkgen-staging-"

    /// The module folder's name (`JDCloudVM`).
    let module: String
    /// The staging folder.
    let path: String
    /// Where the module goes.
    let destination: String
    private var lock: Int32

    private init(module: String, path: String, destination: String, lock: Int32) {
        self.module = module
        self.path = path
        self.destination = destination
        self.lock = lock
    }

    deinit { release() }

    /// Creates and locks a staging folder for `module` in `output`.
    static func create(module: String, in output: String) throws(GeneratedFileWriter.WriteError) -> ModuleStaging {
        let path = output + "/.\(module)\(mark)\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard mkdir(path, 0o755) == 0 else {
            throw GeneratedFileWriter.WriteError(
                path: path, reason: "cannot create staging folder: \(String(cString: strerror(errno)))")
        }
        let lock = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard lock >= 0, flock(lock, LOCK_EX) == 0 else {
            let reason = String(cString: strerror(errno))
            if lock >= 0 { close(lock) }
            rmdir(path)
            throw GeneratedFileWriter.WriteError(path: path, reason: "cannot lock staging folder: \(reason)")
        }
        return ModuleStaging(module: module, path: path, destination: output + "/" + module, lock: lock)
    }

    /// Moves the module into place. When another run created the module
    /// meanwhile, the files are moved one by one, each renamed over the file
    /// of the same name, and never over a file sdkgen did not write.
    func publish() throws(GeneratedFileWriter.WriteError) {
        defer { release() }
        if rename(path, destination) == 0 { return }
        guard errno == ENOTEMPTY || errno == EEXIST else {
            throw GeneratedFileWriter.WriteError(
                path: destination, reason: "cannot move the new module into place: \(String(cString: strerror(errno)))")
        }
        try moveFiles(from: path, to: destination)
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Removes the staging folder and what it holds.
    func discard() {
        try? FileManager.default.removeItem(atPath: path)
        release()
    }

    private func release() {
        if lock >= 0 {
            close(lock)
            lock = -1
        }
    }

    private func moveFiles(from folder: String, to target: String) throws(GeneratedFileWriter.WriteError) {
        if mkdir(target, 0o755) != 0 && errno != EEXIST {
            throw GeneratedFileWriter.WriteError(
                path: target, reason: "cannot create folder: \(String(cString: strerror(errno)))")
        }
        for entry in FolderListing.entries(of: folder, followingLinks: false) {
            let source = folder + "/" + entry.name, destination = target + "/" + entry.name
            if entry.isFolder {
                try moveFiles(from: source, to: destination)
                continue
            }
            if let existing = WholeFile.read(destination, upTo: GeneratedMarker.prefixLength),
                !GeneratedMarker.isGenerated(prefix: existing)
            {
                throw GeneratedFileWriter.WriteError(
                    path: destination, reason: "exists and was not written by sdkgen; move it away or rename it")
            }
            guard rename(source, destination) == 0 else {
                throw GeneratedFileWriter.WriteError(
                    path: destination, reason: "cannot replace file: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Removes the staging folders in `output` that no running sdkgen holds.
    static func removeAbandoned(in output: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: output) else { return }
        for entry in entries where entry.hasPrefix(".") && entry.contains(mark) {
            let path = output + "/" + entry
            let probe = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard probe >= 0 else { continue }
            defer { close(probe) }
            // Held by a running sdkgen: leave it alone.
            guard flock(probe, LOCK_EX | LOCK_NB) == 0 else { continue }
            try? FileManager.default.removeItem(atPath: path)
        }
    }
}
