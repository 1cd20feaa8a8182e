/// `Package.swift` of a generated SDK package: per service a library
/// `JDCloud<Service>` and its command module, and the `jdcloud` executable
/// that links every command module.
enum PackageManifestTemplate {
    static func render(_ package: PackageOptions, _ services: [ServicePlan]) -> String {
        let runtime = package.runtimeIdentity
        let core = ".product(name: \"JDCloudCore\", package: \(SwiftLiteral.string(runtime)))"
        let commandLine = ".product(name: \"JDCloudCommandLine\", package: \(SwiftLiteral.string(runtime)))"
        let dependency: String
        switch package.runtime {
        case .path(let path):
            dependency =
                ".package(name: \(SwiftLiteral.string(PackageOptions.runtimePackageName)), path: \(SwiftLiteral.string(path)))"
        case .url(let url, let version):
            dependency = ".package(url: \(SwiftLiteral.string(url)), from: \(SwiftLiteral.string(version)))"
        }
        let products = services.map {
            "        .library(name: \(SwiftLiteral.string($0.moduleName)), targets: [\(SwiftLiteral.string($0.moduleName))]),\n"
        }.joined()
        var targets = ""
        for service in services {
            let sdk = "        .target(name: \(SwiftLiteral.string(service.moduleName)), dependencies: [\(core)]),"
            targets +=
                SwiftLayout.fits(sdk)
                ? sdk + "\n"
                : """
                        .target(
                            name: \(SwiftLiteral.string(service.moduleName)),
                            dependencies: [\(core)]
                        ),

                """
            targets += """
                        .target(
                            name: \(SwiftLiteral.string(service.commandsModuleName)),
                            dependencies: [
                                \(SwiftLiteral.string(service.moduleName)),
                                \(core),
                                \(commandLine),
                            ]
                        ),

                """
        }
        let commandModules = services.map { "                \(SwiftLiteral.string($0.commandsModuleName)),\n" }
            .joined()
        return """
            // swift-tools-version: 6.0
            \(FileHeaderTemplate.marker)\(SwiftLiteral.commentText(package.source)). Do not edit.
            import PackageDescription

            let package = Package(
                name: \(SwiftLiteral.string(package.name)),
                platforms: [.macOS(.v13)],
                products: [
            \(products)        .executable(name: "jdcloud", targets: ["jdcloud"]),
                ],
                dependencies: [
                    \(dependency)
                ],
                targets: [
            \(targets)        .executableTarget(
                        name: "jdcloud",
                        dependencies: [
            \(commandModules)                \(commandLine),
                        ]
                    ),
                ],
                swiftLanguageModes: [.v6]
            )

            """
    }
}
