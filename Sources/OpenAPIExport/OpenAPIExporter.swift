import APIModel
import GeneratedOutput

/// One OpenAPI 3.1.0 document per service, from the catalog of the pages:
/// the same operations (one per title) and the same models (joined by name,
/// split per page only on a conflict) as the Swift SDK.
public struct OpenAPIExporter: Sendable {
    /// A document: `<service>.openapi.json` and its text.
    public struct Document: Sendable, Hashable {
        public var service: String
        public var fileName: String
        public var json: String
    }

    /// How page paths are shown (`x-jdcloud-source`, the generated-by key).
    public var displayPath: @Sendable (String) -> String

    /// An exporter; `displayPath` turns page paths into what the documents show.
    public init(displayPath: @escaping @Sendable (String) -> String = { $0 }) {
        self.displayPath = displayPath
    }

    /// Every service's document, sorted by service, and the problems found
    /// (two operations on one method and path, of which the second is left out).
    public func documents(_ catalog: APICatalog) -> (documents: [Document], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let documents = catalog.services.map { service -> Document in
            var builder = ServiceDocument(service: service, displayPath: displayPath)
            let json = builder.build()
            diagnostics += builder.diagnostics
            return Document(service: service.name, fileName: "\(service.name).openapi.json", json: json.text)
        }
        return (documents, diagnostics)
    }
}

/// The document of one service.
struct ServiceDocument {
    let service: CatalogService
    let displayPath: @Sendable (String) -> String
    private(set) var diagnostics: [Diagnostic] = []
    private var names: SchemaNames

    init(service: CatalogService, displayPath: @escaping @Sendable (String) -> String) {
        self.service = service
        self.displayPath = displayPath
        names = SchemaNames(service: service)
    }

    mutating func build() -> OrderedJSON {
        var paths: [String: [(String, OrderedJSON)]] = [:]
        var schemas: [(String, OrderedJSON)] = []
        for model in service.models.values.filter({ $0.conflict == nil }).sorted(by: { $0.name < $1.name }) {
            schemas.append((names.joined[model.name]!, schema(of: model.joined, page: model.definitions[0].operation)))
        }
        for (index, operation) in service.operations.enumerated() {
            for model in CatalogService.uniqueModels(operation) {
                guard let name = names.local[index][model.name] else { continue }
                schemas.append((name, schema(of: model, page: index)))
            }
            if let synthesized = names.synthesizedResults[index] {
                let fields = operation.responseFields.filter { $0.name != "requestId" }.map {
                    Field(name: $0.name, type: $0.type, typeRef: $0.typeRef, description: $0.description)
                }
                schemas.append((synthesized, schema(of: Model(name: "Result", fields: fields), page: index)))
            }
            let path = "/" + operation.version + operation.path.text
            let method = operation.method.lowercased()
            if paths[path, default: []].contains(where: { $0.0 == method }) {
                diagnostics.append(
                    Diagnostic(
                        file: operation.source, line: operation.line, severity: .warning,
                        message:
                            "\(operation.method) \(path) is also the address of another operation of '\(service.name)'; '\(operation.name)' is left out of the OpenAPI document"
                    ))
                continue
            }
            paths[path, default: []].append((method, self.operation(operation, index: index)))
        }
        schemas.append(("JDCloudError", Self.errorSchema))

        let first = service.operations[0]
        let versions = Set(service.operations.map(\.version)).sorted()
        var info: [(String, OrderedJSON)] = [
            ("title", .string("JD Cloud \(service.name) API")),
            ("version", .string(versions.joined(separator: ", "))),
            (
                "description",
                .string("The \(service.name) operations of JD Cloud's API reference, as sdkgen reads them.")
            ),
        ]
        info.append(("x-jdcloud-service", .string(service.name)))
        return .object([
            (
                "x-generated-by",
                .string(GeneratedMarker.jsonValuePrefix + "the pages of the \(service.name) service. Do not edit.")
            ),
            ("openapi", "3.1.0"),
            ("info", .object(info)),
            ("servers", .array([server(first.host)])),
            ("security", .array([.object([("JDCloudSignature", .array([]))])])),
            ("paths", .object(paths.keys.sorted().map { ($0, .object(paths[$0]!)) })),
            (
                "components",
                .object([
                    ("schemas", .object(schemas.sorted { $0.0 < $1.0 })),
                    ("securitySchemes", .object([("JDCloudSignature", Self.signatureScheme)])),
                ])
            ),
        ])
    }

    // MARK: - Address

    /// `https://<host>`; placeholders of the host are server variables.
    private func server(_ host: URITemplate) -> OrderedJSON {
        var members: [(String, OrderedJSON)] = [("url", .string("https://" + host.text))]
        let placeholders = host.placeholders
        if !placeholders.isEmpty {
            members.append(
                (
                    "variables",
                    .object(
                        placeholders.map { name in
                            (
                                name,
                                .object([
                                    ("default", .string(name == "regionId" ? "cn-north-1" : name)),
                                    ("description", .string("Filled from the request's \(name).")),
                                ])
                            )
                        })
                ))
        }
        return .object(members)
    }

    // MARK: - Operations

    private mutating func operation(_ operation: APIOperation, index: Int) -> OrderedJSON {
        var members: [(String, OrderedJSON)] = [("operationId", .string(operation.name))]
        let summary = Self.summary(operation.description)
        if !summary.isEmpty { members.append(("summary", .string(summary))) }
        if !operation.description.isEmpty { members.append(("description", .string(operation.description))) }
        let hasBody = ["POST", "PUT", "PATCH"].contains(operation.method)
        let parameters = operation.parameters.filter { parameter in
            // Host placeholders are server variables; body members go into the request body.
            parameter.location != .host && !(hasBody && parameter.location == .body)
        }
        if !parameters.isEmpty {
            members.append(("parameters", .array(parameters.map { self.parameter($0, page: index) })))
        }
        if hasBody {
            let body = operation.parameters.filter { $0.location == .body }
            let properties = body.map {
                ($0.name, property($0.typeRef, description: $0.description, default: $0.default, page: index))
            }
            var schema: [(String, OrderedJSON)] = [("type", "object"), ("properties", .object(properties))]
            let required = body.filter(\.required).map { OrderedJSON.string($0.name) }
            if !required.isEmpty { schema.append(("required", .array(required))) }
            members.append(
                (
                    "requestBody",
                    .object([
                        ("required", .bool(!required.isEmpty)),
                        ("content", .object([("application/json", .object([("schema", .object(schema))]))])),
                    ])
                ))
        }
        // An operation on another host than the service's first (a regional one beside a global one) says so.
        if operation.host != service.operations[0].host {
            members.append(("servers", .array([server(operation.host)])))
        }
        members.append(("responses", responses(operation, index: index)))
        members.append(("x-jdcloud-source", .string("\(displayPath(operation.source)):\(operation.line)")))
        return .object(members)
    }

    private mutating func parameter(_ parameter: Parameter, page: Int) -> OrderedJSON {
        let location: String
        switch parameter.location {
        case .path, .host: location = "path"
        case .header: location = "header"
        case .query, .body: location = "query"
        }
        var members: [(String, OrderedJSON)] = [
            ("name", .string(parameter.name)),
            ("in", .string(location)),
            ("required", .bool(parameter.required || parameter.location == .path)),
        ]
        if !parameter.description.isEmpty { members.append(("description", .string(parameter.description))) }
        members.append(("schema", property(parameter.typeRef, description: "", default: parameter.default, page: page)))
        if location == "query", !parameter.typeRef.isScalar {
            // JD Cloud indexes arrays and members in the query (`filters.1.name=…`), which OpenAPI
            // cannot say; the nearest styles keep the document valid, the extension says the truth.
            if case .array = parameter.typeRef {
                members += [("style", "form"), ("explode", true)]
            } else {
                members += [("style", "deepObject"), ("explode", true)]
            }
            members.append(("x-jdcloud-query-encoding", "indexed"))
        }
        return .object(members)
    }

    private mutating func responses(_ operation: APIOperation, index: Int) -> OrderedJSON {
        var envelope: [(String, OrderedJSON)] = [("requestId", .object([("type", "string")]))]
        if let result = operation.responseFields.first(where: { $0.name == "result" }) {
            envelope.append(
                ("result", property(result.typeRef, description: result.description, default: nil, page: index)))
        } else if let synthesized = names.synthesizedResults[index] {
            envelope.append(("result", .object([("$ref", .string("#/components/schemas/\(synthesized)"))])))
        }
        let success = OrderedJSON.object([
            ("type", "object"), ("properties", .object(envelope)), ("required", .array(["requestId"])),
        ])
        let documented = Dictionary(
            operation.responseCodes.map { ($0.code, $0.description) }, uniquingKeysWith: { first, _ in first })
        var members: [(String, OrderedJSON)] = [
            (
                "200",
                .object([
                    ("description", .string(Self.text(documented["200"], or: "The call succeeded."))),
                    ("content", .object([("application/json", .object([("schema", success)]))])),
                ])
            )
        ]
        let error = OrderedJSON.object([
            ("application/json", .object([("schema", .object([("$ref", "#/components/schemas/JDCloudError")]))]))
        ])
        var others: [String] = []
        for code in operation.responseCodes.map(\.code) where code != "200" {
            if code.count == 3, code.allSatisfy(\.isNumber), !members.contains(where: { $0.0 == code }) {
                members.append(
                    (
                        code,
                        .object([
                            ("description", .string(Self.text(documented[code], or: "Error \(code)."))),
                            ("content", error),
                        ])
                    ))
            } else if !code.isEmpty {
                others.append("\(code): \(documented[code] ?? "")")
            }
        }
        members.sort { $0.0 < $1.0 }
        let fallback =
            others.isEmpty
            ? "Any other error." : "Any other error; the page also lists " + others.joined(separator: "; ")
        members.append(("default", .object([("description", .string(fallback)), ("content", error)])))
        return .object(members)
    }

    // MARK: - Schemas

    private func schema(of model: Model, page: Int) -> OrderedJSON {
        let properties = model.fields.map {
            ($0.name, property($0.typeRef, description: $0.description, default: $0.default, page: page))
        }
        var members: [(String, OrderedJSON)] = [("type", "object"), ("properties", .object(properties))]
        let required = model.fields.filter(\.required).map { OrderedJSON.string($0.name) }
        if !required.isEmpty { members.append(("required", .array(required))) }
        return .object(members)
    }

    /// A parameter's or field's schema: the type, and its description and default where the page gives them.
    private func property(_ type: TypeRef, description: String, default value: String?, page: Int) -> OrderedJSON {
        guard case .object(var members) = schema(of: type, page: page) else { return .object([]) }
        if !description.isEmpty, !members.contains(where: { $0.0 == "$ref" }) {
            members.append(("description", .string(description)))
        }
        if let value, let literal = Self.defaultValue(value, for: type) { members.append(("default", literal)) }
        // A reference stands alone in older tools' eyes; 3.1 allows siblings, but plain is safer.
        return .object(members)
    }

    private func schema(of type: TypeRef, page: Int) -> OrderedJSON {
        switch type {
        case .primitive(.string): return .object([("type", "string")])
        case .primitive(.integer): return .object([("type", "integer"), ("format", "int32")])
        case .primitive(.long): return .object([("type", "integer"), ("format", "int64")])
        case .primitive(.double): return .object([("type", "number")])
        case .primitive(.boolean): return .object([("type", "boolean")])
        case .array(let element): return .object([("type", "array"), ("items", schema(of: element, page: page))])
        case .untyped: return .object([])
        case .model(let name):
            guard let component = names.local[page][name] ?? names.joined[name] else { return .object([]) }
            return .object([("$ref", .string("#/components/schemas/\(component)"))])
        }
    }

    /// The page's default as a JSON value of the type, when it reads as one.
    private static func defaultValue(_ text: String, for type: TypeRef) -> OrderedJSON? {
        switch type {
        case .primitive(.string): return .string(text)
        case .primitive(.integer), .primitive(.long): return Int(text).map(OrderedJSON.integer)
        case .primitive(.boolean):
            switch text.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return nil
            }
        default: return nil
        }
    }

    private static func summary(_ description: String) -> String {
        description.split(whereSeparator: \.isNewline).lazy.map { $0.trimmingWhitespace() }.first { !$0.isEmpty } ?? ""
    }

    private static func text(_ value: String?, or fallback: String) -> String {
        guard let value, !value.trimmingWhitespace().isEmpty else { return fallback }
        return value
    }

    /// JD Cloud's error envelope.
    static let errorSchema = OrderedJSON.object([
        ("type", "object"),
        (
            "properties",
            .object([
                ("requestId", .object([("type", "string")])),
                (
                    "error",
                    .object([
                        ("type", "object"),
                        (
                            "properties",
                            .object([
                                ("code", .object([("type", "integer")])),
                                ("status", .object([("type", "string")])),
                                ("message", .object([("type", "string")])),
                            ])
                        ),
                    ])
                ),
            ])
        ),
    ])

    /// JDCLOUD3-HMAC-SHA256 in the `Authorization` header.
    static let signatureScheme = OrderedJSON.object([
        ("type", "apiKey"),
        ("in", "header"),
        ("name", "Authorization"),
        (
            "description",
            .string(
                """
                JDCLOUD3-HMAC-SHA256: a canonical request (method, path, sorted query, the signed headers \
                host, x-jdcloud-date and x-jdcloud-nonce, and the body's SHA-256) is hashed into a string to \
                sign with the date and the scope <day>/<region>/<service>/jdcloud3_request, signed with a key \
                derived by HMAC-SHA256 from "JDCLOUD3" + the secret key, the day, the region, the service and \
                "jdcloud3_request", and sent as `Authorization: JDCLOUD3-HMAC-SHA256 Credential=<access key>/<scope>, \
                SignedHeaders=<names>, Signature=<hex>`. The region is the request's regionId, else jdcloud-api.
                """)
        ),
        ("x-jdcloud-signature", "JDCLOUD3-HMAC-SHA256"),
    ])
}
