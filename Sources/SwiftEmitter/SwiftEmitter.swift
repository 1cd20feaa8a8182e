import APIModel

/// A file the emitter produced, its path relative to the output folder.
public struct GeneratedFile: Sendable, Hashable {
    /// The path relative to the output folder (`JDCloudVM/VMClient.swift`).
    public var path: String
    /// The Swift source.
    public var contents: String

    /// Creates a file.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// How the emitter shows page paths.
public struct EmitterOptions: Sendable, Hashable {
    /// Page paths under this folder are shown relative to it in file headers,
    /// so that the output does not depend on where the pages are.
    public var sourceRoot: String?

    /// Creates options; `sourceRoot` is the folder page paths are shown relative to.
    public init(sourceRoot: String? = nil) {
        self.sourceRoot = sourceRoot
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

    /// Every file of every service module, sorted by path, and the diagnostics. No I/O.
    public func emit(_ document: APIDocument) -> EmitResult {
        let (services, diagnostics) = plan(document)
        // Every file renders independently of the others: render them on every core.
        var files = services.flatMap(Self.fileJobs(for:)).concurrentMap { $0() }
        files.sort { $0.path < $1.path }
        return EmitResult(files: files, diagnostics: diagnostics, services: services)
    }

    /// The files of one service module.
    public static func files(for service: ServicePlan) -> [GeneratedFile] {
        fileJobs(for: service).map { $0() }
    }

    /// One closure per file of the service's module, each rendering that file.
    static func fileJobs(for service: ServicePlan) -> [@Sendable () -> GeneratedFile] {
        let module = service.moduleName
        let servicePages = "the pages of the \(service.service) service"
        var jobs: [@Sendable () -> GeneratedFile] = [
            {
                GeneratedFile(
                    path: "\(module)/\(service.clientName).swift",
                    contents: FileHeaderTemplate.render(source: servicePages) + "\n" + ClientTemplate.render(service))
            },
            {
                GeneratedFile(
                    path: "\(module)/\(service.commandsName).swift",
                    contents: FileHeaderTemplate.render(source: servicePages) + "\n" + CommandTableTemplate.render(service))
            },
        ]
        for operation in service.operations {
            jobs.append {
                let parts = [RequestTemplate.render(operation), ResponseTemplate.render(operation)]
                    + operation.localModels.map(ModelTemplate.render)
                return GeneratedFile(
                    path: "\(module)/Operations/\(operation.fileName).swift",
                    contents: FileHeaderTemplate.render(source: operation.source) + "\n" + parts.joined(separator: "\n"))
            }
        }
        for model in service.sharedModels {
            jobs.append {
                GeneratedFile(
                    path: "\(module)/Models/\(model.fileName).swift",
                    contents: FileHeaderTemplate.render(source: model.source) + "\n" + ModelTemplate.render(model))
            }
        }
        return jobs
    }
}
