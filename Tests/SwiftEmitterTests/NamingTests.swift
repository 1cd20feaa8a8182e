@testable import SwiftEmitter
import XCTest

final class NamingTests: XCTestCase {
    func testLowerCamelCaseFromWireNames() {
        XCTAssertEqual(Naming.lowerCamelCase("x-jdcloud-pin"), "xJdcloudPin")
        XCTAssertEqual(Naming.lowerCamelCase("filters.1.name"), "filters1Name")
        XCTAssertEqual(Naming.lowerCamelCase("InstanceId"), "instanceId")
        XCTAssertEqual(Naming.lowerCamelCase("URL"), "url")
        XCTAssertEqual(Naming.lowerCamelCase("HTTPCode"), "httpCode")
        XCTAssertEqual(Naming.lowerCamelCase("snake_case_name"), "snakeCaseName")
        XCTAssertEqual(Naming.lowerCamelCase("diskSizeGB"), "diskSizeGB")
    }

    func testLeadingDigitsChineseAndEmpty() {
        XCTAssertEqual(Naming.lowerCamelCase("1stDisk"), "_1stDisk")
        XCTAssertEqual(Naming.upperCamelCase("2fa"), "_2fa")
        XCTAssertEqual(Naming.lowerCamelCase("名称"), "value")
        XCTAssertEqual(Naming.memberName("名称", fallback: "field"), "field")
        XCTAssertEqual(Naming.lowerCamelCase(""), "value")
        XCTAssertEqual(Naming.upperCamelCase("查询实例", fallback: "Operation"), "Operation")
        XCTAssertEqual(Naming.lowerCamelCase("名称id"), "id")
    }

    func testKeywordsAreEscaped() {
        for keyword in ["protocol", "operator", "extension", "default", "in", "is", "return", "func", "var"] {
            XCTAssertEqual(Naming.escaped(Naming.memberName(keyword)), "`\(keyword)`")
        }
        XCTAssertEqual(Naming.argumentLabel("protocol"), "protocol")
        XCTAssertEqual(Naming.argumentLabel("inout"), "`inout`")
        XCTAssertEqual(Naming.escaped("description"), "description")
        XCTAssertEqual(Naming.escaped("type"), "type")
    }

    func testReservedMembersAreRenamed() {
        XCTAssertEqual(Naming.memberName("self"), "selfValue")
        XCTAssertEqual(Naming.memberName("Self"), "selfValue")
        XCTAssertEqual(Naming.memberName("Type"), "type")
        XCTAssertEqual(Naming.memberName("init"), "initValue")
        XCTAssertEqual(Naming.memberName("descriptor"), "descriptorValue")
        XCTAssertEqual(Naming.memberName("pathParameters"), "pathParametersValue")
        XCTAssertEqual(Naming.memberName("headerParameters"), "headerParametersValue")
        XCTAssertEqual(Naming.memberName("hashValue"), "hashValueValue")
    }

    func testTypeNamesThatClashGetASuffix() {
        for name in ["Type", "Protocol", "String", "Error", "Result", "JSONValue", "Data", "Self", "Response", "CodingKeys"] {
            XCTAssertEqual(Naming.typeName(name), name + "Model")
        }
        XCTAssertEqual(Naming.typeName("instanceSpec"), "InstanceSpec")
        XCTAssertEqual(Naming.typeName("Instance"), "Instance")
    }

    func testModuleAndClientNames() {
        XCTAssertEqual(Naming.moduleName(service: "vm"), "JDCloudVM")
        XCTAssertEqual(Naming.moduleName(service: "vpc"), "JDCloudVPC")
        XCTAssertEqual(Naming.moduleName(service: "redis"), "JDCloudRedis")
        XCTAssertEqual(Naming.moduleName(service: "jcs-redis"), "JDCloudJcsredis")
        XCTAssertEqual(Naming.clientName(service: "vm"), "VMClient")
        XCTAssertEqual(Naming.clientName(service: "redis"), "RedisClient")
    }

    func testCommandNamesAreKebabCase() {
        XCTAssertEqual(Naming.kebabCase("rebuildInstance"), "rebuild-instance")
        XCTAssertEqual(Naming.kebabCase("describeInstances"), "describe-instances")
        XCTAssertEqual(Naming.kebabCase("getHTTPCode"), "get-http-code")
        XCTAssertEqual(Naming.kebabCase("createVPC"), "create-vpc")
        XCTAssertEqual(Naming.kebabCase("x_jdcloud.pin"), "x-jdcloud-pin")
        XCTAssertEqual(Naming.kebabCase("diskSizeGB"), "disk-size-gb")
        XCTAssertEqual(Naming.kebabCase("v2Thing"), "v2-thing")
        XCTAssertEqual(Naming.kebabCase("a\"; fatalError()//"), "a-fatal-error")
        XCTAssertEqual(Naming.kebabCase("查询实例"), "operation")
        XCTAssertEqual(Naming.commandsName(service: "vm"), "VMCommands")
        XCTAssertEqual(Naming.commandsName(service: "redis"), "RedisCommands")
    }

    func testNameScopeResolvesCollisionsDeterministically() {
        var scope = NameScope()
        XCTAssertEqual(scope.claim("name"), "name")
        XCTAssertEqual(scope.claim("name"), "name2")
        XCTAssertEqual(scope.claim("name"), "name3")
        var files = NameScope(caseInsensitive: true)
        XCTAssertEqual(files.claim("Tag"), "Tag")
        XCTAssertEqual(files.claim("TAG"), "TAG2")
    }

    func testIdentifiersAreAlwaysASCII() {
        for wire in ["a\"; fatalError()//", "b\\(c)", "*/", "\u{2028}x", "é", "名称", "", "-", "1"] {
            let name = Naming.memberName(wire, fallback: "field")
            XCTAssertTrue(name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }, name)
            XCTAssertFalse(name.first?.isNumber ?? true, name)
        }
    }
}
