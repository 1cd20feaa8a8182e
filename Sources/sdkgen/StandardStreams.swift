#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes whole outputs to the process's standard streams with `write(2)`,
/// so that the tool needs no `FileHandle` (and links only FoundationEssentials).
enum StandardStreams {
    static func output(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write($0, to: 1) }
    }

    static func error(_ text: String) {
        var text = text
        text.withUTF8 { write($0, to: 2) }
    }

    private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let count = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            #else
            let count = Darwin.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            #endif
            if count < 0 {
                if errno == EINTR { continue }
                return  // A closed stream: nothing more can be said.
            }
            offset += count
        }
    }
}
