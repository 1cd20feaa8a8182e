import GeneratedOutput
import APIModel
import DocParser
import Foundation
import SwiftEmitter

/// The package root, found from this file's path.
let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

let fixturesFolder = packageRoot + "/Tests/SwiftEmitterTests/Fixtures"

/// Generates one fixture page the way `sdkgen generate` does.
func generateFixture(_ name: String) -> (result: EmitResult, document: APIDocument) {
    let document = SpecReader.read(paths: [fixturesFolder + "/\(name).md"])
    let result = SwiftEmitter(options: EmitterOptions(sourceRoot: packageRoot)).emit(document)
    return (result, document)
}

/// Hand-built IR for the unit tests.
func operation(
    _ name: String, source: String? = nil, line: Int = 1, method: String = "GET", service: String = "vm",
    path: String = "/things", parameters: [Parameter] = [],
    responseFields: [ResponseField] = [], models: [Model] = [], description: String = "Does something."
) -> APIOperation {
    APIOperation(
        name: name, source: source ?? "specs/\(service)/\(name).md", line: line, description: description,
        method: method, host: URITemplate("\(service).jdcloud-api.com"), service: service, version: "v1", path: URITemplate(path),
        parameters: parameters, responseFields: responseFields, models: models)
}

func field(_ name: String, _ type: String, required: Bool = false, description: String = "") -> Field {
    Field(name: name, type: type, required: required, description: description)
}
