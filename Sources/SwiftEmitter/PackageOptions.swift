/// What a generated SDK package is called and where its runtime comes from.
public struct PackageOptions: Sendable, Hashable {
    /// Where `JDCloudCore` and `JDCloudCommandLine` come from.
    public enum Runtime: Sendable, Hashable {
        /// A checkout of the runtime's package, as a path relative to the generated package's folder.
        case path(String)
        /// The runtime's repository and the lowest version to accept (`from:`).
        case url(String, version: String)
    }

    /// The runtime package's name in its manifest (`JDCloudSDKGen`).
    public static let runtimePackageName = "JDCloudSDKGen"

    /// The package name (`JDCloudSDK`).
    public var name: String
    public var runtime: Runtime
    /// The pages it was generated from, as the file headers say (`the pages in specs`).
    public var source: String

    /// Options for a package called `name` that gets its runtime from `runtime`.
    public init(name: String, runtime: Runtime, source: String) {
        self.name = name
        self.runtime = runtime
        self.source = source
    }

    /// The identity SwiftPM gives the runtime dependency, which product references name.
    var runtimeIdentity: String {
        switch runtime {
        case .path:
            // Named explicitly in the manifest, so that it does not depend on the checkout's folder name.
            return Self.runtimePackageName
        case .url(let url, _):
            var last = url.split(separator: "/").last.map(String.init) ?? url
            if last.hasSuffix(".git") { last.removeLast(4) }
            return last.lowercased()
        }
    }
}
