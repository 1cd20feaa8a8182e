import APIModel
import DocParser
import XCTest

/// One small page per rule of the format and per way real pages break it.
final class PageRulesTests: XCTestCase {
    func testChineseSectionsAndColumns() throws {
        let page = """
            # stopThing

            ## 描述
            停止<b>running</b>状态的资源

            ## 请求方式
            POST

            ## 请求地址
            https://vm.jdcloud-api.com/v1/regions/{regionId}/things/{thingId}:stop

            |名称|类型|是否必需|默认值|描述|
            |---|---|---|---|---|
            |**thingId**|String|True| |资源ID|
            |**regionId**|String|True| |地域ID|

            ## 请求参数
            |名称|类型|是否必需|默认值|描述|
            |---|---|---|---|---|
            |**force**|Boolean|False|false|是否强制|

            ## 返回参数
            无

            ## 返回码
            |返回码|描述|
            |---|---|
            |**200**|OK|
            """
        let (parsed, diagnostics) = parseOperation(page)
        let operation = try XCTUnwrap(parsed)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(operation.description, "停止**running**状态的资源")
        XCTAssertEqual(operation.parameters.map(\.name), ["thingId", "regionId", "force"])
        XCTAssertEqual(operation.parameters.last?.default, "false")
        XCTAssertEqual(operation.parameters.last?.location, .body)
        XCTAssertEqual(operation.responseCodes, [ResponseCode(code: "200", description: "OK")])
    }

    func testHeadingVariantsWithSpacesCaseAndNonBreakingSpaces() throws {
        var page = PageBuilder.page(response: PageBuilder.responseHeader + "\n|**requestId**|String| |")
        page = page.replacingOccurrences(of: "## Request method", with: "## Request   Method")
        page = page.replacingOccurrences(of: "## Response parameter", with: "## Response\u{00A0}\u{00A0}parameter")
        page = page.replacingOccurrences(of: "## Response code", with: "##   RETURN CODE")
        let (parsed, diagnostics) = parseOperation(page)
        let operation = try XCTUnwrap(parsed)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(operation.method, "GET")
        XCTAssertEqual(operation.responseFields.map(\.name), ["requestId"])
        XCTAssertEqual(operation.responseCodes.count, 1)
    }

    func testCRLFLineEndingsAndByteOrderMark() throws {
        let page = "\u{FEFF}" + PageBuilder.page(request: PageBuilder.parameterHeader + "\n|**pageSize**|Integer|False|20|Page size|")
            .replacingOccurrences(of: "\n", with: "\r\n")
        let (parsed, diagnostics) = parseOperation(page)
        let operation = try XCTUnwrap(parsed)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(operation.name, "describeThings")
        XCTAssertEqual(operation.line, 1)
        XCTAssertEqual(operation.parameters.map(\.name), ["regionId", "pageSize"])
        XCTAssertEqual(operation.parameters.last?.default, "20")
        XCTAssertFalse(operation.description.contains("\r"))
    }

    func testColumnsAreFoundByHeaderNotPosition() throws {
        let request = """
            |Description|Default value|Name|Required or not|Type|
            |---|---|---|---|---|
            |How many|10|**pageSize**|True|Integer|
            """
        let (parsed, _) = parseOperation(PageBuilder.page(request: request))
        let parameter = try XCTUnwrap(parsed?.parameters.last)
        XCTAssertEqual(parameter, Parameter(name: "pageSize", type: "Integer", required: true, default: "10", description: "How many", location: .query))
    }

    func testSurplusCellsBelongToTheLastColumn() throws {
        let response = """
            |Name|Type|Description|
            |---|---|---|
            |**chargeStatus**|String|PAID|ARREARS|EXPIRED|
            """
        let (parsed, diagnostics) = parseOperation(PageBuilder.page(response: response))
        XCTAssertEqual(parsed?.responseFields, [ResponseField(name: "chargeStatus", type: "String", description: "PAID|ARREARS|EXPIRED")])
        let warning = try XCTUnwrap(diagnostics.first)
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertEqual(warning.line, 25)
        XCTAssertTrue(warning.message.contains("5 cells but the header has 3"), warning.message)
    }

    func testMissingCellsAreEmpty() throws {
        let request = PageBuilder.parameterHeader + "\n|**tag**|String|"
        let (parsed, diagnostics) = parseOperation(PageBuilder.page(request: request))
        XCTAssertEqual(parsed?.parameters.last, Parameter(name: "tag", type: "String", required: false, default: nil, description: "", location: .query))
        XCTAssertEqual(diagnostics.map(\.severity), [.warning])
        XCTAssertTrue(diagnostics.first?.message.contains("missing cells") == true)
    }

    func testEmptyResponseTableAndNoneWords() throws {
        for response in [PageBuilder.responseHeader, "None", "无", "none."] {
            let (parsed, diagnostics) = parseOperation(PageBuilder.page(response: response))
            XCTAssertEqual(parsed?.responseFields, [], response)
            XCTAssertEqual(diagnostics, [], response)
        }
    }

    func testTextInPlaceOfATableIsReported() throws {
        let (parsed, diagnostics) = parseOperation(PageBuilder.page(request: "See the other page."))
        XCTAssertEqual(parsed?.parameters.count, 1)
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertTrue(diagnostics[0].message.contains("has no table"), diagnostics[0].message)
    }

    func testTypeTyposStayAsWrittenAndBecomeUntyped() throws {
        let request = PageBuilder.parameterHeader + "\n|**ips**|Arrary|False| |Addresses|"
        let (parsed, diagnostics) = parseOperation(PageBuilder.page(request: request))
        let parameter = try XCTUnwrap(parsed?.parameters.last)
        XCTAssertEqual(parameter.type, "Arrary")
        XCTAssertEqual(parameter.typeRef, .untyped)
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics[0].line, 21)
        XCTAssertEqual(diagnostics[0].column, 10)
        XCTAssertTrue(diagnostics[0].message.contains("'Arrary'"))
    }

    func testDuplicateParameterNamesKeepTheFirst() throws {
        let request = PageBuilder.parameterHeader + "\n|**name**|String|True| |First|\n|**name**|Integer|False| |Second|"
        let (parsed, diagnostics) = parseOperation(PageBuilder.page(request: request))
        XCTAssertEqual(parsed?.parameters.map(\.name), ["regionId", "name"])
        XCTAssertEqual(parsed?.parameters.last?.description, "First")
        XCTAssertEqual(diagnostics.map(\.line), [22])
        XCTAssertTrue(diagnostics[0].message.contains("duplicate parameter 'name'"))
    }

    func testModelsUnderHeadingsIncludingAnchorsAndNoBlankLines() throws {
        let response = """
            |Name|Type|Description|
            |---|---|---|
            |**requestId**|String| |
            |**result**|[Result](##Result)| |

            ### <a name="Result">Result</a>
            |Name|Type|Description|
            |---|---|---|
            |**things**|[Thing](#Thing)[]| |
            |**totalCount**|Number| |
            ### Thing
            |Name|Type|Description|
            |---|---|---|
            |**id**|String|Thing ID|
            |**children**|Thing[]|Nested things|
            """
        let (parsed, diagnostics) = parseOperation(PageBuilder.page(response: response))
        let operation = try XCTUnwrap(parsed)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(operation.responseFields.map(\.type), ["String", "Result"])
        XCTAssertEqual(operation.models.map(\.name), ["Result", "Thing"])
        XCTAssertEqual(operation.models[0].fields.map(\.type), ["Thing[]", "Number"])
        XCTAssertEqual(operation.models[0].fields[0].typeRef, .array(.model("Thing")))
        XCTAssertEqual(operation.models[1].fields.map(\.name), ["id", "children"])
        XCTAssertEqual(operation.models[1].fields[0].required, false)
    }

    func testRequestModelsKeepRequiredAndDefaults() throws {
        let request = PageBuilder.parameterHeader + """

            |**filters**|Filter[]|False| |Filters|

            ### Filter
            \(PageBuilder.parameterHeader)
            |**name**|String|True| |Filter name|
            |**operator**|String|False|eq|Operator|
            """
        let (parsed, _) = parseOperation(PageBuilder.page(request: request))
        let filter = try XCTUnwrap(parsed?.models.first)
        XCTAssertEqual(filter.fields, [
            Field(name: "name", type: "String", required: true, default: nil, description: "Filter name"),
            Field(name: "operator", type: "String", required: false, default: "eq", description: "Operator"),
        ])
    }

    func testCellMarkupIsRenderedClean() throws {
        let request = PageBuilder.parameterHeader + """

            |**a**|String|False| |One<br>Two<br/>Three &lt;b&gt; &amp; <a href="https://x.example/d">docs</a>|
            |**b**|String|False| |Use `a|b` or a\\|b; see [page](https://x.example/p)|
            |`c`|String|False| |<b>bold</b> and <font color="red">plain</font>|
            """
        let (parsed, diagnostics) = parseOperation(PageBuilder.page(request: request))
        XCTAssertEqual(diagnostics, [])
        let parameters = try XCTUnwrap(parsed?.parameters.dropFirst())
        XCTAssertEqual(parameters.map(\.name), ["a", "b", "c"])
        XCTAssertEqual(parameters.map(\.description), [
            "One\nTwo\nThree <b> & [docs](https://x.example/d)",
            "Use `a|b` or a|b; see [page](https://x.example/p)",
            "**bold** and plain",
        ])
    }

    func testEmptyBracketsAreTextUnlessTheyOpenALink() throws {
        let request = PageBuilder.parameterHeader + """

            |**filters**|Filter[]|False| |Values[] are listed; `x[]` too|
            |**link**|String[]|False| |see [](https://x.example/e) there|
            |**start**|String|False| |[] means none|
            """
        let (parsed, diagnostics) = parseOperation(PageBuilder.page(request: request))
        XCTAssertEqual(diagnostics, [])
        let parameters = try XCTUnwrap(parsed?.parameters.dropFirst())
        XCTAssertEqual(parameters.map(\.type), ["Filter[]", "String[]", "String"])
        XCTAssertEqual(parameters.map(\.description), [
            "Values[] are listed; `x[]` too",
            "see <https://x.example/e> there",
            "[] means none",
        ])
    }

    func testPathPlaceholdersAreTheTruth() throws {
        let page = PageBuilder.page(
            url: "https://vm.jdcloud-api.com/v1/regions/{regionId}/things/{thingId}",
            pathRows: ["|**regionId**|String|True| |Region|", "|**zone**|String|False| |Not in the path|"]
        )
        let (parsed, diagnostics) = parseOperation(page)
        let operation = try XCTUnwrap(parsed)
        XCTAssertEqual(operation.parameters.map(\.name), ["regionId", "zone", "thingId"])
        XCTAssertEqual(operation.parameters.map(\.location), [.path, .query, .path])
        XCTAssertEqual(operation.parameters.last, Parameter(name: "thingId", type: "String", required: true, description: "", location: .path))
        XCTAssertEqual(diagnostics.map(\.line), [17, 12])
        XCTAssertTrue(diagnostics[0].message.contains("'zone'"))
        XCTAssertTrue(diagnostics[1].message.contains("{thingId}"))
    }

    func testURLFacts() throws {
        let (parsed, _) = parseOperation(PageBuilder.page(method: "post", url: "https://RDS.jdcloud-api.com/0.2.9/regions/{regionId}/instances:create", pathRows: []))
        let operation = try XCTUnwrap(parsed)
        XCTAssertEqual(operation.method, "POST")
        XCTAssertEqual(operation.host, "rds.jdcloud-api.com")
        XCTAssertEqual(operation.service, "rds")
        XCTAssertEqual(operation.version, "0.2.9")
        XCTAssertEqual(operation.path, "/regions/{regionId}/instances:create")
    }

    func testUnbalancedBracesInTheAddressAreErrors() throws {
        for (url, problem) in [
            ("https://vm.jdcloud-api.com/v1/regions/{regionId}/things/{id", "the path '/regions/{regionId}/things/{id' cannot be filled: '{' is never closed"),
            ("https://vm.jdcloud-api.com/v1/regions/{regionId/things", "the path '/regions/{regionId/things' cannot be filled: '{' is never closed"),
            ("https://vm.jdcloud-api.com/v1/regions/{region{Id}}/things", "the path '/regions/{region{Id}}/things' cannot be filled: '{' opens a placeholder inside another"),
            ("https://vm.jdcloud-api.com/v1/regions/regionId}/things", "the path '/regions/regionId}/things' cannot be filled: '}' closes no placeholder"),
            ("https://monitor.{regionId.jdcloud-api.com/v1/things", "the host 'monitor.{regionId.jdcloud-api.com' cannot be filled: '{' is never closed"),
        ] {
            let (outcome, diagnostics) = PageParser.parse(text: PageBuilder.page(url: url, pathRows: []), source: "page.md")
            guard case .failed = outcome else { return XCTFail("\(url): expected no operation, got \(outcome)") }
            XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map(\.description), ["page.md:12:1: error: \(problem)"], url)
        }
    }

    func testRegionalHostKeepsItsPlaceholderAndMakesItAHostParameter() throws {
        let (parsed, diagnostics) = parseOperation(PageBuilder.page(url: "https://Monitor.{regionId}.JDCloud-API.com/v1/customMetrics", pathRows: []))
        let operation = try XCTUnwrap(parsed)
        XCTAssertEqual(operation.host, "monitor.{regionId}.jdcloud-api.com")
        XCTAssertEqual(operation.service, "monitor")
        XCTAssertEqual(operation.addressPlaceholders.map(\.name), ["regionId"])
        XCTAssertEqual(operation.parameters.map(\.location), [.host])
        XCTAssertEqual(operation.parameters.first?.required, true)
        XCTAssertEqual(diagnostics.map(\.description), ["page.md:12:1: warning: host placeholder {regionId} has no row in the parameter table; read as a required String"])
        // A row in the address table names it without a warning; a placeholder of both host and path is a path parameter.
        let (both, quiet) = parseOperation(PageBuilder.page(url: "https://monitor.{regionId}.jdcloud-api.com/v1/regions/{regionId}/metrics"))
        XCTAssertEqual(both?.parameters.map(\.location), [.path])
        XCTAssertEqual(quiet, [])
    }

    func testArraysAndModelsInPathsAndHeadersAreErrors() throws {
        let cases: [(url: String, pathRows: [String], request: String, message: String)] = [
            ("https://vm.jdcloud-api.com/v1/regions/{regionId}/things/{ids}", ["|**regionId**|String|True| |Region|", "|**ids**|String[]|True| |IDs|"], "None",
             "page.md:17:1: error: path parameter 'ids' has type 'String[]'; a path value is one string, so only String, Integer, Long, Double and Boolean can be sent there"),
            ("https://vm.jdcloud-api.com/v1/regions/{regionId}/things", ["|**regionId**|String|True| |Region|"], PageBuilder.parameterHeader + "\n|**x-jdcloud-tags**|Tag[]|False| |Tags|",
             "page.md:21:1: error: header parameter 'x-jdcloud-tags' has type 'Tag[]'; a header value is one string, so only String, Integer, Long, Double and Boolean can be sent there"),
            ("https://vm.jdcloud-api.com/v1/regions/{regionId}/things", ["|**regionId**|Object|True| |Region|"], "None",
             "page.md:16:1: error: path parameter 'regionId' has type 'Object'; a path value is one string, so only String, Integer, Long, Double and Boolean can be sent there"),
        ]
        for item in cases {
            let (outcome, diagnostics) = PageParser.parse(text: PageBuilder.page(url: item.url, pathRows: item.pathRows, request: item.request), source: "page.md")
            guard case .failed = outcome else { return XCTFail("\(item.message): expected no operation, got \(outcome)") }
            XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map(\.description), [item.message])
        }
        // Scalars of every kind are fine.
        let (scalars, _) = parseOperation(PageBuilder.page(
            url: "https://vm.jdcloud-api.com/v1/regions/{regionId}/things/{n}",
            pathRows: ["|**regionId**|String|True| |Region|", "|**n**|Integer|True| |N|"]))
        XCTAssertNotNil(scalars)
    }

    func testURLWrappedInMarkdown() throws {
        for line in [
            "[https://vm.jdcloud-api.com/v1/regions/{regionId}/things](https://vm.jdcloud-api.com/v1/regions/{regionId}/things)",
            "**https://vm.jdcloud-api.com/v1/regions/{regionId}/things**",
            "<https://vm.jdcloud-api.com/v1/regions/{regionId}/things>",
            "`https://vm.jdcloud-api.com/v1/regions/{regionId}/things`",
        ] {
            let (parsed, _) = parseOperation(PageBuilder.page(url: line))
            XCTAssertEqual(parsed?.path, "/regions/{regionId}/things", line)
        }
    }

    func testParameterLocations() throws {
        let rows = PageBuilder.parameterHeader + "\n|**x-jdcloud-pin**|String|False| |Pin|\n|**Authorization**|String|False| |Auth|\n|**name**|String|False| |Name|"
        for (method, location) in [("GET", ParameterLocation.query), ("DELETE", .query), ("HEAD", .query), ("POST", .body), ("PUT", .body), ("PATCH", .body)] {
            let (parsed, _) = parseOperation(PageBuilder.page(method: method, request: rows))
            XCTAssertEqual(parsed?.parameters.map(\.location), [.path, .header, .header, location], method)
        }
    }

    func testNonAPIPagesAreSkippedWithAReason() {
        for text in ["# Update History\n\n|Date|Change|\n|---|---|\n|2020|First|\n", "# 简介\n\n京东云的接口说明。\n", "# Overview\n\n## Introduction\ntext\n"] {
            let (outcome, diagnostics) = PageParser.parse(text: text, source: "overview.md")
            guard case .skipped(let page) = outcome else { return XCTFail("not skipped: \(text)") }
            XCTAssertTrue(page.reason.contains("not an API page"), page.reason)
            XCTAssertEqual(diagnostics, [])
        }
    }

    func testMissingMethodIsAnErrorWithThePagePosition() {
        let page = PageBuilder.page(method: "FETCH")
        let (outcome, diagnostics) = PageParser.parse(text: page, source: "specs/vm/x.md")
        guard case .failed = outcome else { return XCTFail("expected failure, got \(outcome)") }
        XCTAssertEqual(diagnostics.map(\.description), ["specs/vm/x.md:9:1: error: 'FETCH' is not an HTTP method; expected GET, POST, PUT, PATCH, DELETE or HEAD"])
    }

    func testMissingURLIsAnError() {
        let (outcome, diagnostics) = PageParser.parse(text: PageBuilder.page(url: "see below"), source: "x.md")
        guard case .failed = outcome else { return XCTFail("expected failure") }
        XCTAssertEqual(diagnostics.first?.severity, .error)
        XCTAssertEqual(diagnostics.first?.line, 11)
    }

    func testTableDirectlyUnderTheURLWithoutABlankLine() throws {
        var page = PageBuilder.page()
        page = page.replacingOccurrences(of: "/things\n\n|Name", with: "/things\n|Name")
        let (parsed, diagnostics) = parseOperation(page)
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(parsed?.parameters.first?.description, "Region ID")
    }
}

extension PageRulesTests {
    func testLinkDestinationsWithSpacesArePercentEncoded() throws {
        let request = PageBuilder.parameterHeader + "\n|**a**|String|False| |See <a href=\"https://x.example/help/411/ isCatalog/1\">codes</a>|"
        let (parsed, _) = parseOperation(PageBuilder.page(request: request))
        XCTAssertEqual(parsed?.parameters.last?.description, "See [codes](https://x.example/help/411/%20isCatalog/1)")
    }
}
