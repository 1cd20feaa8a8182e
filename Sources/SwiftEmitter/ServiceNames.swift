import APIModel

/// The naming pass: every Swift name one service module declares, claimed
/// in a fixed order (client, command table, operations in page order, joined
/// models by name, then each page's own models), so that a name depends on
/// the pages that need it and not on the order anything else happens.
struct ServiceNames {
    /// The names of one operation.
    struct OperationNames {
        var stem: String, file: String, request: String, response: String, method: String, command: String
    }

    var client: String
    var commands: String
    /// Parallel to the service's operations.
    var operations: [OperationNames]
    /// Joined model (page name) → Swift type name.
    var joinedModels: [String: String] = [:]
    /// Joined model (page name) → file name under `Models/`.
    var joinedFiles: [String: String] = [:]
    /// Per operation: the page's own model names (split models and `Result`) → Swift type name.
    var localModels: [[String: String]]
    /// Names still free for types the later passes make (`<Operation>Result`).
    var types: NameScope
    private(set) var diagnostics: [Diagnostic] = []

    init(module: String, service: CatalogService) {
        let operations = service.operations
        types = NameScope(reserved: Array(Naming.reservedTypeNames) + [module])
        var files = NameScope(caseInsensitive: true)
        var methods = NameScope(reserved: ["client"])
        var commandNames = NameScope()
        client = types.claim(Naming.clientName(service: service.name))
        files.reserve(client)
        commands = types.claim(Naming.commandsName(service: service.name))
        files.reserve(commands)

        var names: [OperationNames] = []
        for operation in operations {
            let base = Naming.upperCamelCase(operation.name, fallback: "Operation")
            var stem = base
            var suffix = 2
            while files.isTaken(stem) || types.isTaken(stem + "Request") || types.isTaken(stem + "Response") {
                stem = base + String(suffix)
                suffix += 1
            }
            if stem != base {
                diagnostics.append(
                    Self.warning(
                        operation, "operation '\(operation.name)' is named '\(stem)' because '\(base)' is taken"))
            }
            let file = files.claim(stem)
            let request = types.claim(stem + "Request")
            let response = types.claim(stem + "Response")
            let wantedMethod = Naming.memberName(operation.name, fallback: "operation")
            let method = methods.claim(wantedMethod)
            if method != wantedMethod {
                diagnostics.append(
                    Self.warning(
                        operation,
                        "client method '\(wantedMethod)' is taken; this operation's method is named '\(method)'"))
            }
            let wantedCommand = Naming.kebabCase(operation.name)
            let command = commandNames.claim(wantedCommand)
            if command != wantedCommand {
                diagnostics.append(
                    Self.warning(
                        operation, "command '\(wantedCommand)' is taken; this operation's command is named '\(command)'"
                    ))
            }
            names.append(
                OperationNames(
                    stem: stem, file: file, request: request, response: response, method: method, command: command))
        }
        self.operations = names

        for model in service.models.values.filter({ $0.conflict == nil }).sorted(by: { $0.name < $1.name }) {
            let wanted = Naming.typeName(model.name)
            let name = types.claim(wanted)
            if name != wanted, let first = model.definitions.first {
                diagnostics.append(
                    Self.warning(
                        operations[first.operation],
                        "model '\(model.name)' is emitted as '\(name)' because '\(wanted)' is taken",
                        line: first.model.line))
            }
            joinedModels[model.name] = name
            joinedFiles[model.name] = files.claim(name)
        }

        localModels = Array(repeating: [:], count: operations.count)
        for (index, operation) in operations.enumerated() {
            for model in CatalogService.uniqueModels(operation) where joinedModels[model.name] == nil {
                let wanted = names[index].stem + Naming.upperCamelCase(model.name)
                let name = types.claim(wanted)
                if name != wanted {
                    diagnostics.append(
                        Self.warning(
                            operation, "model '\(model.name)' is emitted as '\(name)' because '\(wanted)' is taken",
                            line: model.line))
                }
                localModels[index][model.name] = name
            }
        }
    }

    /// A warning at `line` (a row or model heading) when known, else at the page title.
    static func warning(_ operation: APIOperation, _ message: String, line: Int = 0) -> Diagnostic {
        Diagnostic(
            file: operation.source, line: line > 0 ? line : operation.line, column: 1, severity: .warning,
            message: message)
    }
}
