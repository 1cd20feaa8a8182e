import Foundation
import JDCloudCore

/// `--generate-skeleton`: a JSON input with every parameter of an operation,
/// each value saying its type, whether it is required and its default, to be
/// replaced and passed with `--input @file`.
enum Skeleton {
    static func render(_ command: JDCloudCommand) -> String {
        var members: [String: JSONValue] = [:]
        for parameter in command.parameters {
            var facts = [parameter.type, parameter.required ? "required" : "optional"]
            if let value = parameter.defaultValue, !value.isEmpty { facts.append("default \(value)") }
            if parameter.name == "regionId" { facts.append("--region fills it") }
            members[parameter.name] = .string("<" + facts.joined(separator: ", ") + ">")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(JSONValue.object(members)), as: UTF8.self)).map { $0 + "\n" }
            ?? "{}\n"
    }
}
