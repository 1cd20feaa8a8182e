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
        // Filled once, before the request is built: every attempt carries the same token.
        if descriptor.usesClientToken, operation.clientToken?.isEmpty ?? true {
            operation.clientToken = UUID().uuidString.lowercased()
        }
        let pathParameters = operation.pathParameters
        let address = try ServiceAddress(
            host: host(descriptor, pathParameters: pathParameters), configuration: configuration)
        var path = try PathFiller.fill(descriptor.pathTemplate, with: pathParameters)
        if !path.isEmpty && !path.hasPrefix("/") { path = "/" + path }
        var target = address.basePath + "/" + descriptor.version + path

        var fields = HTTPFields()
        fields[.userAgent] = UserAgent.value(service: service, apiVersion: descriptor.version)
        let body: Data
        do {
            switch descriptor.method {
            case .get, .delete, .head:
                // Flattened from the encoded tree: no JSON text is written for a query.
                let query = QueryEncoder.queryString(from: try JSONValueEncoder.encode(operation))
                if !query.isEmpty { target += "?" + query }
                body = Data()
            case .post, .put, .patch:
                fields[.contentType] = "application/json"
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                body = try encoder.encode(operation)
            }
        } catch {
            throw JDCloudError.invalidRequest("parameters of \(descriptor.name) could not be encoded: \(error)")
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
            region: Self.signingRegion(operation, pathParameters: pathParameters),
            service: service
        )
    }

    /// The operation's host with its placeholders filled from the path's values.
    private func host(_ descriptor: OperationDescriptor, pathParameters: [String: String]) throws -> String {
        guard let template = descriptor.host else { return "\(service).jdcloud-api.com" }
        return template.contains("{") ? try PathFiller.fillHost(template, with: pathParameters) : template
    }

    /// The request's `regionId`, else the path's, else `jdcloud-api`.
    static func signingRegion<Operation: JDCloudOperation>(_ operation: Operation, pathParameters: [String: String])
        -> String
    {
        if let region = operation.regionId, !region.isEmpty { return region }
        if let region = pathParameters["regionId"], !region.isEmpty { return region }
        return regionlessScope
    }
}
