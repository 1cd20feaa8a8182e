// swift-tools-version: 6.0
import PackageDescription

// What a user of the generated SDK builds, next to this repository's runtime:
// the example program and the end-to-end tests, against the `Generated/`
// package (the SDK of `specs/`) and its `jdcloud` executable.
let package = Package(
    name: "Integration",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "JDCloudSDKGen", path: ".."),
        .package(name: "JDCloudSDK", path: "../Generated"),
    ],
    targets: [
        // The few lines a user writes, compiled on every build.
        .executableTarget(
            name: "VMExample",
            dependencies: [
                .product(name: "JDCloudCore", package: "JDCloudSDKGen"),
                .product(name: "JDCloudVM", package: "JDCloudSDK"),
            ]
        ),
        // The generated client and the `jdcloud` binary against a gateway that plays JD Cloud from specs/.
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                .product(name: "APIModel", package: "JDCloudSDKGen"),
                .product(name: "BuiltProducts", package: "JDCloudSDKGen"),
                .product(name: "DocParser", package: "JDCloudSDKGen"),
                .product(name: "JDCloudCore", package: "JDCloudSDKGen"),
                .product(name: "JDCloudTestServer", package: "JDCloudSDKGen"),
                .product(name: "JDCloudVM", package: "JDCloudSDK"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
