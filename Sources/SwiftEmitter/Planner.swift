import APIModel

/// Builds the prepared view (``ServicePlan``) from the IR: names, resolved
/// types, model sharing, recursion, and the warnings found on the way.
struct Planner {
    var options: EmitterOptions
    private(set) var diagnostics: [Diagnostic] = []
    /// The same diagnostics, to drop repeats without searching the list.
    private var reported: Set<Diagnostic> = []
    private var types = TypeRefCache()

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
        // Services share nothing: plan them on every core, keep their diagnostics in module order.
        let options = self.options
        let groups = serviceGroups(document)
        // Largest services first, so that no core is left with a large one at the end.
        let order = groups.indices.sorted { (groups[$0].operations.count, $1) > (groups[$1].operations.count, $0) }
        let plannedInOrder = order.concurrentMap { index in
            Self.planService(module: groups[index].module, operations: groups[index].operations, options: options)
        }
        var planned = plannedInOrder
        for (position, index) in order.enumerated() { planned[index] = plannedInOrder[position] }
        for (_, diagnostics) in planned { self.diagnostics += diagnostics }
        return planned.map(\.service)
    }

    /// The operations of each service module, modules sorted by name and
    /// operations by page path, line and name. Operations whose method the
    /// runtime cannot send are reported and left out.
    mutating func serviceGroups(_ document: APIDocument) -> [(module: String, operations: [APIOperation])] {
        var byModule: [String: [APIOperation]] = [:]
        for operation in document.operations {
            guard Self.methodCases[operation.method.uppercased()] != nil else {
                warn(operation, "HTTP method '\(operation.method)' is not one the runtime supports; operation skipped", severity: .error)
                continue
            }
            // The parser refuses these pages; an IR made elsewhere may still hold one.
            if let parameter = operation.parameters.first(where: { $0.location.holdsText && !$0.typeRef.isScalar }) {
                warn(operation, "\(parameter.location.rawValue) parameter '\(parameter.name)' has type '\(parameter.type)', which a \(parameter.location.rawValue) cannot hold; operation skipped", severity: .error)
                continue
            }
            if let problem = operation.host.problem ?? operation.path.problem {
                warn(operation, "the address '\(operation.host.text)/\(operation.version)\(operation.path.text)' cannot be filled: \(problem); operation skipped", severity: .error)
                continue
            }
            byModule[Naming.moduleName(service: operation.service), default: []].append(operation)
        }
        return byModule.sorted { $0.key < $1.key }.map { module, operations in
            let keyed = operations.map { (path: options.displayPath($0.source), operation: $0) }
            let sorted = keyed.sorted {
                ($0.path, $0.operation.line, $0.operation.name) < ($1.path, $1.operation.line, $1.operation.name)
            }
            return (module, sorted.map(\.operation))
        }
    }

    /// One service's plan and the problems found while making it.
    static func planService(
        module: String, operations: [APIOperation], options: EmitterOptions
    ) -> (service: ServicePlan, diagnostics: [Diagnostic]) {
        var planner = Planner(options: options)
        let service = planner.planService(module: module, operations: operations)
        return (service, planner.diagnostics)
    }

    // MARK: - Service

    private mutating func planService(module: String, operations: [APIOperation]) -> ServicePlan {
        let service = operations[0].service
        var types = NameScope(reserved: Array(Naming.reservedTypeNames) + [module])
        var files = NameScope(caseInsensitive: true)
        var methods = NameScope(reserved: ["client"])
        let clientName = types.claim(Naming.clientName(service: service))
        files.reserve(clientName)
        let commandsName = types.claim(Naming.commandsName(service: service))
        files.reserve(commandsName)
        var commands = NameScope()

        // Operation stems, request and response names, client methods.
        struct Names { var stem: String, file: String, request: String, response: String, method: String, command: String }
        var names: [Names] = []
        for operation in operations {
            let base = Naming.upperCamelCase(operation.name, fallback: "Operation")
            var stem = base
            var suffix = 2
            while files.isTaken(stem) || types.isTaken(stem + "Request") || types.isTaken(stem + "Response") {
                stem = base + String(suffix)
                suffix += 1
            }
            if stem != base {
                warn(operation, "operation '\(operation.name)' is also defined by another page; its types are named '\(stem)Request' and '\(stem)Response'")
            }
            let file = files.claim(stem)
            let request = types.claim(stem + "Request")
            let response = types.claim(stem + "Response")
            let wantedMethod = Naming.memberName(operation.name, fallback: "operation")
            let method = methods.claim(wantedMethod)
            if method != wantedMethod {
                warn(operation, "client method '\(wantedMethod)' is taken; this operation's method is named '\(method)'")
            }
            let wantedCommand = Naming.kebabCase(operation.name)
            let command = commands.claim(wantedCommand)
            if command != wantedCommand {
                warn(operation, "command '\(wantedCommand)' is taken; this operation's command is named '\(command)'")
            }
            names.append(Names(stem: stem, file: file, request: request, response: response, method: method, command: command))
        }

        // Model sharing.
        let sharing = ModelSharing(operations: operations)
        var sharedNames: [String: String] = [:]
        var sharedFiles: [String: String] = [:]
        for wire in sharing.shared.sorted() {
            let wanted = Naming.typeName(wire)
            let name = types.claim(wanted)
            if name != wanted, let first = sharing.definitions[wire]?.first {
                warn(operations[first], "model '\(wire)' is emitted as '\(name)' because '\(wanted)' is taken")
            }
            sharedNames[wire] = name
            sharedFiles[wire] = files.claim(name)
        }
        // A model that pages define differently gets one type per page; say so,
        // because adding such a page renames a type users may already use.
        for (wire, pages) in sharing.definitions.sorted(by: { $0.key < $1.key })
        where wire != "Result" && pages.count > 1 && !sharing.shared.contains(wire) {
            warn(operations[pages[0]], "model '\(wire)' is defined differently by \(pages.count) pages (or refers to one that is); each page gets its own '<Operation>\(Naming.typeName(wire))' type")
        }
        var localNames: [[String: String]] = Array(repeating: [:], count: operations.count)
        for (index, operation) in operations.enumerated() {
            for model in Self.uniqueModels(operation) where !sharing.shared.contains(model.name) {
                let wanted = names[index].stem + Naming.upperCamelCase(model.name)
                let name = types.claim(wanted)
                if name != wanted {
                    warn(operation, "model '\(model.name)' is emitted as '\(name)' because '\(wanted)' is taken", line: model.line)
                }
                localNames[index][model.name] = name
            }
        }

        var resolver = TypeResolver(sharedNames: sharedNames, sharing: sharing)

        // Shared models, resolved in the context of the first page defining them.
        var sharedModels: [ModelPlan] = []
        for wire in sharing.shared.sorted() {
            let index = sharing.definitions[wire]![0]
            let operation = operations[index]
            let model = operation.model(named: wire)!
            let fields = properties(
                of: model.fields.map(Row.init),
                in: operation, localNames: localNames[index], resolver: &resolver, forceOptional: false)
            sharedModels.append(ModelPlan(
                wireName: wire, name: sharedNames[wire]!, fileName: sharedFiles[wire]!,
                source: options.displayPath(operation.source), operation: operation.name, isShared: true, fields: fields))
        }

        // Operations.
        var plans: [OperationPlan] = []
        for (index, operation) in operations.enumerated() {
            let local = localNames[index]
            var localModels: [ModelPlan] = []
            for model in Self.uniqueModels(operation) where !sharing.shared.contains(model.name) {
                let fields = properties(
                    of: model.fields.map(Row.init),
                    in: operation, localNames: local, resolver: &resolver, forceOptional: false)
                localModels.append(ModelPlan(
                    wireName: model.name, name: local[model.name]!, fileName: names[index].file,
                    source: options.displayPath(operation.source), operation: operation.name, isShared: false, fields: fields))
            }

            // Response.
            var response = ResponsePlan(resultType: nil, resultDescription: "")
            if let result = operation.responseFields.first(where: { $0.name == "result" }) {
                response.resultType = resolver.swiftType(result.typeRef, localNames: local).type
                response.resultDescription = result.description
                for problem in resolver.takeProblems() { warn(operation, problem, line: result.line) }
            } else {
                let others = operation.responseFields.filter { $0.name != "requestId" }
                if !others.isEmpty {
                    let wanted = names[index].stem + "Result"
                    let name = types.claim(wanted)
                    let fields = properties(
                        of: others.map { Row(name: $0.name, type: $0.type, required: false, default: nil, description: $0.description, location: nil, line: $0.line) },
                        in: operation, localNames: local, resolver: &resolver, forceOptional: true)
                    localModels.append(ModelPlan(
                        wireName: "Result", name: name, fileName: names[index].file,
                        source: options.displayPath(operation.source), operation: operation.name, isShared: false, fields: fields))
                    response.resultType = name
                }
            }

            // Request parameters: no signing headers; every path placeholder has one.
            var rows: [Row] = []
            for parameter in operation.parameters {
                let lower = parameter.name.lowercased()
                if Self.signingHeaders.contains(lower),
                   parameter.location == .header || lower.hasPrefix("x-jdcloud-") || lower == "authorization" {
                    continue
                }
                var row = Row(parameter)
                row.required = row.required || parameter.location.isPlaceholder
                rows.append(row)
            }
            for (placeholder, location) in operation.addressPlaceholders where !rows.contains(where: { $0.name == placeholder && $0.location == location }) {
                warn(operation, "\(location.rawValue) placeholder '{\(placeholder)}' has no parameter row; it is added as a required String")
                rows.removeAll { $0.name == placeholder }
                rows.append(Row(name: placeholder, type: "String", required: true, default: nil, description: "", location: location, line: 0))
            }
            let parameters = properties(of: rows, in: operation, localNames: local, resolver: &resolver, forceOptional: false)
                .map(Self.fillingRegionFromClient)

            plans.append(OperationPlan(
                wireName: operation.name, source: options.displayPath(operation.source),
                methodName: names[index].method, commandName: names[index].command, typeStem: names[index].stem, fileName: names[index].file,
                requestName: names[index].request, responseName: names[index].response,
                methodCase: Self.methodCases[operation.method.uppercased()]!, httpMethod: operation.method.uppercased(),
                host: operation.host.text, version: operation.version, path: operation.path.text, description: operation.description,
                parameters: parameters, response: response, localModels: localModels))
        }

        // Recursion: a field whose model can reach back to its own model is stored indirectly.
        let allModels = sharedModels + plans.flatMap(\.localModels)
        let graph = RecursionGraph(models: allModels)
        sharedModels = sharedModels.map(graph.markingIndirectFields)
        plans = plans.map { plan in
            var plan = plan
            plan.localModels = plan.localModels.map(graph.markingIndirectFields)
            return plan
        }

        return ServicePlan(
            service: service, host: operations[0].host.text, moduleName: module, clientName: clientName, commandsName: commandsName,
            operations: plans, sharedModels: sharedModels)
    }

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

    /// The page's models, first definition of each name.
    static func uniqueModels(_ operation: APIOperation) -> [Model] {
        var seen: Set<String> = []
        return operation.models.filter { seen.insert($0.name).inserted }
    }

    // MARK: - Properties

    struct Row {
        var name: String, type: String, required: Bool, `default`: String?, description: String
        var location: ParameterLocation?
        /// The page line of the row, 0 when unknown.
        var line: Int
    }

    private mutating func properties(
        of rows: [Row], in operation: APIOperation, localNames: [String: String],
        resolver: inout TypeResolver, forceOptional: Bool
    ) -> [PropertyPlan] {
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
                warn(operation, "'\(row.name)' has no ASCII letters or digits; its property is named '\(wanted)'", line: row.line)
            }
            let name = scope.claim(wanted)
            if name != wanted {
                warn(operation, "'\(row.name)' is named '\(name)' because '\(wanted)' is taken", line: row.line)
            }
            let resolved = resolver.swiftType(types[row.type], localNames: localNames)
            for problem in resolver.takeProblems() { warn(operation, problem, line: row.line) }
            result.append(PropertyPlan(
                wireName: row.name, name: name, type: resolved.type, pageType: row.type,
                isOptional: forceOptional || !row.required, isIndirect: false,
                stringConversion: resolved.conversion, location: row.location,
                description: row.description, defaultValue: row.default))
        }
        return result
    }

    /// Reports at `line` (a row or model heading) when known, else at the page title.
    private mutating func warn(
        _ operation: APIOperation, _ message: String, line: Int = 0, severity: Diagnostic.Severity = .warning
    ) {
        let diagnostic = Diagnostic(
            file: operation.source, line: line > 0 ? line : operation.line, column: 1, severity: severity, message: message)
        if reported.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
    }
}

extension Planner.Row {
    init(_ field: Field) {
        self.init(name: field.name, type: field.type, required: field.required, default: field.default,
                  description: field.description, location: nil, line: field.line)
    }

    init(_ parameter: Parameter) {
        self.init(name: parameter.name, type: parameter.type, required: parameter.required, default: parameter.default,
                  description: parameter.description, location: parameter.location, line: parameter.line)
    }
}

/// Which models of a service are emitted once under their own name.
///
/// A model is shared when every page of the service that defines it defines
/// it with the same fields (names, types, required; descriptions may differ)
/// and every model it refers to is shared too (or defined nowhere), checked
/// until nothing changes. `Result` is never shared: each page's reply gets
/// its own `<Operation>Result`, so no page's change renames another's type.
struct ModelSharing {
    /// Model name → indexes of the operations defining it, in sorted page order.
    var definitions: [String: [Int]] = [:]
    var shared: Set<String> = []

    struct FieldShape: Hashable { var name: String, type: TypeRef, required: Bool }

    init(operations: [APIOperation]) {
        var shapes: [String: [[FieldShape]]] = [:]
        var references: [String: Set<String>] = [:]
        var types = TypeRefCache()
        for (index, operation) in operations.enumerated() {
            for model in Planner.uniqueModels(operation) {
                definitions[model.name, default: []].append(index)
                let fields = model.fields.map { FieldShape(name: $0.name, type: types[$0.type], required: $0.required) }
                shapes[model.name, default: []].append(fields)
                for field in fields { references[model.name, default: []].formUnion(Self.modelNames(in: field.type)) }
            }
        }
        var candidates = Set(shapes.filter { name, list in
            name != "Result" && list.allSatisfy { $0 == list[0] }
        }.keys)
        var changed = true
        while changed {
            changed = false
            for name in candidates.sorted() {
                let blocking = references[name, default: []].contains { definitions[$0] != nil && !candidates.contains($0) }
                if blocking {
                    candidates.remove(name)
                    changed = true
                }
            }
        }
        shared = candidates
    }

    static func modelNames(in type: TypeRef) -> Set<String> {
        switch type {
        case .model(let name): return [name]
        case .array(let element): return modelNames(in: element)
        case .primitive, .untyped: return []
        }
    }
}

/// Maps IR types to Swift types for one page.
struct TypeResolver {
    var sharedNames: [String: String]
    var sharing: ModelSharing
    private var problems: [String] = []

    init(sharedNames: [String: String], sharing: ModelSharing) {
        self.sharedNames = sharedNames
        self.sharing = sharing
    }

    mutating func takeProblems() -> [String] {
        defer { problems = [] }
        return problems
    }

    /// The Swift type, and how a value of it becomes path or header text
    /// (meaningful for scalars only, the only types allowed there).
    mutating func swiftType(_ type: TypeRef, localNames: [String: String]) -> (type: String, conversion: StringConversion) {
        switch type {
        case .primitive(let primitive):
            switch primitive {
            case .string: return ("String", .none)
            case .integer: return ("Int", .lossless)
            case .long: return ("Int64", .lossless)
            case .double: return ("Double", .lossless)
            case .boolean: return ("Bool", .lossless)
            }
        case .array(let element):
            return ("[\(swiftType(element, localNames: localNames).type)]", .lossless)
        case .untyped:
            return ("JSONValue", .lossless)
        case .model(let name):
            if let local = localNames[name] { return (local, .lossless) }
            if let shared = sharedNames[name] { return (shared, .lossless) }
            if sharing.definitions[name] != nil {
                problems.append("model '\(name)' is not defined on this page and other pages define it differently; using JSONValue")
            } else {
                problems.append("no page defines model '\(name)'; using JSONValue")
            }
            return ("JSONValue", .lossless)
        }
    }
}

/// Finds the fields that make a model contain itself by value.
struct RecursionGraph {
    /// Model type name → model type names it holds directly (not in an array).
    var edges: [String: Set<String>] = [:]

    init(models: [ModelPlan]) {
        let names = Set(models.map(\.name))
        for model in models {
            edges[model.name] = Set(model.fields.map(\.type).filter { names.contains($0) })
        }
    }

    func reaches(_ start: String, _ goal: String) -> Bool {
        var stack = [start]
        var seen: Set<String> = []
        while let node = stack.popLast() {
            if node == goal { return true }
            guard seen.insert(node).inserted else { continue }
            stack.append(contentsOf: edges[node, default: []])
        }
        return false
    }

    func markingIndirectFields(_ model: ModelPlan) -> ModelPlan {
        var model = model
        for index in model.fields.indices where edges[model.fields[index].type] != nil {
            if reaches(model.fields[index].type, model.name) { model.fields[index].isIndirect = true }
        }
        return model
    }
}

/// Type texts parsed once each: a service's pages repeat the same few
/// (`String`, `Integer`, `Filter[]`) thousands of times.
struct TypeRefCache {
    private var parsed: [String: TypeRef] = [:]

    subscript(text: String) -> TypeRef {
        mutating get {
            if let type = parsed[text] { return type }
            let type = TypeRef(parsing: text)
            parsed[text] = type
            return type
        }
    }
}
