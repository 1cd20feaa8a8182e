import APIModel
import DocParser
import XCTest

/// Builds small pages in the JD Cloud format, so each test shows only what it varies.
enum PageBuilder {
    static let parameterHeader = "|Name|Type|Required or not|Default value|Description|\n|---|---|---|---|---|"
    static let responseHeader = "|Name|Type|Description|\n|---|---|---|"

    static func page(
        title: String = "# describeThings",
        method: String = "GET",
        url: String = "https://vm.jdcloud-api.com/v1/regions/{regionId}/things",
        pathRows: [String] = ["|**regionId**|String|True| |Region ID|"],
        request: String = "None",
        response: String = "None",
        codes: String = "|Return code|Description|\n|---|---|\n|**200**|OK|"
    ) -> String {
        """
        \(title)


        ## Description
        Lists the things.


        ## Request method
        \(method)

        ## Request address
        \(url)

        \(pathRows.isEmpty ? "" : parameterHeader + "\n" + pathRows.joined(separator: "\n"))

        ## Request parameter
        \(request)


        ## Response parameter
        \(response)


        ## Response code
        \(codes)

        """
    }
}

/// Parses page text and returns the operation or fails the test.
func parseOperation(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> (APIOperation?, [Diagnostic]) {
    let (outcome, diagnostics) = PageParser.parse(text: text, source: "page.md")
    guard case .operation(let operation) = outcome else {
        XCTFail("expected an operation, got \(outcome); diagnostics: \(diagnostics)", file: file, line: line)
        return (nil, diagnostics)
    }
    return (operation, diagnostics)
}
