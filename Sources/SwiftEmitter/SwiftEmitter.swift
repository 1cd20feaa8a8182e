import APIModel
import GeneratedOutput

/// How the emitter shows page paths.
public struct EmitterOptions: Sendable, Hashable {
    /// Page paths under this folder are shown relative to it in file headers,
    /// so that the output does not depend on where the pages are.
    public var sourceRoot: String?

    /// When set, the output is a standalone SwiftPM package (`Package.swift`,
    /// `README.md`, `Sources/<Module>/…` and a `jdcloud` executable) instead of bare module folders.
    public var package: PackageOptions?

    /// Creates options; `sourceRoot` is the folder page paths are shown relative to.
    public init(sourceRoot: String? = nil, package: PackageOptions? = nil) {
        self.sourceRoot = sourceRoot
        self.package = package
    }

    /// `source` relative to ``sourceRoot`` when it lies under it, without a leading `./`.
    public func displayPath(_ source: String) -> String {
        var path = source
        if var root = sourceRoot, !root.isEmpty {
            while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
            if root == "." {
                // Relative paths are already relative to the working folder.
            } else if path.hasPrefix(root + "/") {
                path = String(path.dropFirst(root.count + 1))
            } else if root == "/" && path.hasPrefix("/") {
                path = String(path.dropFirst())
            }
        }
        while path.hasPrefix("./") { path = String(path.dropFirst(2)) }
        return path
    }
}

/// What one run of the emitter produced.
public struct EmitResult: Sendable, Hashable {
    /// Sorted by path.
    public var files: [GeneratedFile]
    /// Problems found while planning (renamed names, undefined models, ...).
    public var diagnostics: [Diagnostic]
    /// The prepared view each service was rendered from.
    public var services: [ServicePlan]
}

/// The files one run of the emitter will produce, not rendered yet.
public struct PreparedOutput: Sendable {
    /// Sorted by path.
    public var files: [PendingFile]
    /// Problems found while planning (renamed names, undefined models, ...).
    public var diagnostics: [Diagnostic]
    /// The prepared view each service is rendered from.
    public var services: [ServicePlan]
}

/// Turns the IR into Swift source files: one module per service under
/// `<Module>/`, with `<Client>.swift`, `<Service>Commands.swift`, `Operations/<Operation>.swift` and
/// `Models/<Model>.swift`. Does no I/O; see ``GeneratedFileWriter``.
public struct SwiftEmitter: Sendable {
    /// How page paths are shown in file headers.
    public var options: EmitterOptions

    /// Creates an emitter.
    public init(options: EmitterOptions = EmitterOptions()) {
        self.options = options
    }

    /// The prepared view of the IR and the problems found while preparing it.
    public func plan(_ document: APIDocument) -> (services: [ServicePlan], diagnostics: [Diagnostic]) {
        var planner = Planner(options: options)
        let services = planner.plan(document)
        return (services, planner.diagnostics)
    }

    /// Every file of every service module, planned but not rendered, sorted by path. No I/O.
    public func prepare(_ document: APIDocument) -> PreparedOutput {
        let (services, diagnostics) = plan(document)
        var files = services.flatMap(Self.pendingFiles(for:))
        if let package = options.package {
            files =
                files.map { PendingFile(path: "Sources/" + $0.path, render: $0.render) }
                + Self.packageFiles(package, services)
        }
        files.sort { $0.path < $1.path }
        return PreparedOutput(files: files, diagnostics: diagnostics, services: services)
    }

    /// Every file of every service module, rendered, sorted by path, and the diagnostics. No I/O.
    public func emit(_ document: APIDocument) -> EmitResult {
        let prepared = prepare(document)
        // Every file renders independently of the others: render them on every core.
        let files = prepared.files.concurrentMap { GeneratedFile(path: $0.path, contents: $0.render()) }
        return EmitResult(files: files, diagnostics: prepared.diagnostics, services: prepared.services)
    }

    /// The files of the service's modules (the SDK module and its command
    /// module), each with the template call that renders it.
    static func pendingFiles(for service: ServicePlan) -> [PendingFile] {
        let module = service.moduleName
        let servicePages = "the pages of the \(service.service) service"
        var files = [
            PendingFile(path: "\(module)/\(service.clientName).swift") {
                FileHeaderTemplate.render(source: servicePages) + "\n" + ClientTemplate.render(service)
            },
            PendingFile(path: "\(service.commandsModuleName)/\(service.commandsName).swift") {
                FileHeaderTemplate.render(source: servicePages, imports: ["JDCloudCommandLine", "JDCloudCore", module])
                    + "\n" + CommandTableTemplate.render(service)
            },
        ]
        for operation in service.operations {
            files.append(
                PendingFile(path: "\(module)/Operations/\(operation.fileName).swift") {
                    let parts =
                        [RequestTemplate.render(operation), ResponseTemplate.render(operation)]
                        + operation.localModels.map(ModelTemplate.render)
                    return FileHeaderTemplate.render(source: operation.source) + "\n" + parts.joined(separator: "\n")
                })
        }
        for model in service.sharedModels {
            files.append(
                PendingFile(path: "\(module)/Models/\(model.fileName).swift") {
                    FileHeaderTemplate.render(source: model.source) + "\n" + ModelTemplate.render(model)
                })
        }
        return files
    }

    /// The manifest, the README and the `jdcloud` executable of a package.
    static func packageFiles(_ package: PackageOptions, _ services: [ServicePlan]) -> [PendingFile] {
        [
            PendingFile(path: "Package.swift") { PackageManifestTemplate.render(package, services) },
            PendingFile(path: "README.md") { PackageReadmeTemplate.render(package, services) },
            PendingFile(path: "Sources/jdcloud/main.swift") {
                FileHeaderTemplate.render(
                    source: package.source, imports: ["JDCloudCommandLine"] + services.map(\.commandsModuleName))
                    + "\n" + CommandLineMainTemplate.render(services)
            },
        ]
    }
}
