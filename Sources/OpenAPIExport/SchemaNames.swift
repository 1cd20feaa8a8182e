import APIModel

/// The component names of a service's models, by the rule the Swift types
/// follow: a model the pages define alike is `Model`; a page's own model (a
/// split one, or its `Result`) is `<Operation><Model>`; a result the page
/// lists at the top level is `<Operation>Result`. Repeats get 2, 3, ….
struct SchemaNames {
    /// Joined model → component name.
    var joined: [String: String] = [:]
    /// Per operation: the page's own models → component name.
    var local: [[String: String]]
    /// Per operation: the component of a result synthesized from the top-level response rows.
    var synthesizedResults: [Int: String] = [:]

    init(service: CatalogService) {
        var taken: Set<String> = ["JDCloudError"]
        func claim(_ wanted: String) -> String {
            var name = wanted
            var suffix = 2
            while taken.contains(name) {
                name = wanted + String(suffix)
                suffix += 1
            }
            taken.insert(name)
            return name
        }
        for model in service.models.values.filter({ $0.conflict == nil }).sorted(by: { $0.name < $1.name }) {
            joined[model.name] = claim(WordCase.upperCamelCase(model.name))
        }
        local = Array(repeating: [:], count: service.operations.count)
        for (index, operation) in service.operations.enumerated() {
            let stem = WordCase.upperCamelCase(operation.name, fallback: "Operation")
            for model in CatalogService.uniqueModels(operation) where joined[model.name] == nil {
                local[index][model.name] = claim(stem + WordCase.upperCamelCase(model.name))
            }
            let hasResultRow = operation.responseFields.contains { $0.name == "result" }
            if !hasResultRow, operation.responseFields.contains(where: { $0.name != "requestId" }) {
                synthesizedResults[index] = claim(stem + "Result")
            }
        }
    }
}
