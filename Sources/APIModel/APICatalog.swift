/// The operations of a set of pages by service: one operation per (service,
/// page title), and each service's models joined by name. Every consumer of
/// the IR that thinks in services (the Swift emitter, the API diff) reads
/// this view, so that they agree on which page counts and on what a model is.
///
/// Two rules live here and nowhere else:
///
/// - **One operation per title.** Docs publish some operations twice (an
///   English and a Chinese copy, or the same page in two folders). The copy
///   with the highest API version is used (`v1` over `0.2.9`: the newer API),
///   and among equal versions the one whose page path sorts first; when
///   another copy differs in anything but its prose, a warning names both pages.
/// - **One model per name.** Every page of a service that defines model `M`
///   (other than `Result`, which belongs to its page) contributes to one
///   ``CatalogModel``: the union of the fields, in the order they first
///   appear. A field is required only when every definition has it and marks
///   it required. Definitions conflict, and the model is split per page, only
///   when they disagree on a field's type, when a model the requests send has
///   different required fields on different pages, or when the model refers
///   to a model that is split. A model's shape so never depends on which
///   other pages exist, except through a true conflict.
public struct APICatalog: Sendable {
    public var services: [CatalogService]
    /// Duplicate pages that differ, and models whose definitions conflict.
    public var diagnostics: [Diagnostic]

    public init(_ document: APIDocument) {
        var byService: [String: [APIOperation]] = [:]
        for operation in document.operations { byService[operation.service, default: []].append(operation) }
        var diagnostics: [Diagnostic] = []
        services = byService.keys.sorted().map { name in
            let service = CatalogService(name: name, pages: byService[name]!)
            diagnostics += service.diagnostics
            return service
        }
        self.diagnostics = diagnostics
    }

    /// The service called `name`, if any page has it.
    public func service(named name: String) -> CatalogService? {
        services.first { $0.name == name }
    }
}

/// One service: its operations and its models.
public struct CatalogService: Sendable {
    /// The first label of the host (`vm`).
    public var name: String
    /// Sorted by page path, line and title; one per title.
    public var operations: [APIOperation]
    /// Every model name the pages define, except `Result`.
    public var models: [String: CatalogModel]
    /// Duplicate pages that differ, and models whose definitions conflict.
    public var diagnostics: [Diagnostic] = []

    init(name: String, pages: [APIOperation]) {
        self.name = name
        let sorted = pages.map { (key: Array($0.source.utf8), operation: $0) }.sorted {
            ($0.key.lexicographicallyPrecedes($1.key)
                || $0.key == $1.key && ($0.operation.line, $0.operation.name) < ($1.operation.line, $1.operation.name))
        }.map(\.operation)
        var kept: [APIOperation] = []
        var byTitle: [String: Int] = [:]
        var dropped: [Diagnostic] = []
        var copies: [[APIOperation]] = []
        for operation in sorted {
            if let first = byTitle[operation.name] {
                copies[first].append(operation)
            } else {
                byTitle[operation.name] = copies.count
                copies.append([operation])
            }
        }
        for group in copies {
            // The highest version wins; of equal versions, the first in path order.
            var chosen = group[0]
            for copy in group.dropFirst() where APIVersion(chosen.version) < APIVersion(copy.version) { chosen = copy }
            kept.append(chosen)
            let shape = OperationShape(chosen)
            for copy in group where copy.source != chosen.source || copy.line != chosen.line {
                guard let difference = shape.difference(from: OperationShape(copy)) else { continue }
                let reason =
                    group.allSatisfy({ $0.version == chosen.version })
                    ? "first in path order" : "the highest API version"
                dropped.append(
                    Diagnostic(
                        file: copy.source, line: copy.line, severity: .warning,
                        message:
                            "operation '\(copy.name)' is also defined by \(chosen.source), which differs (\(difference)); that page (\(reason)) is used and this one is ignored"
                    ))
            }
        }
        kept.sort { a, b in
            let (x, y) = (Array(a.source.utf8), Array(b.source.utf8))
            return x.lexicographicallyPrecedes(y) || x == y && (a.line, a.name) < (b.line, b.name)
        }
        operations = kept
        diagnostics = dropped
        models = [:]
        models = ModelJoin(operations: kept).models
        for model in models.values.sorted(by: { $0.name < $1.name }) {
            guard let conflict = model.conflict, let first = model.definitions.first else { continue }
            let operation = kept[first.operation]
            diagnostics.append(
                Diagnostic(
                    file: operation.source, line: first.model.line > 0 ? first.model.line : operation.line,
                    severity: .warning,
                    message:
                        "model '\(model.name)' is defined differently by \(model.definitions.count) pages (\(conflict)); each page gets a type of its own"
                ))
        }
    }

    /// The model `name` of this service, when it is one type for all pages (not split, not `Result`).
    public func joinedModel(_ name: String) -> CatalogModel? {
        guard let model = models[name], model.conflict == nil else { return nil }
        return model
    }

    /// The page's models, the first definition of each name.
    public static func uniqueModels(_ operation: APIOperation) -> [Model] {
        var seen: Set<String> = []
        return operation.models.filter { seen.insert($0.name).inserted }
    }
}

/// A model name of one service, with every page's definition and their join.
public struct CatalogModel: Sendable {
    /// One page's definition.
    public struct Definition: Sendable {
        /// Index into ``CatalogService/operations``.
        public var operation: Int
        public var model: Model
    }

    public var name: String
    /// In page order.
    public var definitions: [Definition]
    /// The joined definition: every field of every page, required only where all agree.
    public var joined: Model
    /// Why the pages' definitions cannot be one type; `nil` when they can.
    public var conflict: String?
    /// Whether some request sends it (directly or inside another model).
    public var isSent: Bool
}

/// What two copies of an operation must agree on: everything but prose.
struct OperationShape: Equatable {
    struct Row: Equatable {
        var name: String, type: TypeRef, required: Bool, location: ParameterLocation?, defaultValue: String?
    }
    var method: String, host: String, version: String, path: String
    var parameters: [Row]
    var responseFields: [Row]
    var models: [String: [Row]]

    init(_ operation: APIOperation) {
        method = operation.method
        host = operation.host.text
        version = operation.version
        path = operation.path.text
        parameters = operation.parameters.map {
            Row(name: $0.name, type: $0.typeRef, required: $0.required, location: $0.location, defaultValue: $0.default)
        }
        responseFields = operation.responseFields.map {
            Row(name: $0.name, type: $0.typeRef, required: false, location: nil, defaultValue: nil)
        }
        var models: [String: [Row]] = [:]
        for model in CatalogService.uniqueModels(operation) {
            models[model.name] = model.fields.map {
                Row(name: $0.name, type: $0.typeRef, required: $0.required, location: nil, defaultValue: $0.default)
            }
        }
        self.models = models
    }

    /// The first thing that differs, in words; `nil` when nothing does.
    func difference(from other: OperationShape) -> String? {
        if method != other.method { return "method \(method) against \(other.method)" }
        if host != other.host || version != other.version || path != other.path {
            return "address \(host)/\(version)\(path) against \(other.host)/\(other.version)\(other.path)"
        }
        if parameters != other.parameters { return "parameters" }
        if responseFields != other.responseFields { return "response fields" }
        if models != other.models {
            let names = Set(models.keys).union(other.models.keys).sorted()
            return "model '\(names.first { models[$0] != other.models[$0] } ?? "")'"
        }
        return nil
    }
}

/// Joins each model name's definitions and finds the conflicts (see ``APICatalog``).
struct ModelJoin {
    private(set) var models: [String: CatalogModel] = [:]

    init(operations: [APIOperation]) {
        var definitions: [String: [CatalogModel.Definition]] = [:]
        for (index, operation) in operations.enumerated() {
            for model in CatalogService.uniqueModels(operation) where model.name != "Result" {
                definitions[model.name, default: []].append(.init(operation: index, model: model))
            }
        }
        let sent = Self.sentModels(operations: operations, definitions: definitions)
        for (name, list) in definitions {
            let (joined, conflict) = Self.join(name: name, list.map(\.model), isSent: sent.contains(name))
            models[name] = CatalogModel(
                name: name, definitions: list, joined: joined, conflict: conflict, isSent: sent.contains(name))
        }
        // A model that refers to a split model differs per page too; repeat until nothing changes.
        var changed = true
        while changed {
            changed = false
            for name in models.keys.sorted() where models[name]!.conflict == nil {
                let referenced = models[name]!.joined.fields.compactMap(\.typeRef.modelName)
                if let split = referenced.first(where: { models[$0]?.conflict != nil }) {
                    models[name]!.conflict = "it refers to '\(split)', which pages define differently"
                    changed = true
                }
            }
        }
    }

    /// The union of the fields, and why they cannot be one type (if so).
    static func join(name: String, _ definitions: [Model], isSent: Bool) -> (Model, String?) {
        var order: [String] = []
        var fields: [String: Field] = [:]
        var counts: [String: Int] = [:]
        var requiredEverywhere: [String: Bool] = [:]
        var conflict: String?
        for definition in definitions {
            for field in definition.fields {
                counts[field.name, default: 0] += 1
                requiredEverywhere[field.name] = (requiredEverywhere[field.name] ?? true) && field.required
                guard var existing = fields[field.name] else {
                    order.append(field.name)
                    fields[field.name] = field
                    continue
                }
                if existing.typeRef != field.typeRef, conflict == nil {
                    conflict = "field '\(field.name)' is \(existing.type) on one page and \(field.type) on another"
                }
                if existing.description.isEmpty { existing.description = field.description }
                if existing.default == nil { existing.default = field.default }
                fields[field.name] = existing
            }
        }
        if isSent, conflict == nil {
            // A request's model must ask for the same fields on every page, or one type cannot serve them all.
            let required = definitions.map { Set($0.fields.filter(\.required).map(\.name)) }
            if let first = required.first, let other = required.first(where: { $0 != first }) {
                let field = first.symmetricDifference(other).sorted().first ?? ""
                conflict = "requests send it, and field '\(field)' is required on one page but not on another"
            }
        }
        let joinedFields = order.map { name -> Field in
            var field = fields[name]!
            field.required = counts[name] == definitions.count && requiredEverywhere[name] == true
            return field
        }
        return (Model(name: name, fields: joinedFields, line: definitions.first?.line ?? 0), conflict)
    }

    /// Names of the models reachable from some operation's request parameters.
    static func sentModels(operations: [APIOperation], definitions: [String: [CatalogModel.Definition]]) -> Set<String>
    {
        var sent: Set<String> = []
        var stack = operations.flatMap { $0.parameters.compactMap(\.typeRef.modelName) }
        while let name = stack.popLast() {
            guard sent.insert(name).inserted else { continue }
            for definition in definitions[name] ?? [] {
                for field in definition.model.fields { if let name = field.typeRef.modelName { stack.append(name) } }
            }
        }
        return sent
    }

}

/// An API version as pages write it (`v1`, `v2beta`, `1.0.3`), ordered by its
/// numbers: `0.2.9` < `1.0.3` < `v1.1` < `v2beta1` < `v2`: of equal numbers, a
/// version with text after them (a preview) ranks below the one without.
public struct APIVersion: Comparable, Sendable {
    public var numbers: [Int]
    public var text: String

    public init(_ text: String) {
        self.text = text
        let digits = text.drop { !$0.isNumber }
        numbers = digits.prefix { $0.isNumber || $0 == "." }.split(separator: ".").compactMap { Int($0) }
    }

    public static func < (a: APIVersion, b: APIVersion) -> Bool {
        for (x, y) in zip(a.numbers, b.numbers) where x != y { return x < y }
        if a.numbers.count != b.numbers.count { return a.numbers.count < b.numbers.count }
        // Of equal numbers, the release (`v2`) ranks above its previews (`v2beta1`).
        let (x, y) = (a.suffix, b.suffix)
        if x.isEmpty != y.isEmpty { return !x.isEmpty }
        return x < y
    }

    /// What follows the numbers (`beta1` in `v2beta1`).
    private var suffix: String {
        String(text.drop { !$0.isNumber }.drop { $0.isNumber || $0 == "." })
    }

    public static func == (a: APIVersion, b: APIVersion) -> Bool { a.numbers == b.numbers && a.text == b.text }
}
