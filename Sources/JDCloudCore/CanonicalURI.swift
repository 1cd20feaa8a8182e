/// The canonical URI of JDCLOUD3 signing.
///
/// The path is percent-decoded (`+` as a space), runs of `/` are collapsed,
/// an empty path becomes `/`, and every byte but the unreserved ones and `/`
/// is percent-encoded again, with a leading `/`.
enum CanonicalURI {
    /// The canonical form of `path` (the part of the target before `?`).
    static func canonicalize(_ path: String) -> String {
        let decoded = PercentEncoding.decode(path, plusAsSpace: true)
        var collapsed = ""
        collapsed.reserveCapacity(decoded.utf8.count)
        var previousWasSlash = false
        for character in decoded.unicodeScalars {
            let isSlash = character == "/"
            if isSlash && previousWasSlash { continue }
            collapsed.unicodeScalars.append(character)
            previousWasSlash = isSlash
        }
        if collapsed.isEmpty { return "/" }
        let encoded = PercentEncoding.encode(collapsed, keepingSlashes: true)
        return encoded.hasPrefix("/") ? encoded : "/" + encoded
    }
}
