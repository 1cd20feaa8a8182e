/// `public struct <Model>: Codable, Sendable, Hashable`.
enum ModelTemplate {
    static func render(_ model: ModelPlan) -> String {
        var members = PropertyTemplate.storedWithInit(
            model.fields, initOrder: model.initParameters, summary: "Creates a value.", noun: "field")
        if model.needsCodingKeys {
            members.append(PropertyTemplate.codingKeys(model.fields))
        }
        let redaction = model.hasSecrets ? RedactionTemplate.render(typeName: model.name, model.fields) : ""
        return """
            \(doc(model).render())public struct \(model.name): Codable, Sendable, Hashable {
            \(members.joined(separator: "\n"))}
            \(redaction)
            """
    }

    static func doc(_ model: ModelPlan) -> DocComment {
        let name = DocComment.codeSpan(model.wireName)
        let page = DocComment.codeSpan(model.operation)
        return DocComment(
            markdown: model.isShared
                ? "The \(name) structure, as the \(page) page describes it."
                : "The \(name) structure of \(page).")
    }
}
