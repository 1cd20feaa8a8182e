/// The `User-Agent` every request carries.
public enum UserAgent {
    /// The version of this runtime.
    public static let sdkVersion = "0.1.0"

    /// `JdcloudSdkSwift/<version> <service>/<api version>`.
    public static func value(service: String, apiVersion: String) -> String {
        "JdcloudSdkSwift/\(sdkVersion) \(service)/\(apiVersion)"
    }
}
