import APIModel
import JDCloudCore

/// A realistic `result` for an operation, built from its page's response
/// models: strings echo the request's value of the same name when there is
/// one, numbers are 1, booleans true, arrays hold one element.
struct SampleResult {
    let operation: APIOperation
    /// Request values by name (path placeholders, query and body members) to echo.
    let echoes: [String: String]

    /// The `result` member of the reply, or `nil` when the page documents none.
    func result() -> JSONValue? {
        if let result = operation.responseFields.first(where: { $0.name == "result" }) {
            return value(result.typeRef, name: "result", depth: 0)
        }
        let others = operation.responseFields.filter { $0.name != "requestId" }
        guard !others.isEmpty else { return nil }
        return .object(Dictionary(uniqueKeysWithValues: others.map { ($0.name, value($0.typeRef, name: $0.name, depth: 1)) }))
    }

    private func value(_ type: TypeRef, name: String, depth: Int) -> JSONValue {
        switch type {
        case .primitive(.string): return .string(echoes[name] ?? "\(name)-1")
        case .primitive(.integer), .primitive(.long), .primitive(.double): return .int(1)
        case .primitive(.boolean): return .bool(true)
        case .array(let element): return .array([value(element, name: name, depth: depth + 1)])
        case .untyped: return .object([:])
        case .model(let modelName):
            // Recursive models stop after a few levels, as real data does.
            guard depth < 6, let model = model(named: modelName) else { return .object([:]) }
            return .object(Dictionary(uniqueKeysWithValues: model.fields.map {
                ($0.name, value($0.typeRef, name: $0.name, depth: depth + 1))
            }))
        }
    }

    /// The page's own model first, then another page's of the same service.
    private func model(named name: String) -> Model? {
        operation.model(named: name)
            ?? specOperations.lazy.filter { $0.service == operation.service }.compactMap { $0.model(named: name) }.first
    }
}
