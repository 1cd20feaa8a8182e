import APIModel

/// Compares the API two sets of pages describe, operation by operation.
///
/// Operations are matched by service and page title (see ``APICatalog``: one
/// operation per title), so a page that moves or is renamed is no change.
/// Types are compared as parsed (`Number` and `Double` are the same type, as
/// they are in Swift); a different spelling of the same type, like any
/// change of prose, is documentation only.
public enum APIComparison {
    public static func compare(old: APICatalog, new: APICatalog, pagesWithErrors: Int = 0) -> ChangeReport {
        var changes: [APIChange] = []
        var documentation = false
        let names = Set(old.services.map(\.name)).union(new.services.map(\.name)).sorted()
        for name in names {
            let before = old.service(named: name)
            let after = new.service(named: name)
            var service = ServiceComparison(name: name, old: before, new: after)
            service.run()
            changes += service.changes
            documentation = documentation || service.documentationChanged
        }
        return ChangeReport(changes: changes, documentationChanged: documentation, pagesWithErrors: pagesWithErrors)
    }
}

/// The changes of one service.
struct ServiceComparison {
    let name: String
    let old: CatalogService?
    let new: CatalogService?
    private(set) var changes: [APIChange] = []
    private(set) var documentationChanged = false

    init(name: String, old: CatalogService?, new: CatalogService?) {
        self.name = name
        self.old = old
        self.new = new
    }

    mutating func run() {
        let oldOperations = Dictionary(
            (old?.operations ?? []).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newOperations = Dictionary(
            (new?.operations ?? []).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var byOperation: [String: [APIChange]] = [:]
        for title in Set(oldOperations.keys).union(newOperations.keys) {
            var operation = OperationComparison(
                service: name, old: oldOperations[title], new: newOperations[title], oldCatalog: old, newCatalog: new)
            operation.run()
            byOperation[title, default: []] += operation.changes
            documentationChanged = documentationChanged || operation.documentationChanged
        }
        for change in modelJoinChanges(newOperations: newOperations) {
            byOperation[change.operation, default: []].append(change)
        }
        // Operations with breaking changes first, then by name; within one, breaking first, page order kept.
        let titles = byOperation.keys.filter { !byOperation[$0]!.isEmpty }.sorted { a, b in
            let (x, y) = (
                byOperation[a]!.contains { $0.severity == .breaking },
                byOperation[b]!.contains { $0.severity == .breaking }
            )
            return x != y ? x : a < b
        }
        for title in titles {
            let list = byOperation[title]!
            changes += list.filter { $0.severity == .breaking } + list.filter { $0.severity == .compatible }
        }
    }

    /// A model that was one type and is now split per page, or the other way:
    /// the SDK's type names change although no page of the operation did.
    private func modelJoinChanges(newOperations: [String: APIOperation]) -> [APIChange] {
        guard let old, let new else { return [] }
        var result: [APIChange] = []
        for (modelName, model) in new.models.sorted(by: { $0.key < $1.key }) {
            guard let before = old.models[modelName], (before.conflict == nil) != (model.conflict == nil) else {
                continue
            }
            let split = model.conflict != nil
            for definition in model.definitions {
                let operation = new.operations[definition.operation]
                let message =
                    split
                    ? "the pages of '\(name)' now define model '\(modelName)' differently (\(model.conflict!)), so it is no longer one type"
                    : "the pages of '\(name)' now define model '\(modelName)' alike, so their per-page types become one"
                result.append(
                    APIChange(
                        kind: split ? .modelSplit : .modelJoined, severity: .breaking, service: name,
                        operation: operation.name,
                        subject: modelName, old: split ? "one type" : "one type per page",
                        new: split ? "one type per page" : "one type",
                        file: operation.source,
                        line: definition.model.line > 0 ? definition.model.line : operation.line, message: message))
            }
        }
        return result
    }
}

/// The changes of one operation, matched by title.
struct OperationComparison {
    let service: String
    let old: APIOperation?
    let new: APIOperation?
    /// The services, whose joined models are the types the SDK declares.
    let oldCatalog: CatalogService?
    let newCatalog: CatalogService?
    private(set) var changes: [APIChange] = []
    private(set) var documentationChanged = false

    mutating func run() {
        guard let old, let new else {
            if let new {
                add(
                    .operationAdded, .compatible, subject: "", old: nil,
                    new: "\(new.method) /\(new.version)\(new.path.text)",
                    at: new, line: new.line, "operation '\(new.name)' added")
            } else if let old {
                add(
                    .operationRemoved, .breaking, subject: "", old: "\(old.method) /\(old.version)\(old.path.text)",
                    new: nil,
                    at: old, line: old.line, "operation '\(old.name)' removed")
            }
            return
        }
        if old.description != new.description || old.responseCodes != new.responseCodes { documentationChanged = true }
        compareAddress(old, new)
        compareParameters(old, new)
        compareResponseFields(old, new)
        compareModels(old, new)
    }

    // MARK: - Address

    private mutating func compareAddress(_ old: APIOperation, _ new: APIOperation) {
        let facets: [(String, String, String, String)] = [
            ("method", old.method, new.method, "method"),
            ("version", old.version, new.version, "API version"),
            ("path", old.path.text, new.path.text, "path"),
            ("host", old.host.text, new.host.text, "host"),
        ]
        for (facet, before, after, words) in facets where before != after {
            add(
                .operationMoved, .breaking, subject: facet, old: before, new: after, at: new, line: new.line,
                "\(words) changed from \(before) to \(after)")
        }
    }

    // MARK: - Parameters

    /// Path and host placeholders count as required, whatever the row says.
    private static func isRequired(_ parameter: Parameter) -> Bool {
        parameter.required || parameter.location.isPlaceholder
    }

    private static func describe(_ parameter: Parameter) -> String {
        "\(parameter.type), \(isRequired(parameter) ? "required" : "optional")"
    }

    private mutating func compareParameters(_ old: APIOperation, _ new: APIOperation) {
        let before = Dictionary(old.parameters.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Set(new.parameters.map(\.name))
        for parameter in new.parameters {
            let line = parameter.line > 0 ? parameter.line : new.line
            guard let previous = before[parameter.name] else {
                let required = Self.isRequired(parameter)
                add(
                    .parameterAdded, required ? .breaking : .compatible, subject: parameter.name, old: nil,
                    new: Self.describe(parameter),
                    at: new, line: line, "\(required ? "required" : "optional") parameter '\(parameter.name)' added")
                continue
            }
            if previous.typeRef != parameter.typeRef {
                add(
                    .parameterTypeChanged, .breaking, subject: parameter.name, old: previous.type, new: parameter.type,
                    at: new, line: line,
                    "parameter '\(parameter.name)' changed type from \(previous.type) to \(parameter.type)")
            } else if previous.type != parameter.type {
                documentationChanged = true
            }
            // Apps built against the old SDK send it where the service no longer reads it. A move
            // between query and body that follows a method change is said by that change already.
            let followsMethod =
                old.method != new.method
                && [previous.location, parameter.location].allSatisfy { $0 == .query || $0 == .body }
            if previous.location != parameter.location, !followsMethod {
                add(
                    .parameterMoved, .breaking, subject: parameter.name, old: previous.location.rawValue,
                    new: parameter.location.rawValue,
                    at: new, line: line,
                    "parameter '\(parameter.name)' moved from the \(previous.location.rawValue) to the \(parameter.location.rawValue)"
                )
            }
            switch (Self.isRequired(previous), Self.isRequired(parameter)) {
            case (false, true):
                add(
                    .parameterRequired, .breaking, subject: parameter.name, old: Self.describe(previous),
                    new: Self.describe(parameter),
                    at: new, line: line, "parameter '\(parameter.name)' is now required")
            case (true, false):
                add(
                    .parameterOptional, .breaking, subject: parameter.name, old: Self.describe(previous),
                    new: Self.describe(parameter),
                    at: new, line: line, "parameter '\(parameter.name)' is now optional")
            default:
                break
            }
            compareDefault(previous.default, parameter.default, subject: parameter.name, at: new, line: line)
            if previous.description != parameter.description { documentationChanged = true }
        }
        for parameter in old.parameters where !after.contains(parameter.name) {
            add(
                .parameterRemoved, .breaking, subject: parameter.name, old: Self.describe(parameter), new: nil,
                at: old, line: parameter.line > 0 ? parameter.line : old.line, "parameter '\(parameter.name)' removed")
        }
    }

    private mutating func compareDefault(
        _ before: String?, _ after: String?, subject: String, at page: APIOperation, line: Int
    ) {
        guard before != after else { return }
        add(
            .defaultChanged, .compatible, subject: subject, old: before, new: after, at: page, line: line,
            "default of '\(subject)' changed from \(before ?? "none") to \(after ?? "none")")
    }

    // MARK: - Response

    private mutating func compareResponseFields(_ old: APIOperation, _ new: APIOperation) {
        let before = Dictionary(old.responseFields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Set(new.responseFields.map(\.name))
        for field in new.responseFields {
            let line = field.line > 0 ? field.line : new.line
            guard let previous = before[field.name] else {
                add(
                    .responseFieldAdded, .compatible, subject: field.name, old: nil, new: field.type, at: new,
                    line: line,
                    "response field '\(field.name)' added")
                continue
            }
            if previous.typeRef != field.typeRef {
                add(
                    .responseFieldTypeChanged, .breaking, subject: field.name, old: previous.type, new: field.type,
                    at: new, line: line,
                    "response field '\(field.name)' changed type from \(previous.type) to \(field.type)")
            } else if previous.type != field.type || previous.description != field.description {
                documentationChanged = true
            }
        }
        for field in old.responseFields where !after.contains(field.name) {
            add(
                .responseFieldRemoved, .breaking, subject: field.name, old: field.type, new: nil,
                at: old, line: field.line > 0 ? field.line : old.line, "response field '\(field.name)' removed")
        }
    }

    // MARK: - Models

    /// The model the SDK declares for `name` on this page: the service's
    /// joined model when the pages define it alike, else the page's own.
    private static func declared(_ name: String, page: Model?, in catalog: CatalogService?) -> Model? {
        catalog?.joinedModel(name)?.joined ?? page
    }

    private mutating func compareModels(_ old: APIOperation, _ new: APIOperation) {
        let before = Dictionary(
            CatalogService.uniqueModels(old).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let afterModels = CatalogService.uniqueModels(new)
        let after = Set(afterModels.map(\.name))
        let sent = Self.sentModels(new)
        for model in afterModels {
            let line = model.line > 0 ? model.line : new.line
            guard let previous = before[model.name] else {
                add(
                    .modelAdded, .compatible, subject: model.name, old: nil, new: nil, at: new, line: line,
                    "model '\(model.name)' added")
                continue
            }
            compareFields(of: model.name, previous, model, sent: sent.contains(model.name), old: old, new: new)
        }
        for model in CatalogService.uniqueModels(old) where !after.contains(model.name) {
            // Other pages may still define it, and then its type stays; breaking only when the type loses something.
            let stays =
                Self.declared(model.name, page: nil, in: newCatalog).map { declared in
                    let oldDeclared = Self.declared(model.name, page: model, in: oldCatalog) ?? model
                    return oldDeclared.fields.allSatisfy { field in
                        Self.fieldSeverity(field, declared.fields.first { $0.name == field.name }) == .compatible
                    }
                } ?? false
            add(
                .modelRemoved, stays ? .compatible : .breaking, subject: model.name, old: nil, new: nil, at: old,
                line: model.line > 0 ? model.line : old.line,
                "model '\(model.name)' removed" + (stays ? " from this page (other pages still define it alike)" : ""))
        }
    }

    /// What a field's change does to the declared Swift property: breaking
    /// when it goes away, changes type, or changes between optional and required.
    private static func fieldSeverity(_ before: Field?, _ after: Field?) -> Severity {
        switch (before, after) {
        case (nil, let added?): return added.required ? .breaking : .compatible
        case (_?, nil): return .breaking
        case (let was?, let now?):
            return was.typeRef != now.typeRef || was.required != now.required ? .breaking : .compatible
        case (nil, nil): return .compatible
        }
    }

    private mutating func compareFields(
        of model: String, _ previous: Model, _ current: Model, sent: Bool, old: APIOperation, new: APIOperation
    ) {
        let before = Dictionary(previous.fields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Set(current.fields.map(\.name))
        let oldDeclared = Self.declared(model, page: previous, in: oldCatalog) ?? previous
        let newDeclared = Self.declared(model, page: current, in: newCatalog) ?? current
        /// The severity of a change to field `name`: what it does to the declared type, or to what a request must carry.
        func severity(_ name: String, wire: Bool = false) -> Severity {
            if wire { return .breaking }
            return Self.fieldSeverity(
                oldDeclared.fields.first { $0.name == name }, newDeclared.fields.first { $0.name == name })
        }
        for field in current.fields {
            let subject = "\(model).\(field.name)"
            let line = field.line > 0 ? field.line : new.line
            guard let was = before[field.name] else {
                // A request that must now carry the field is rejected without it.
                let wire = sent && field.required
                add(
                    .modelFieldAdded, severity(field.name, wire: wire), subject: subject, old: nil,
                    new: field.type + (field.required ? ", required" : ", optional"), at: new, line: line,
                    "field '\(subject)' added" + (wire ? ", required in a model the request sends" : ""))
                continue
            }
            if was.typeRef != field.typeRef {
                add(
                    .modelFieldTypeChanged, .breaking, subject: subject, old: was.type, new: field.type, at: new,
                    line: line,
                    "field '\(subject)' changed type from \(was.type) to \(field.type)")
            } else if was.type != field.type {
                documentationChanged = true
            }
            switch (was.required, field.required) {
            case (false, true):
                add(
                    .modelFieldRequired, severity(field.name, wire: sent), subject: subject, old: "optional",
                    new: "required", at: new, line: line,
                    "field '\(subject)' is now required")
            case (true, false):
                add(
                    .modelFieldOptional, severity(field.name), subject: subject, old: "required", new: "optional",
                    at: new, line: line,
                    "field '\(subject)' is now optional")
            default:
                break
            }
            compareDefault(was.default, field.default, subject: subject, at: new, line: line)
            if was.description != field.description { documentationChanged = true }
        }
        for field in previous.fields where !after.contains(field.name) {
            let stays = severity(field.name) == .compatible
            add(
                .modelFieldRemoved, stays ? .compatible : .breaking, subject: "\(model).\(field.name)", old: field.type,
                new: nil,
                at: old, line: field.line > 0 ? field.line : old.line,
                "field '\(model).\(field.name)' removed" + (stays ? " from this page (other pages still list it)" : ""))
        }
    }

    /// The page's models its request parameters reach, through the page's own definitions.
    static func sentModels(_ operation: APIOperation) -> Set<String> {
        let models = Dictionary(
            CatalogService.uniqueModels(operation).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var sent: Set<String> = []
        var stack = operation.parameters.compactMap(\.typeRef.modelName)
        while let name = stack.popLast() {
            guard sent.insert(name).inserted, let model = models[name] else { continue }
            stack += model.fields.compactMap(\.typeRef.modelName)
        }
        return sent
    }

    private mutating func add(
        _ kind: ChangeKind, _ severity: Severity, subject: String, old: String?, new: String?,
        at page: APIOperation, line: Int, _ message: String
    ) {
        changes.append(
            APIChange(
                kind: kind, severity: severity, service: service, operation: page.name, subject: subject,
                old: old, new: new, file: page.source, line: line, message: message))
    }
}
