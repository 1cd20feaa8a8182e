// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "JDCloudSDKGen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sdkgen", targets: ["sdkgen"]),
        .executable(name: "jdcloud", targets: ["jdcloud"]),
        .library(name: "JDCloudCore", targets: ["JDCloudCore"]),
        .library(name: "JDCloudVM", targets: ["JDCloudVM"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
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
        // The IR to Swift source files.
        .target(name: "SwiftEmitter", dependencies: ["APIModel", "FileAccess"]),
        .executableTarget(
            name: "sdkgen",
            dependencies: [
                "APIModel", "APIDiff", "DocParser", "FileAccess", "SwiftEmitter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The runtime every generated client calls.
        .target(
            name: "JDCloudCore",
            dependencies: [
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The generated VM SDK (`make generate` rewrites it from specs/vm).
        .target(name: "JDCloudVM", dependencies: ["JDCloudCore"], path: "Generated/JDCloudVM"),
        // The command line that calls any generated operation (`jdcloud vm rebuild-instance`).
        .executableTarget(
            name: "jdcloud",
            dependencies: [
                "JDCloudCore", "JDCloudVM",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The five lines a user writes, compiled on every build.
        .executableTarget(name: "VMExample", dependencies: ["JDCloudCore", "JDCloudVM"], path: "Examples/VMExample"),
        // `swift package --allow-writing-to-package-directory generate-sdk`
        .plugin(
            name: "GenerateSDK",
            capability: .command(
                intent: .custom(verb: "generate-sdk", description: "Regenerate Generated/ from the pages in specs/"),
                permissions: [.writeToPackageDirectory(reason: "Writes the generated SDK sources into Generated/")]
            ),
            dependencies: ["sdkgen"]
        ),
        // Page bytes through parser, planner and templates in memory: a libFuzzer
        // target under `make fuzz`, a replayer of saved inputs otherwise.
        .executableTarget(name: "PageFuzzer", dependencies: ["APIModel", "DocParser", "SwiftEmitter"], path: "Fuzz/PageFuzzer"),
        // A loopback HTTP server that plays the JD Cloud gateway in tests.
        .target(
            name: "JDCloudTestServer",
            dependencies: [
                "JDCloudCore",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Tests/JDCloudTestServer"
        ),
        // Runs the package's executables as subprocesses in tests.
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
            name: "SwiftEmitterTests",
            dependencies: [
                "SwiftEmitter", "APIModel", "DocParser", "JDCloudCore",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["Fixtures", "__Snapshots__"]
        ),
        .testTarget(name: "DocParserTests", dependencies: ["DocParser", "APIModel"]),
        // The generated client and the `jdcloud` binary against a gateway that plays JD Cloud from specs/.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["APIModel", "BuiltProducts", "DocParser", "JDCloudCore", "JDCloudVM", "JDCloudTestServer"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
