import APIModel

/// Which operations get a paginator, the one rule for all of them: integer
/// `pageNumber` and `pageSize` parameters, and a result model with a numeric
/// `totalCount` and exactly one array field (the items). Pages that call the
/// total `total`, nest the items one level deeper or list two arrays do not
/// match; the README counts them.
enum PaginationRule {
    private static let integers: Set<String> = ["Int", "Int64"]
    private static let numbers: Set<String> = ["Int", "Int64", "Double"]

    static func plan(parameters: [PropertyPlan], result: ModelPlan?) -> PaginationPlan? {
        guard let pageNumber = parameters.first(where: { $0.wireName == "pageNumber" }),
            integers.contains(pageNumber.type),
            let pageSize = parameters.first(where: { $0.wireName == "pageSize" }), integers.contains(pageSize.type),
            let result,
            let total = result.fields.first(where: { $0.wireName == "totalCount" }), numbers.contains(total.type)
        else { return nil }
        let arrays = result.fields.filter { $0.type.hasPrefix("[") }
        guard arrays.count == 1, let items = arrays.first else { return nil }
        return PaginationPlan(
            pageNumber: pageNumber, pageSize: pageSize, items: items.identifier,
            totalCount: total.identifier, itemsWireName: items.wireName, totalCountWireName: total.wireName,
            totalCountType: total.type,
            defaultPageSize: pageSize.defaultValue.flatMap { Int($0.trimmingWhitespace()) })
    }
}
