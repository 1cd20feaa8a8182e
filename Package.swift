// swift-tools-version: 6.0
import PackageDescription

// This package is what users of a generated SDK depend on: the runtime
// (`JDCloudCore`), the `jdcloud` front end (`JDCloudCommandLine`) and the
// generator (`sdkgen`). It declares no service module: those live in
// generated packages (`Generated/` is the one made from `specs/`), so that
// any number of them can sit next to it in one package graph.
let package = Package(
    name: "JDCloudSDKGen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sdkgen", targets: ["sdkgen"]),
        .library(name: "JDCloudCore", targets: ["JDCloudCore"]),
        .library(name: "JDCloudCommandLine", targets: ["JDCloudCommandLine"]),
        // JD Cloud signing for clients that swift-openapi-generator makes from `sdkgen openapi`'s documents.
        .library(name: "JDCloudOpenAPI", targets: ["JDCloudOpenAPI"]),
        // The pages' model and their reader, for tools of your own (and the integration tests).
        .library(name: "APIModel", targets: ["APIModel"]),
        .library(name: "DocParser", targets: ["DocParser"]),
        // A loopback HTTP server that checks JD Cloud signatures, for tests of code that calls JD Cloud.
        .library(name: "JDCloudTestServer", targets: ["JDCloudTestServer"]),
        .library(name: "BuiltProducts", targets: ["BuiltProducts"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
    ],
    targets: [
        // libcmark, the CommonMark reference parser, as installed by the system.
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // The intermediate representation: plain values, no dependencies.
        .target(name: "APIModel"),
        // Whole-file reads, creations and folder listings with POSIX calls, for the parser and the writer.
        .target(name: "FileAccess"),
        // Markdown pages to the IR; the only module that touches cmark.
        .target(name: "DocParser", dependencies: ["APIModel", "Ccmark", "FileAccess"]),
        // What changed between two sets of pages, and how it affects SDK users (`sdkgen diff`).
        .target(name: "APIDiff", dependencies: ["APIModel"]),
        // Generated files and the writer that puts them in place (atomic, only changed files, stale ones removed).
        .target(name: "GeneratedOutput", dependencies: ["APIModel", "FileAccess"]),
        // The IR to OpenAPI 3.1 documents, one per service (`sdkgen openapi`).
        .target(name: "OpenAPIExport", dependencies: ["APIModel", "GeneratedOutput"]),
        // The IR to Swift source files.
        .target(name: "SwiftEmitter", dependencies: ["APIModel", "GeneratedOutput"]),
        .executableTarget(
            name: "sdkgen",
            dependencies: [
                "APIModel", "APIDiff", "DocParser", "FileAccess", "GeneratedOutput", "OpenAPIExport", "SwiftEmitter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The runtime every generated client calls: signing, encoding, transport, errors, retries.
        .target(
            name: "JDCloudCore",
            dependencies: [
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The `jdcloud` command line that a generated package's executable runs with its command modules.
        .target(
            name: "JDCloudCommandLine",
            dependencies: [
                "JDCloudCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // JDCLOUD3-HMAC-SHA256 as a swift-openapi-runtime client middleware.
        .target(
            name: "JDCloudOpenAPI",
            dependencies: [
                "JDCloudCore",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ]
        ),
        // Page bytes through parser, planner and templates in memory: a libFuzzer
        // target under `make fuzz`, a replayer of saved inputs otherwise.
        .executableTarget(name: "PageFuzzer", dependencies: ["APIModel", "DocParser", "SwiftEmitter"], path: "Fuzz/PageFuzzer"),
        // `swift package --allow-writing-to-package-directory generate-sdk`
        .plugin(
            name: "GenerateSDK",
            capability: .command(
                intent: .custom(verb: "generate-sdk", description: "Regenerate the Generated/ package from the pages in specs/"),
                permissions: [.writeToPackageDirectory(reason: "Writes the generated SDK package into Generated/")]
            ),
            dependencies: ["sdkgen"]
        ),
        .target(
            name: "JDCloudTestServer",
            dependencies: [
                "JDCloudCore",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Tests/JDCloudTestServer"
        ),
        // Runs a package's executables as subprocesses in tests.
        .target(name: "BuiltProducts", path: "Tests/BuiltProducts"),
        .testTarget(name: "APIModelTests", dependencies: ["APIModel"]),
        .testTarget(
            name: "APIDiffTests",
            dependencies: [
                "APIDiff", "APIModel", "DocParser", "BuiltProducts",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["Fixtures", "__Snapshots__"]
        ),
        .testTarget(name: "SDKGenCommandTests", dependencies: ["BuiltProducts"]),
        .testTarget(name: "JDCloudCoreTests", dependencies: ["JDCloudCore", "JDCloudTestServer"]),
        .testTarget(
            name: "JDCloudOpenAPITests",
            dependencies: [
                "JDCloudOpenAPI", "JDCloudCore", "JDCloudTestServer",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ]
        ),
        .testTarget(
            name: "OpenAPIExportTests",
            dependencies: [
                "OpenAPIExport", "APIModel", "DocParser",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "JDCloudCommandLineTests", dependencies: ["JDCloudCommandLine", "JDCloudCore"]),
        .testTarget(
            name: "SwiftEmitterTests",
            dependencies: [
                "SwiftEmitter", "APIModel", "DocParser", "GeneratedOutput", "JDCloudCore",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["Fixtures", "__Snapshots__"]
        ),
        .testTarget(name: "DocParserTests", dependencies: ["DocParser", "APIModel"]),
    ],
    swiftLanguageModes: [.v6]
)
