import Foundation

/// The scheme, authority and base path requests to one service go to.
struct ServiceAddress: Sendable, Hashable {
    /// `https` or `http`.
    var scheme: String
    /// The operation's host (`vm.jdcloud-api.com`) or the endpoint override's `host[:port]`.
    var authority: String
    /// A path prefix from the endpoint override, without a trailing `/` (usually empty).
    var basePath: String
}

extension ServiceAddress {
    /// The address of `host` (`vm.jdcloud-api.com`, placeholders filled)
    /// under `configuration`: its endpoint override, when set, wins.
    init(host: String, configuration: JDCloudConfiguration) throws {
        guard let endpoint = configuration.endpoint else {
            scheme = configuration.scheme
            authority = host
            basePath = ""
            return
        }
        guard let components = URLComponents(url: endpoint, resolvingAgainstBaseURL: false),
            let host = components.percentEncodedHost, !host.isEmpty
        else {
            throw JDCloudError.invalidConfiguration("endpoint '\(endpoint)' has no host")
        }
        scheme = components.scheme ?? configuration.scheme
        authority = components.port.map { "\(host):\($0)" } ?? host
        var path = components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        basePath = path
    }
}
