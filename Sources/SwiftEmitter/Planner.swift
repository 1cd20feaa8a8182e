import APIModel

/// Builds the prepared view (``ServicePlan``) from the IR in passes: the
/// pages the runtime can call, the catalog's services (one operation per
/// title, models joined by name), then per service the names
/// (``ServiceNames``), the models, each operation's parameters and response,
/// and the fields that need indirect storage.
struct Planner {
    var options: EmitterOptions
    private(set) var diagnostics: [Diagnostic] = []
    /// The same diagnostics, to drop repeats without searching the list.
    private var reported: Set<Diagnostic> = []

    /// Request headers the runtime computes when it signs a request; pages
    /// sometimes list them, but they are never user parameters.
    static let signingHeaders: Set<String> = [
        "authorization", "x-jdcloud-date", "x-jdcloud-nonce", "x-jdcloud-security-token",
        "x-jdcloud-algorithm", "x-jdcloud-content-sha256", "host", "user-agent", "content-type",
    ]

    static let methodCases: [String: String] = [
        "GET": "get", "POST": "post", "PUT": "put", "PATCH": "patch", "DELETE": "delete", "HEAD": "head",
    ]

    init(options: EmitterOptions) {
        self.options = options
    }

    mutating func plan(_ document: APIDocument) -> [ServicePlan] {
        var callable = document
        callable.operations = document.operations.filter { isCallable($0) }
        let catalog = APICatalog(callable)
        report(catalog.diagnostics)
        var modules = NameScope()
        let groups = catalog.services.map { service -> (module: String, service: CatalogService) in
            let wanted = Naming.moduleName(service: service.name)
            let module = modules.claim(wanted)
            if module != wanted, let first = service.operations.first {
                report([
                    ServiceNames.warning(
                        first, "service '\(service.name)' is emitted as module '\(module)' because '\(wanted)' is taken"
                    )
                ])
            }
            return (module, service)
        }
        // Services share nothing: plan them on every core, largest first so that
        // no core is left with a large one at the end; keep diagnostics in module order.
        let options = self.options
        let order = groups.indices.sorted {
            (groups[$0].service.operations.count, $1) > (groups[$1].service.operations.count, $0)
        }
        let plannedInOrder = order.concurrentMap { index in
            var planner = ServicePlanner(module: groups[index].module, service: groups[index].service, options: options)
            return (planner.plan(), planner.diagnostics)
        }
        var planned = plannedInOrder
        for (position, index) in order.enumerated() { planned[index] = plannedInOrder[position] }
        for (_, diagnostics) in planned { report(diagnostics) }
        return planned.map(\.0)
    }

    /// Whether the runtime can send the operation; reports why not. The
    /// parser refuses such pages, but an IR made elsewhere may hold one.
    private mutating func isCallable(_ operation: APIOperation) -> Bool {
        let problem: String?
        if Self.methodCases[operation.method.uppercased()] == nil {
            problem = "HTTP method '\(operation.method)' is not one the runtime supports"
        } else if let parameter = operation.parameters.first(where: { $0.location.holdsText && !$0.typeRef.isScalar }) {
            problem =
                "\(parameter.location.rawValue) parameter '\(parameter.name)' has type '\(parameter.type)', which a \(parameter.location.rawValue) cannot hold"
        } else if let template = operation.host.problem ?? operation.path.problem {
            problem =
                "the address '\(operation.host.text)/\(operation.version)\(operation.path.text)' cannot be filled: \(template)"
        } else {
            problem = nil
        }
        guard let problem else { return true }
        report([
            Diagnostic(
                file: operation.source, line: operation.line, severity: .error, message: problem + "; operation skipped"
            )
        ])
        return false
    }

    private mutating func report(_ new: [Diagnostic]) {
        for diagnostic in new where reported.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
    }
}

/// Plans one service from its catalog entry.
struct ServicePlanner {
    let module: String
    let service: CatalogService
    let options: EmitterOptions
    private(set) var diagnostics: [Diagnostic] = []
    private var reported: Set<Diagnostic> = []
    private var names: ServiceNames
    private var resolver: TypeResolver
    /// The joined models, planned before the operations that refer to them.
    private var sharedModels: [ModelPlan] = []

    init(module: String, service: CatalogService, options: EmitterOptions) {
        self.module = module
        self.service = service
        self.options = options
        names = ServiceNames(module: module, service: service)
        resolver = TypeResolver(names: names, service: service)
        for diagnostic in names.diagnostics { warn(diagnostic) }
    }

    mutating func plan() -> ServicePlan {
        let operations = service.operations
        // Joined models, resolved in the context of the first page defining them.
        sharedModels = []
        for model in service.models.values.filter({ $0.conflict == nil }).sorted(by: { $0.name < $1.name }) {
            let first = model.definitions[0]
            let operation = operations[first.operation]
            let fields = properties(of: model.joined.fields.map(Row.init), page: first.operation, forceOptional: false)
            sharedModels.append(
                ModelPlan(
                    wireName: model.name, name: names.joinedModels[model.name]!,
                    fileName: names.joinedFiles[model.name]!,
                    source: options.displayPath(operation.source), operation: operation.name, isShared: true,
                    fields: fields))
        }

        var plans = operations.indices.map { operationPlan($0) }

        // Recursion: a field whose model can reach back to its own model is stored indirectly.
        let graph = RecursionGraph(models: sharedModels + plans.flatMap(\.localModels))
        sharedModels = sharedModels.map(graph.markingIndirectFields)
        for index in plans.indices {
            plans[index].localModels = plans[index].localModels.map(graph.markingIndirectFields)
        }

        return ServicePlan(
            service: service.name, host: operations[0].host.text, moduleName: module, clientName: names.client,
            commandsName: names.commands, operations: plans, sharedModels: sharedModels)
    }

    // MARK: - Operations

    private mutating func operationPlan(_ index: Int) -> OperationPlan {
        let operation = service.operations[index]
        let operationNames = names.operations[index]
        var localModels: [ModelPlan] = []
        for model in CatalogService.uniqueModels(operation) where names.joinedModels[model.name] == nil {
            localModels.append(
                ModelPlan(
                    wireName: model.name, name: names.localModels[index][model.name]!, fileName: operationNames.file,
                    source: options.displayPath(operation.source), operation: operation.name, isShared: false,
                    fields: properties(of: model.fields.map(Row.init), page: index, forceOptional: false)))
        }
        let (response, synthesized) = responsePlan(index)
        if let synthesized { localModels.append(synthesized) }
        let parameters = requestParameters(index)
        let result = response.resultType.flatMap { type in (localModels + sharedModels).first { $0.name == type } }
        var plan = OperationPlan(
            wireName: operation.name, source: options.displayPath(operation.source),
            methodName: operationNames.method, commandName: operationNames.command, typeStem: operationNames.stem,
            fileName: operationNames.file, requestName: operationNames.request, responseName: operationNames.response,
            methodCase: Planner.methodCases[operation.method.uppercased()]!, httpMethod: operation.method.uppercased(),
            host: operation.host.text, version: operation.version, path: operation.path.text,
            description: operation.description,
            parameters: parameters, response: response, localModels: localModels)
        plan.pagination = PaginationRule.plan(parameters: parameters, result: result)
        return plan
    }

    /// The response pass: the `result` row's type, or, for pages that list
    /// the result's fields at the top level, a synthesized `<Operation>Result`.
    private mutating func responsePlan(_ index: Int) -> (ResponsePlan, ModelPlan?) {
        let operation = service.operations[index]
        if let result = operation.responseFields.first(where: { $0.name == "result" }) {
            let type = resolver.swiftType(result.typeRef, onPage: index).type
            for problem in resolver.takeProblems() { warn(operation, problem, line: result.line) }
            return (ResponsePlan(resultType: type, resultDescription: result.description), nil)
        }
        let others = operation.responseFields.filter { $0.name != "requestId" }
        guard !others.isEmpty else { return (ResponsePlan(resultType: nil, resultDescription: ""), nil) }
        let name = names.types.claim(names.operations[index].stem + "Result")
        let rows = others.map {
            Row(
                name: $0.name, type: $0.type, typeRef: $0.typeRef, required: false, default: nil,
                description: $0.description, location: nil, line: $0.line)
        }
        let model = ModelPlan(
            wireName: "Result", name: name, fileName: names.operations[index].file,
            source: options.displayPath(operation.source), operation: operation.name, isShared: false,
            fields: properties(of: rows, page: index, forceOptional: true))
        return (ResponsePlan(resultType: name, resultDescription: ""), model)
    }

    /// The request pass: no signing headers, a row for every placeholder of
    /// the address, and a required `regionId` filled from the client's region.
    private mutating func requestParameters(_ index: Int) -> [PropertyPlan] {
        let operation = service.operations[index]
        var rows: [Row] = []
        for parameter in operation.parameters {
            let lower = parameter.name.lowercased()
            if Planner.signingHeaders.contains(lower),
                parameter.location == .header || lower.hasPrefix("x-jdcloud-") || lower == "authorization"
            {
                continue
            }
            var row = Row(parameter)
            row.required = row.required || parameter.location.isPlaceholder
            rows.append(row)
        }
        for (placeholder, location) in operation.addressPlaceholders
        where !rows.contains(where: { $0.name == placeholder && $0.location == location }) {
            warn(
                operation,
                "\(location.rawValue) placeholder '{\(placeholder)}' has no parameter row; it is added as a required String"
            )
            rows.removeAll { $0.name == placeholder }
            rows.append(
                Row(
                    name: placeholder, type: "String", typeRef: .primitive(.string), required: true, default: nil,
                    description: "", location: location, line: 0))
        }
        // Options of `jdcloud`: the kebab case of the wire name, unique, and never one of the tool's own.
        var options = NameScope(reserved: Self.commandLineOptions)
        return properties(of: rows, page: index, forceOptional: false).map(Self.fillingRegionFromClient).map {
            property in
            var property = property
            property.optionName = options.claim(Naming.kebabCase(property.wireName, fallback: "parameter"))
            return property
        }
    }

    /// The options `jdcloud` has for every operation.
    static let commandLineOptions = [
        "input", "region", "endpoint", "debug", "output", "all-pages", "generate-skeleton", "help", "h",
        "generate-completion-script",
    ]

    /// A required `regionId` string is optional in Swift: the runtime fills
    /// it from the client's region, as people expect from a client that
    /// already knows its region.
    static func fillingRegionFromClient(_ property: PropertyPlan) -> PropertyPlan {
        guard property.wireName == "regionId", !property.isOptional, property.type == "String" else { return property }
        var property = property
        property.isOptional = true
        property.usesClientRegion = true
        return property
    }

    // MARK: - Properties

    struct Row {
        var name: String, type: String, typeRef: TypeRef, required: Bool, `default`: String?, description: String
        var location: ParameterLocation?
        /// The page line of the row, 0 when unknown.
        var line: Int
    }

    private mutating func properties(of rows: [Row], page: Int, forceOptional: Bool) -> [PropertyPlan] {
        let operation = service.operations[page]
        var scope = NameScope()
        var wireNames: Set<String> = []
        var result: [PropertyPlan] = []
        for row in rows {
            guard wireNames.insert(row.name).inserted else {
                warn(operation, "'\(row.name)' is listed twice; the second row is ignored", line: row.line)
                continue
            }
            let wanted = Naming.memberName(row.name, fallback: "field")
            if Naming.words(row.name).isEmpty {
                warn(
                    operation, "'\(row.name)' has no ASCII letters or digits; its property is named '\(wanted)'",
                    line: row.line)
            }
            let name = scope.claim(wanted)
            if name != wanted {
                warn(operation, "'\(row.name)' is named '\(name)' because '\(wanted)' is taken", line: row.line)
            }
            let resolved = resolver.swiftType(row.typeRef, onPage: page)
            for problem in resolver.takeProblems() { warn(operation, problem, line: row.line) }
            result.append(
                PropertyPlan(
                    wireName: row.name, name: name, type: resolved.type, pageType: row.type,
                    isOptional: forceOptional || !row.required, isSecret: SecretRule.isSecret(row.name),
                    isIndirect: false,
                    stringConversion: resolved.conversion, location: row.location,
                    description: row.description, defaultValue: row.default))
        }
        return result
    }

    private mutating func warn(_ operation: APIOperation, _ message: String, line: Int = 0) {
        warn(ServiceNames.warning(operation, message, line: line))
    }

    private mutating func warn(_ diagnostic: Diagnostic) {
        if reported.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
    }
}

extension ServicePlanner.Row {
    init(_ field: Field) {
        self.init(
            name: field.name, type: field.type, typeRef: field.typeRef, required: field.required,
            default: field.default,
            description: field.description, location: nil, line: field.line)
    }

    init(_ parameter: Parameter) {
        self.init(
            name: parameter.name, type: parameter.type, typeRef: parameter.typeRef, required: parameter.required,
            default: parameter.default, description: parameter.description, location: parameter.location,
            line: parameter.line)
    }
}
