import Foundation

/// Reads ``Credentials`` from `JDCLOUD_ACCESS_KEY`, `JDCLOUD_SECRET_KEY`
/// and the optional `JDCLOUD_SESSION_TOKEN`.
public struct EnvironmentCredentialsProvider: Sendable {
    /// The variable holding the access key id.
    public static let accessKeyVariable = "JDCLOUD_ACCESS_KEY"
    /// The variable holding the secret access key.
    public static let secretKeyVariable = "JDCLOUD_SECRET_KEY"
    /// The variable holding the optional session token.
    public static let sessionTokenVariable = "JDCLOUD_SESSION_TOKEN"

    /// The environment read by ``credentials()``.
    public var environment: [String: String]

    /// Creates a provider over `environment` (the process environment by default).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// The credentials in the environment.
    ///
    /// - Throws: ``JDCloudError/missingEnvironmentVariable(_:)`` naming the
    ///   first required variable that is unset or empty.
    public func credentials() throws -> Credentials {
        let accessKey = try required(Self.accessKeyVariable)
        let secretKey = try required(Self.secretKeyVariable)
        let token = environment[Self.sessionTokenVariable].flatMap { $0.isEmpty ? nil : $0 }
        return Credentials(accessKeyId: accessKey, secretAccessKey: secretKey, sessionToken: token)
    }

    private func required(_ name: String) throws -> String {
        guard let value = environment[name], !value.isEmpty else {
            throw JDCloudError.missingEnvironmentVariable(name)
        }
        return value
    }
}

extension Credentials {
    /// Credentials from `JDCLOUD_ACCESS_KEY`, `JDCLOUD_SECRET_KEY` and the
    /// optional `JDCLOUD_SESSION_TOKEN`.
    ///
    /// - Throws: ``JDCloudError/missingEnvironmentVariable(_:)`` naming the missing variable.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Credentials {
        try EnvironmentCredentialsProvider(environment: environment).credentials()
    }
}
