/// The parts of a request URL line such as
/// `https://vm.jdcloud-api.com/1.0.3/regions/{regionId}/instances`.
struct RequestAddress: Equatable {
    var host: String
    var service: String
    var version: String
    var path: String

    /// Reads the first URL in `text`; `nil` when there is none.
    init?(_ text: String) {
        guard let schemeRange = text.range(of: "://") else { return nil }
        var rest = text[schemeRange.upperBound...]
        // The URL ends at white space or at the Markdown that may wrap it.
        if let end = rest.firstIndex(where: { $0.isWhitespace || "`<>()[]*|\"'".contains($0) }) {
            rest = rest[..<end]
        }
        if let query = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<query] }
        let hostEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        var host = rest[..<hostEnd]
        if let colon = host.lastIndex(of: ":") { host = host[..<colon] }
        guard !host.isEmpty else { return nil }
        self.host = host.lowercased()
        self.service = String(self.host.prefix { $0 != "." })
        let pathPart = rest[hostEnd...].drop { $0 == "/" }
        let versionEnd = pathPart.firstIndex(of: "/") ?? pathPart.endIndex
        self.version = String(pathPart[..<versionEnd])
        self.path = String(pathPart[versionEnd...])
    }
}
