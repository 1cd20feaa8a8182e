/// Casing of wire names (`x-jdcloud-pin`, `filters.1.name`, `1stDisk`,
/// `名称`): split at every character that is not an ASCII letter or digit,
/// joined again in camel or kebab case. One rule for every consumer that
/// names things after the pages: Swift identifiers, `jdcloud` commands and
/// options, OpenAPI component names.
public enum WordCase {
    /// The pieces of a wire name: runs of ASCII letters and digits.
    public static func words(_ wire: String) -> [String] {
        var words: [String] = []
        let bytes = wire.utf8
        var start: String.UTF8View.Index?
        var index = bytes.startIndex
        // Bytes, not Characters: a word is ASCII only, and every byte of a
        // multi-byte character is outside the ASCII range, so it ends a word.
        while index < bytes.endIndex {
            let byte = bytes[index]
            let isWordByte =
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            if isWordByte {
                if start == nil { start = index }
            } else if let first = start {
                words.append(String(Substring(bytes[first..<index])))
                start = nil
            }
            index = bytes.index(after: index)
        }
        if let first = start { words.append(String(Substring(bytes[first..<index]))) }
        return words
    }

    /// `x-jdcloud-pin` → `xJdcloudPin`, `InstanceId` → `instanceId`,
    /// `HTTPCode` → `httpCode`, `filters.1.name` → `filters1Name`.
    /// Returns `fallback` when nothing usable is left.
    public static func lowerCamelCase(_ wire: String, fallback: String = "value") -> String {
        let parts = words(wire)
        guard let first = parts.first else { return fallback }
        var result = lowercasedHead(first)
        for part in parts.dropFirst() { result += capitalized(part) }
        return prefixedIfLeadingDigit(result)
    }

    /// `instanceSpec` → `InstanceSpec`, `x-jdcloud-pin` → `XJdcloudPin`.
    /// Returns `fallback` when nothing usable is left.
    public static func upperCamelCase(_ wire: String, fallback: String = "Model") -> String {
        let parts = words(wire)
        guard !parts.isEmpty else { return fallback }
        return prefixedIfLeadingDigit(parts.map(capitalized).joined())
    }

    /// The command name of an operation in the `jdcloud` command line:
    /// `rebuildInstance` → `rebuild-instance`, `getHTTPCode` → `get-http-code`,
    /// `x_jdcloud.pin` → `x-jdcloud-pin`. Returns `fallback` when nothing usable is left.
    public static func kebabCase(_ wire: String, fallback: String = "operation") -> String {
        var pieces: [String] = []
        for word in words(wire) {
            // Words are ASCII letters and digits: work on their bytes.
            let bytes = Array(word.utf8)
            var current: [UInt8] = []
            for (index, byte) in bytes.enumerated() {
                if isUpper(byte), !current.isEmpty {
                    let previous = bytes[index - 1]
                    let next = index + 1 < bytes.count ? bytes[index + 1] : nil
                    // A capital starts a word after a lower-case letter or a digit, and
                    // ends an acronym when a lower-case letter follows (`HTTPCode`).
                    if !isUpper(previous) || next.map(isLower) == true {
                        pieces.append(String(decoding: current, as: UTF8.self))
                        current = []
                    }
                }
                current.append(isUpper(byte) ? byte | 0x20 : byte)
            }
            if !current.isEmpty { pieces.append(String(decoding: current, as: UTF8.self)) }
        }
        return pieces.isEmpty ? fallback : pieces.joined(separator: "-")
    }

    private static func isUpper(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
    private static func isLower(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }

    /// Words are ASCII (see ``words(_:)``), so these work on bytes.
    public static func capitalized(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard let first = bytes.first else { return word }
        if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) { bytes[0] = first & ~0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Lower-cases the leading capitals: `URL` → `url`, `HTTPCode` → `httpCode`, `Name` → `name`.
    public static func lowercasedHead(_ word: String) -> String {
        var bytes = Array(word.utf8)
        var upperRun = 0
        while upperRun < bytes.count, isUpper(bytes[upperRun]) { upperRun += 1 }
        if upperRun == 0 { return word }
        // Keep the last capital of a run when it starts the next word (`HTTPCode` → `httpCode`).
        let lowered = upperRun == bytes.count ? upperRun : (upperRun > 1 ? upperRun - 1 : 1)
        for index in 0..<lowered { bytes[index] |= 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func prefixedIfLeadingDigit(_ name: String) -> String {
        guard let first = name.unicodeScalars.first, ("0"..."9").contains(first) else { return name }
        return "_" + name
    }
}
