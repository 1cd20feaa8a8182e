import APIModel

/// The type-resolution pass: IR types to Swift types, for one page of a service.
struct TypeResolver {
    var names: ServiceNames
    var service: CatalogService
    private var problems: [String] = []

    init(names: ServiceNames, service: CatalogService) {
        self.names = names
        self.service = service
    }

    /// The problems found since the last call, to report at the row that caused them.
    mutating func takeProblems() -> [String] {
        defer { problems = [] }
        return problems
    }

    /// The Swift type of `type` on page `operation` (an index into the
    /// service's operations), and how a value of it becomes path or header
    /// text (meaningful for scalars only, the only types allowed there).
    mutating func swiftType(_ type: TypeRef, onPage operation: Int) -> (type: String, conversion: StringConversion) {
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
            return ("[\(swiftType(element, onPage: operation).type)]", .lossless)
        case .untyped:
            return ("JSONValue", .lossless)
        case .model(let name):
            if let local = names.localModels[operation][name] { return (local, .lossless) }
            if let joined = names.joinedModels[name] { return (joined, .lossless) }
            if service.models[name] != nil {
                problems.append(
                    "model '\(name)' is not defined on this page and other pages define it differently; using JSONValue"
                )
            } else {
                problems.append("no page defines model '\(name)'; using JSONValue")
            }
            return ("JSONValue", .lossless)
        }
    }
}

/// The recursion pass: finds the fields that make a model contain itself by value.
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
