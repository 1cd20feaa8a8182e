/// What a table column holds, recognised from its header in English or Chinese.
enum ColumnRole: Equatable {
    case name, type, required, defaultValue, description, code

    /// Header texts, lower-cased with all white space removed.
    private static let headers: [String: ColumnRole] = [
        "name": .name, "名称": .name, "fieldname": .name, "parametername": .name, "parameter": .name,
        "参数": .name, "参数名": .name, "参数名称": .name, "字段": .name, "字段名": .name,
        "type": .type, "类型": .type, "datatype": .type, "参数类型": .type,
        "requiredornot": .required, "required": .required, "isrequired": .required, "mandatory": .required,
        "是否必需": .required, "是否必选": .required, "是否必填": .required, "必填": .required, "必选": .required,
        "defaultvalue": .defaultValue, "default": .defaultValue, "默认值": .defaultValue,
        "description": .description, "描述": .description, "说明": .description, "remark": .description,
        "remarks": .description, "备注": .description, "meaning": .description,
        "returncode": .code, "responsecode": .code, "code": .code, "httpcode": .code, "errorcode": .code,
        "statuscode": .code, "返回码": .code, "状态码": .code, "错误码": .code,
    ]

    init?(header: String) {
        guard let role = Self.headers[header.labelKey] else { return nil }
        self = role
    }
}
