// swift-tools-version: 6.0
import PackageDescription

// swift-openapi-generator's client for the `vm` document that `sdkgen openapi`
// exports from specs/, signed by JDCloudOpenAPI and called against a loopback
// gateway (`make openapi-roundtrip`). A package of its own, so that users of
// the runtime never resolve the generator.
let package = Package(
    name: "OpenAPIClient",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "JDCloudSDKGen", path: "../.."),
        .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
    ],
    targets: [
        // Sources/VMOpenAPIClient/openapi.json is written by `make openapi-roundtrip`, not committed.
        .target(
            name: "VMOpenAPIClient",
            dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
        .testTarget(
            name: "OpenAPIRoundTripTests",
            dependencies: [
                "VMOpenAPIClient",
                .product(name: "JDCloudCore", package: "JDCloudSDKGen"),
                .product(name: "JDCloudOpenAPI", package: "JDCloudSDKGen"),
                .product(name: "JDCloudTestServer", package: "JDCloudSDKGen"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
