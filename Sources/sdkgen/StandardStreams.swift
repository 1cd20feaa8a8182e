#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes whole outputs to the process's standard streams with `write(2)`,
/// so that the tool needs no `FileHandle` (and links only FoundationEssentials).
enum StandardStreams {
    /// Why a stream refused what was written to it, in words (`No space left on device`).
    struct Refusal: Error {
        var reason: String
    }

    /// Writes all of `bytes` to standard output; throws when the stream
    /// refuses them (a full disk, a file over quota, a closed descriptor),
    /// so that a command never exits 0 after a truncated output.
    static func output(_ bytes: [UInt8]) throws(Refusal) {
        try bytes.withUnsafeBufferPointer { buffer throws(Refusal) in try write(buffer, to: 1) }
    }

    /// Writes `text` to standard error; a refusal there has nowhere to be reported.
    static func error(_ text: String) {
        var text = text
        text.withUTF8 { try? write($0, to: 2) }
    }

    private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) throws(Refusal) {
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
                let count = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            #else
                let count = Darwin.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            #endif
            if count < 0 {
                if errno == EINTR { continue }
                throw Refusal(reason: String(cString: strerror(errno)))
            }
            offset += count
        }
    }
}
