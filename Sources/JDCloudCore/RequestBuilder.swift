import Foundation
import HTTPTypes

/// Turns an operation into a ``PreparedRequest``: path, query or JSON body,
/// header parameters, `User-Agent` and signing region.
struct RequestBuilder: Sendable {
    /// The region used when the request has no `regionId`.
    static let regionlessScope = "jdcloud-api"

    var service: String
    var address: ServiceAddress

    func build<Operation: JDCloudOperation>(_ operation: Operation) throws -> PreparedRequest {
        let descriptor = Operation.descriptor
        let pathParameters = operation.pathParameters
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

    /// The path parameter `regionId`, else a top-level `regionId` parameter, else `jdcloud-api`.
    static func signingRegion(pathParameters: [String: String], parameters: JSONValue) -> String {
        if let region = pathParameters["regionId"], !region.isEmpty { return region }
        if let region = parameters["regionId"]?.stringValue, !region.isEmpty { return region }
        return regionlessScope
    }
}
