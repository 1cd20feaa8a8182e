import Foundation
import JDCloudCore

/// An operation's parameters given as options: `--instance-id i-1`,
/// `--page-size 10`, `--key-names a --key-names b`, `--force` or
/// `--force=false`, and models, `Object`s and arrays of models as JSON text or
/// `@file`. Every value is checked against the parameter's type before
/// anything is sent.
struct ParameterOptions {
    /// The values by wire name, ready to merge over `--input`.
    private(set) var values: [String: JSONValue] = [:]

    /// Reads `tokens` (the options swift-argument-parser left unrecognised) for `parameters`.
    ///
    /// - Throws: ``CommandUsageError`` naming the option and what it expects.
    init(_ tokens: [String], parameters: [CommandParameter]) throws {
        let byOption = Dictionary(parameters.map { ($0.option, $0) }, uniquingKeysWith: { first, _ in first })
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            guard token.hasPrefix("--"), token.count > 2 else {
                throw CommandUsageError(
                    message:
                        "unexpected argument '\(token)'; parameters are given as options such as --\(parameters.first?.option ?? "name") <value>"
                )
            }
            var name = String(token.dropFirst(2))
            var inline: String?
            if let equals = name.firstIndex(of: "=") {
                inline = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let parameter = byOption[name] else {
                var message = "unknown option '--\(name)'"
                if let suggestion = ClosestName.closest(to: name, in: Array(byOption.keys) + Invocation.optionNames) {
                    message += "; did you mean '--\(suggestion)'?"
                }
                throw CommandUsageError(parameter: name, message: message)
            }
            let kind = ParameterKind(parameter.type)
            let text: String
            if let inline {
                text = inline
            } else if kind == .boolean,
                index >= tokens.count || ParameterKind.booleanWords[tokens[index].lowercased()] == nil
            {
                // `--force` alone means true.
                text = "true"
            } else {
                guard index < tokens.count else {
                    throw CommandUsageError(
                        parameter: parameter.name, message: "option '--\(name)' needs a value (\(parameter.type))")
                }
                text = tokens[index]
                index += 1
            }
            let value = try kind.value(of: text, option: name, type: parameter.type)
            if kind.isRepeatable {
                // Repeating the option adds elements.
                if case .array(let existing)? = values[parameter.name], case .array(let added) = value {
                    values[parameter.name] = .array(existing + added)
                    continue
                }
            } else if values[parameter.name] != nil {
                throw CommandUsageError(parameter: parameter.name, message: "option '--\(name)' is given twice")
            }
            values[parameter.name] = value
        }
    }
}

/// How an option's text becomes the parameter's JSON value, by the type the page gives.
enum ParameterKind: Equatable {
    case string, integer, number, boolean
    /// `String[]`, `Integer[]`…: one element per occurrence of the option.
    indirect case array(ParameterKind)
    /// Models, `Object`, arrays of models: JSON text, or `@file` holding it.
    case json

    init(_ type: String) {
        let trimmed = type.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("[]") {
            let element = ParameterKind(String(trimmed.dropLast(2)))
            self = element == .json ? .json : .array(element)
            return
        }
        switch trimmed.lowercased() {
        case "string", "str", "date", "datetime": self = .string
        case "integer", "int", "int32", "long", "int64": self = .integer
        case "number", "double", "float", "decimal", "bigdecimal": self = .number
        case "boolean", "bool": self = .boolean
        default: self = .json
        }
    }

    /// What a boolean option's value may be, after `=` or as the next word.
    static let booleanWords = ["true": true, "yes": true, "1": true, "false": false, "no": false, "0": false]

    var isRepeatable: Bool {
        if case .array = self { return true }
        return false
    }

    func value(of text: String, option: String, type: String) throws -> JSONValue {
        func refuse(_ expected: String) -> CommandUsageError {
            CommandUsageError(
                parameter: option, message: "option '--\(option)' must be \(expected) (\(type)), not '\(text)'")
        }
        switch self {
        case .string:
            return .string(text)
        case .integer:
            guard let number = Int(text) else { throw refuse("an integer") }
            return .int(number)
        case .number:
            guard let number = Double(text), number.isFinite else { throw refuse("a number") }
            return .double(number)
        case .boolean:
            guard let flag = Self.booleanWords[text.lowercased()] else { throw refuse("true or false") }
            return .bool(flag)
        case .array(let element):
            return .array([try element.value(of: text, option: option, type: type)])
        case .json:
            return try InputReader.read(text, from: "--\(option)")
        }
    }
}
