import Foundation
import HTTPTypes

/// Turns an operation into a ``PreparedRequest``: path, query or JSON body,
/// header parameters, `User-Agent` and signing region.
struct RequestBuilder: Sendable {
    /// The region used when the request has no `regionId`.
    static let regionlessScope = "jdcloud-api"

    var service: String
    var configuration: JDCloudConfiguration

    func build<Operation: JDCloudOperation>(_ request: Operation) throws -> PreparedRequest {
        let descriptor = Operation.descriptor
        var operation = request
        if descriptor.usesClientRegion, operation.regionId?.isEmpty ?? true {
            guard let region = configuration.region, !region.isEmpty else {
                throw JDCloudError.missingRegion(operation: descriptor.name)
            }
            operation.regionId = region
        }
        let pathParameters = operation.pathParameters
        let address = try ServiceAddress(
            host: host(descriptor, pathParameters: pathParameters), configuration: configuration)
        var path = try PathFiller.fill(descriptor.pathTemplate, with: pathParameters)
        if !path.isEmpty && !path.hasPrefix("/") { path = "/" + path }
        var target = address.basePath + "/" + descriptor.version + path

        let bodyJSON: Data
        let parameters: JSONValue
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            bodyJSON = try encoder.encode(operation)
            parameters = try JSONDecoder().decode(JSONValue.self, from: bodyJSON)
        } catch {
            throw JDCloudError.invalidRequest("parameters of \(descriptor.name) could not be encoded: \(error)")
        }

        var fields = HTTPFields()
        fields[.userAgent] = UserAgent.value(service: service, apiVersion: descriptor.version)
        let body: Data
        switch descriptor.method {
        case .get, .delete, .head:
            let query = QueryEncoder.queryString(from: parameters)
            if !query.isEmpty { target += "?" + query }
            body = Data()
        case .post, .put, .patch:
            fields[.contentType] = "application/json"
            body = bodyJSON
        }
        try HeaderParameters.apply(operation.headerParameters, to: &fields)

        let request = HTTPRequest(
            method: HTTPRequest.Method(rawValue: descriptor.method.rawValue)!,
            scheme: address.scheme,
            authority: address.authority,
            path: target,
            headerFields: fields
        )
        return PreparedRequest(
            request: request, body: body,
            region: Self.signingRegion(pathParameters: pathParameters, parameters: parameters),
            service: service
        )
    }

    /// The operation's host with its placeholders filled from the path's values.
    private func host(_ descriptor: OperationDescriptor, pathParameters: [String: String]) throws -> String {
        guard let template = descriptor.host else { return "\(service).jdcloud-api.com" }
        return template.contains("{") ? try PathFiller.fillHost(template, with: pathParameters) : template
    }

    /// The path parameter `regionId`, else a top-level `regionId` parameter, else `jdcloud-api`.
    static func signingRegion(pathParameters: [String: String], parameters: JSONValue) -> String {
        if let region = pathParameters["regionId"], !region.isEmpty { return region }
        if let region = parameters["regionId"]?.stringValue, !region.isEmpty { return region }
        return regionlessScope
    }
}
