#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whole-file reads and exclusive creations with plain POSIX calls, for the
/// pages the parser reads and the files the writer compares and creates.
/// `FileManager.contents(atPath:)` resolves the working folder on every call
/// and `FileManager.createFile` makes a temporary file of its own; with
/// hundreds of files per run both showed in profiles.
public enum WholeFile {
    /// Why a file could not be created or written, in words.
    public struct Failure: Error, Sendable {
        public var reason: String
    }

    /// The file's bytes, or its first `limit` bytes; `nil` when it cannot be
    /// opened or read (it does not exist, it is a folder, access is denied).
    public static func read(_ path: String, upTo limit: Int? = nil) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var size = limit ?? 0
        var isRegular = false
        if limit == nil {
            var status = stat()
            guard fstat(descriptor, &status) == 0 else { return nil }
            // Sized by fstat, one byte more to see the end at once; a file that
            // grows meanwhile is read to its end all the same.
            size = max(Int(status.st_size), 0) + 1
            isRegular = (status.st_mode & S_IFMT) == S_IFREG
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var count = 0
        while limit.map({ count < $0 }) ?? true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 1))) }
            let asked = bytes.count - count
            let read = bytes.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + count, asked) }
            if read < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if read == 0 { break }
            count += read
            // A regular file reads short only at its end: no need to ask again.
            if isRegular && read < asked { break }
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// Creates `path`, which must not exist yet, holding `bytes`; removes it
    /// again when writing fails.
    public static func create(_ path: String, _ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Failure(reason: "cannot create file: \(String(cString: strerror(errno)))")
        }
        var failure: String?
        var offset = 0
        while offset < bytes.count {
            let count = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
                break
            }
            offset += count
        }
        // A full disk or a quota may only show when the file is closed.
        if close(descriptor) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(path)
            throw Failure(reason: "cannot write file: \(failure)")
        }
    }
}

/// `read(2)` and `write(2)`, named apart from the methods above.
private func systemRead(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        return Glibc.read(descriptor, bytes, count)
    #else
        return Darwin.read(descriptor, bytes, count)
    #endif
}

private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        return Glibc.write(descriptor, bytes, count)
    #else
        return Darwin.write(descriptor, bytes, count)
    #endif
}
