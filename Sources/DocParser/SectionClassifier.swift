/// The `##` sections of an API page.
enum Section: String, Equatable, CaseIterable {
    case description, requestMethod, requestAddress, requestParameters, responseParameters, responseCodes

    /// How the section is named in messages.
    var title: String {
        switch self {
        case .description: return "Description"
        case .requestMethod: return "Request method"
        case .requestAddress: return "Request address"
        case .requestParameters: return "Request parameter"
        case .responseParameters: return "Response parameter"
        case .responseCodes: return "Response code"
        }
    }
}

/// Recognises section headings in English and Chinese, ignoring case,
/// white space (non-breaking spaces too) and trailing colons.
enum SectionClassifier {
    private static let names: [String: Section] = [
        "description": .description, "描述": .description, "接口描述": .description, "功能描述": .description,
        "requestmethod": .requestMethod, "requestmehod": .requestMethod, "httpmethod": .requestMethod,
        "method": .requestMethod, "请求方式": .requestMethod, "请求方法": .requestMethod,
        "requestaddress": .requestAddress, "requesturl": .requestAddress, "requestpath": .requestAddress,
        "url": .requestAddress, "请求地址": .requestAddress, "请求路径": .requestAddress,
        "requestparameter": .requestParameters, "requestparameters": .requestParameters,
        "requestparams": .requestParameters, "请求参数": .requestParameters,
        "responseparameter": .responseParameters, "responseparameters": .responseParameters,
        "returnparameter": .responseParameters, "returnparameters": .responseParameters,
        "response": .responseParameters, "返回参数": .responseParameters, "响应参数": .responseParameters,
        "responsecode": .responseCodes, "responsecodes": .responseCodes, "returncode": .responseCodes,
        "returncodes": .responseCodes, "返回码": .responseCodes, "响应码": .responseCodes,
        "错误码": .responseCodes, "statuscode": .responseCodes, "statuscodes": .responseCodes,
    ]

    static func section(forHeading text: String) -> Section? {
        var key = text.labelKey
        while let last = key.last, last == ":" || last == "：" || last == "#" { key.removeLast() }
        return names[key]
    }
}
