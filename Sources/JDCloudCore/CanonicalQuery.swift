/// The canonical query string of JDCLOUD3 signing.
///
/// The query is split on `&` (empty parts dropped) and each part on its
/// first `=`; key and value are percent-decoded (`+` as a space) and
/// re-encoded. As in the official Python signer, a part without `=` is
/// dropped, repeated keys are all kept, pairs are sorted by key then value,
/// pairs whose key is empty are dropped, and the rest are joined as `k=v`
/// with `&`.
enum CanonicalQuery {
    /// The canonical form of `query` (the part of the target after `?`, without it).
    static func canonicalize(_ query: String) -> String {
        var pairs: [(key: String, value: String)] = []
        for part in query.split(separator: "&", omittingEmptySubsequences: true) {
            guard let equals = part.firstIndex(of: "=") else { continue }
            let key = normalize(part[part.startIndex..<equals])
            let value = normalize(part[part.index(after: equals)...])
            pairs.append((key, value))
        }
        pairs.sort { lhs, rhs in
            if lhs.key != rhs.key { return lhs.key.utf8.lexicographicallyPrecedes(rhs.key.utf8) }
            return lhs.value.utf8.lexicographicallyPrecedes(rhs.value.utf8)
        }
        return
            pairs
            .filter { !$0.key.isEmpty }
            .map { "\($0.key)=\($0.value)" }
            .joined(separator: "&")
    }

    private static func normalize(_ text: Substring) -> String {
        PercentEncoding.encode(PercentEncoding.decode(String(text), plusAsSpace: true))
    }
}
