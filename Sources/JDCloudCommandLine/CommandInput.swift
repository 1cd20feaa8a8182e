import Foundation
import JDCloudCore

/// The parameters of one command-line call: a JSON object keyed by the
/// operation's wire names (`{"regionId": "cn-north-1", "instanceId": "i-1"}`).
///
/// Generated command tables read it to build the typed request. Every
/// problem is a ``CommandUsageError`` that names the parameter and the
/// expected type, raised before anything is sent.
public struct CommandInput: Sendable {
    /// The values by wire name.
    public let values: [String: JSONValue]
    /// The parameters the operation takes, in page order.
    public let parameters: [CommandParameter]

    /// Checks that `json` is an object whose keys are all parameters of the operation.
    ///
    /// - Throws: ``CommandUsageError`` when `json` is not an object or holds a
    ///   key the operation does not take (suggesting the closest known name).
    public init(_ json: JSONValue, parameters: [CommandParameter]) throws {
        guard case .object(let values) = json else {
            throw CommandUsageError(
                message: "the input must be a JSON object of parameters by name, not \(json.kindDescription)")
        }
        let known = parameters.map(\.name)
        for key in values.keys.sorted() where !known.contains(key) {
            var message = "unknown parameter '\(key)'"
            if let suggestion = ClosestName.closest(to: key, in: known) {
                message += "; did you mean '\(suggestion)'?"
            } else if known.isEmpty {
                message += "; this operation takes no parameters"
            } else {
                message += "; the parameters are " + known.joined(separator: ", ")
            }
            throw CommandUsageError(parameter: key, message: message)
        }
        self.values = values
        self.parameters = parameters
    }

    /// The value of a required parameter, decoded as `T`.
    ///
    /// - Throws: ``CommandUsageError`` when the parameter is absent or `null`,
    ///   or its value is not a `T`.
    public func required<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        guard let value = try optional(name, as: type) else {
            throw CommandUsageError(
                parameter: name, message: "missing required parameter '\(name)' (\(typeText(name, T.self)))")
        }
        return value
    }

    /// The value of an optional parameter decoded as `T`, or `nil` when it is absent or `null`.
    ///
    /// - Throws: ``CommandUsageError`` when the value is not a `T`.
    public func optional<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T? {
        guard let value = values[name], value != .null else { return nil }
        do {
            // Wrapped in an array so that scalars decode on every Foundation.
            let data = try JSONEncoder().encode([value])
            return try JSONDecoder().decode([T].self, from: data)[0]
        } catch let error as DecodingError {
            throw CommandUsageError(
                parameter: name,
                message: "parameter '\(name)' must be \(typeText(name, T.self))" + Self.explain(error, in: value))
        } catch {
            throw CommandUsageError(
                parameter: name, message: "parameter '\(name)' must be \(typeText(name, T.self)): \(error)")
        }
    }

    /// The page's spelling of the parameter's type, or the Swift type when the page gives none.
    private func typeText<T>(_ name: String, _ type: T.Type) -> String {
        parameters.first { $0.name == name }?.type ?? String(describing: type)
    }

    /// What is wrong with `value`: `, not a string` for the value itself,
    /// `: at [0].values, expected an array, got a string` inside it.
    static func explain(_ error: DecodingError, in value: JSONValue) -> String {
        let context: DecodingError.Context
        let problem: String
        switch error {
        case .typeMismatch(let type, let errorContext), .valueNotFound(let type, let errorContext):
            context = errorContext
            problem = "expected \(kind(of: type))"
        case .keyNotFound(let key, let errorContext):
            context = errorContext
            problem = "missing '\(key.stringValue)'"
        case .dataCorrupted(let errorContext):
            context = errorContext
            problem = errorContext.debugDescription
        @unknown default:
            return ": \(error)"
        }
        // The first key is the index of the wrapping array.
        let path = Array(context.codingPath.dropFirst())
        let found = Self.value(in: value, at: path)
        switch error {
        case .keyNotFound, .dataCorrupted:
            return path.isEmpty ? ": \(problem)" : ": at \(render(path)), \(problem)"
        default:
            if path.isEmpty { return found.map { ", not \($0.kindDescription)" } ?? "" }
            return ": at \(render(path)), \(problem)" + (found.map { ", got \($0.kindDescription)" } ?? "")
        }
    }

    /// The JSON kind a Swift type is decoded from.
    static func kind(of type: Any.Type) -> String {
        switch ObjectIdentifier(type) {
        case ObjectIdentifier(String.self): return "a string"
        case ObjectIdentifier(Bool.self): return "a boolean"
        case ObjectIdentifier([String: Any].self): return "an object"
        case ObjectIdentifier([Any].self): return "an array"
        default:
            if type is any BinaryInteger.Type || type is any BinaryFloatingPoint.Type { return "a number" }
            return "a value"
        }
    }

    /// `filters[0].values`, as a reader would write it.
    static func render(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    /// The value at `path` inside `value`, when there is one.
    static func value(in value: JSONValue, at path: [any CodingKey]) -> JSONValue? {
        var current = value
        for key in path {
            switch current {
            case .array(let items):
                guard let index = key.intValue, items.indices.contains(index) else { return nil }
                current = items[index]
            case .object(let members):
                guard let next = members[key.stringValue] else { return nil }
                current = next
            default:
                return nil
            }
        }
        return current
    }
}
