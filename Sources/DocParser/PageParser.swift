import APIModel

/// What reading one page produced.
public enum PageOutcome: Sendable {
    case operation(APIOperation)
    case skipped(SkippedPage)
    /// The page had errors and yields no operation.
    case failed
}

/// Reads one API reference page into an ``APIOperation``.
public struct PageParser {
    private let source: String
    private var diagnostics: DiagnosticList
    private var lines: [Substring] = []

    private init(source: String) {
        self.source = source
        self.diagnostics = DiagnosticList(file: source)
    }

    /// Parses the bytes of one page. `source` is the path used in the IR and in diagnostics.
    public static func parse(bytes: [UInt8], source: String) -> (outcome: PageOutcome, diagnostics: [Diagnostic]) {
        var parser = PageParser(source: source)
        let outcome = parser.run(bytes)
        return (outcome, parser.diagnostics.items)
    }

    /// Parses page text (tests and tools that already hold a string).
    public static func parse(text: String, source: String) -> (outcome: PageOutcome, diagnostics: [Diagnostic]) {
        parse(bytes: Array(text.utf8), source: source)
    }

    private mutating func run(_ bytes: [UInt8]) -> PageOutcome {
        let text: String
        switch PageText.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(.empty): return .skipped(SkippedPage(source: source, reason: "the page is empty"))
        case .failure(let problem):
            diagnostics.error(problem.message, line: problem.line, column: problem.column)
            return .failed
        }
        lines = text.lineSlices
        let outline = PageOutline(blocks: CmarkDocument(text).topLevelBlocks())
        guard outline.isAPIPage else {
            let title = outline.title.map { "'\($0.text)' " } ?? ""
            return .skipped(
                SkippedPage(
                    source: source,
                    reason: "page \(title)has no 'Request method' or 'Request address' section; not an API page"
                ))
        }
        return operation(from: outline).map(PageOutcome.operation) ?? .failed
    }

    // MARK: - Sections

    private mutating func operation(from outline: PageOutline) -> APIOperation? {
        for (text, line) in outline.unknownHeadings {
            diagnostics.warning("unknown section '\(text)' is ignored", line: line, column: 4)
        }
        for (section, line) in outline.repeatedSections {
            diagnostics.warning("second '\(section.title)' section is ignored", line: line, column: 4)
        }
        let name: String
        let titleLine: Int
        if let title = outline.title, !title.text.isEmpty {
            name = title.text
            titleLine = title.line
        } else {
            name = fileStem
            titleLine = 1
            diagnostics.warning("the page has no '# operationName' title; using the file name '\(name)'", line: 1)
        }

        let method = requestMethod(outline[.requestMethod], titleLine: titleLine)
        let address = requestAddress(outline[.requestAddress], titleLine: titleLine)
        let description = outline[.description].map { renderedMarkdown(of: $0.blocks) } ?? ""
        if outline[.description] == nil {
            diagnostics.warning("the page has no 'Description' section", line: titleLine)
        }
        guard let method, let (url, urlLine, pathTable) = address else { return nil }

        var models = UniqueByName<Model>()
        var parameters = pathParameters(pathTable, url: url, urlLine: urlLine, method: method)
        if let section = outline[.requestParameters] {
            if let table = firstTable(in: section.blocks, emptyMeansNone: section) {
                for (parameter, line) in rowsAsParameters(table, method: method) {
                    append(parameter, line: line, to: &parameters)
                }
            }
            for model in readModels(section.subsections) { models.insert(model) }
        }
        guard usable(parameters.items) else { return nil }
        var responseFields: [ResponseField] = []
        if let section = outline[.responseParameters] {
            if let table = firstTable(in: section.blocks, emptyMeansNone: section) {
                responseFields = fields(of: table, context: "response parameter").map {
                    ResponseField(
                        name: $0.field.name, type: $0.field.type, typeRef: $0.field.typeRef,
                        description: $0.field.description,
                        line: $0.line)
                }
            }
            for model in readModels(section.subsections) where !models.insert(model) && models[model.name] != model {
                diagnostics.warning(
                    "model '\(model.name)' is defined twice with different fields; the first definition is used",
                    line: model.line)
            }
        }
        var responseCodes: [ResponseCode] = []
        if let section = outline[.responseCodes], let table = firstTable(in: section.blocks, emptyMeansNone: section) {
            responseCodes = codes(of: table)
        }
        return APIOperation(
            name: name, source: source, line: titleLine, description: description, method: method,
            host: url.host, service: url.service, version: url.version, path: url.path,
            parameters: parameters.items, responseFields: responseFields, models: models.items,
            responseCodes: responseCodes
        )
    }

    private static let methods: Set<String> = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"]

    private mutating func requestMethod(_ section: PageOutline.SectionContent?, titleLine: Int) -> String? {
        guard let section else {
            diagnostics.error("the page has no 'Request method' section", line: titleLine)
            return nil
        }
        let text = section.blocks.map { plainText(of: $0) }.first { !$0.isEmpty } ?? ""
        let word = text.prefix { !$0.isWhitespace }.uppercased()
        guard Self.methods.contains(word) else {
            let line = section.blocks.first?.startLine ?? section.headingLine
            diagnostics.error(
                text.isEmpty
                    ? "'Request method' section names no HTTP method"
                    : "'\(text)' is not an HTTP method; expected GET, POST, PUT, PATCH, DELETE or HEAD",
                line: line)
            return nil
        }
        return word
    }

    /// The URL, its line, and the table of path parameters right under it.
    private mutating func requestAddress(
        _ section: PageOutline.SectionContent?, titleLine: Int
    ) -> (RequestAddress, Int, Table?)? {
        guard let section else {
            diagnostics.error("the page has no 'Request address' section", line: titleLine)
            return nil
        }
        for (index, block) in section.blocks.enumerated() {
            let blockLines = sourceLines(of: block)
            guard
                let (offset, line) = blockLines.enumerated().first(where: { RequestAddress.mayHoldURL($0.element.text) }
                ),
                let url = RequestAddress(String(line.text))
            else { continue }
            if url.version.isEmpty {
                diagnostics.error("the request address has no version segment after the host", line: line.number)
                return nil
            }
            // A template that cannot be filled would fail every call: no operation.
            for (part, template) in [("host", url.host), ("path", url.path)] {
                if let problem = template.problem {
                    diagnostics.error("the \(part) '\(template.text)' cannot be filled: \(problem)", line: line.number)
                    return nil
                }
            }
            if !url.version.looksLikeVersion {
                diagnostics.warning("'\(url.version)' does not look like an API version (v1, 1.0.3)", line: line.number)
            }
            // The table may share the URL's paragraph or follow as the next block.
            var table = TableReader.table(in: Array(blockLines[(offset + 1)...]))
            if table == nil, index + 1 < section.blocks.count, case .paragraph = section.blocks[index + 1].kind {
                table = TableReader.table(in: sourceLines(of: section.blocks[index + 1]))
            }
            return (url, line.number, table)
        }
        diagnostics.error(
            "'Request address' section has no URL such as https://vm.jdcloud-api.com/v1/...", line: section.headingLine)
        return nil
    }

    // MARK: - Parameters

    /// The parameters of the address's placeholders: `path` for the path's,
    /// `host` for those only the host has (`monitor.{regionId}.jdcloud-api.com`).
    /// Rows of the address table that name no placeholder keep their usual location.
    private mutating func pathParameters(_ table: Table?, url: RequestAddress, urlLine: Int, method: String)
        -> UniqueByName<Parameter>
    {
        let placeholders = APIOperation.addressPlaceholders(host: url.host, path: url.path)
        let locations = Dictionary(placeholders, uniquingKeysWith: { first, _ in first })
        var declared = UniqueByName<Parameter>()
        if let table {
            for (parameter, line) in rowsAsParameters(table, method: method) {
                if let location = locations[parameter.name] {
                    var placeholder = parameter
                    placeholder.location = location
                    if !placeholder.required {
                        diagnostics.warning(
                            "\(location.rawValue) parameter '\(placeholder.name)' is marked optional; \(location.rawValue) parameters are always required",
                            line: line)
                        placeholder.required = true
                    }
                    append(placeholder, line: line, to: &declared)
                } else {
                    diagnostics.warning(
                        "'\(parameter.name)' is declared as a path parameter but the path has no {\(parameter.name)}; read as a \(parameter.location.rawValue) parameter",
                        line: line)
                    append(parameter, line: line, to: &declared)
                }
            }
        }
        for (placeholder, location) in placeholders where declared[placeholder]?.location != location {
            diagnostics.warning(
                "\(location.rawValue) placeholder {\(placeholder)} has no row in the parameter table; read as a required String",
                line: urlLine)
            declared.insert(
                Parameter(
                    name: placeholder, type: "String", required: true, description: "", location: location,
                    line: urlLine))
        }
        return declared
    }

    /// Whether every value the address needs can be sent: a host, a path
    /// segment or a header holds one scalar, so an array, model or JSON value
    /// there is an error (JD Cloud's own SDKs drop such values and call a broken URL).
    private mutating func usable(_ parameters: [Parameter]) -> Bool {
        var usable = true
        for parameter in parameters where parameter.location.holdsText && !parameter.typeRef.isScalar {
            diagnostics.error(
                "\(parameter.location.rawValue) parameter '\(parameter.name)' has type '\(parameter.type)'; a \(parameter.location.rawValue) value is one string, so only String, Integer, Long, Double and Boolean can be sent there",
                line: parameter.line)
            usable = false
        }
        return usable
    }

    private mutating func append(_ parameter: Parameter, line: Int, to parameters: inout UniqueByName<Parameter>) {
        if !parameters.insert(parameter) {
            diagnostics.warning("duplicate parameter '\(parameter.name)'; the first one is kept", line: line)
        }
    }

    private mutating func rowsAsParameters(_ table: Table, method: String) -> [(Parameter, line: Int)] {
        fields(of: table, context: "parameter").map { entry in
            let parameter = Parameter(
                name: entry.field.name, type: entry.field.type, typeRef: entry.field.typeRef,
                required: entry.field.required,
                default: entry.field.default, description: entry.field.description,
                location: Self.location(of: entry.field.name, method: method), line: entry.line)
            return (parameter, entry.line)
        }
    }

    static func location(of name: String, method: String) -> ParameterLocation {
        let lower = name.lowercased()
        if lower.hasPrefix("x-") || lower == "authorization" { return .header }
        return ["GET", "DELETE", "HEAD"].contains(method) ? .query : .body
    }

    // MARK: - Models

    private mutating func readModels(_ subsections: [PageOutline.Subsection]) -> [Model] {
        var models = UniqueByName<Model>()
        for subsection in subsections {
            let name = subsection.name
            guard name.isModelName else {
                diagnostics.warning(
                    "'\(name)' is not a model name; its table is ignored", line: subsection.line, column: 5)
                continue
            }
            if models[name] != nil {
                diagnostics.warning(
                    "model '\(name)' is defined twice; the first definition is used", line: subsection.line, column: 5)
                continue
            }
            guard let table = firstTable(in: subsection.blocks) else {
                diagnostics.warning("model '\(name)' has no field table", line: subsection.line, column: 5)
                models.insert(Model(name: name, fields: [], line: subsection.line))
                continue
            }
            var fields = UniqueByName<Field>()
            for entry in self.fields(of: table, context: "field") where !fields.insert(entry.field) {
                diagnostics.warning(
                    "duplicate field '\(entry.field.name)' in model '\(name)'; the first one is kept", line: entry.line)
            }
            models.insert(Model(name: name, fields: fields.items, line: subsection.line))
        }
        return models.items
    }

    // MARK: - Tables

    /// The first table among `blocks`. `None`, `无` or nothing at all mean an
    /// empty table; other text without a table is reported.
    private mutating func firstTable(in blocks: [MarkdownBlock], emptyMeansNone section: PageOutline.SectionContent)
        -> Table?
    {
        if let table = firstTable(in: blocks) { return table }
        let text = blocks.map { plainText(of: $0) }.joined(separator: " ")
        if !Self.noneWords.contains(text.lowercased().trimmingCharacters(in: ".。 ")) {
            diagnostics.warning(
                "'\(section.section.title)' section has no table; its text is ignored",
                line: blocks.first?.startLine ?? section.headingLine)
        }
        return nil
    }

    private static let noneWords: Set<String> = ["", "none", "无", "n/a", "na", "null", "nil", "-", "empty", "no", "暂无"]

    private func firstTable(in blocks: [MarkdownBlock]) -> Table? {
        for block in blocks {
            guard case .paragraph = block.kind else { continue }
            if let table = TableReader.table(in: sourceLines(of: block)) { return table }
        }
        return nil
    }

    /// Reads rows as fields, finding columns by their headers.
    private mutating func fields(of table: Table, context: String) -> [(field: Field, line: Int)] {
        var nameColumn = table.column(.name)
        var typeColumn = table.column(.type)
        var descriptionColumn = table.column(.description)
        if nameColumn == nil || typeColumn == nil {
            diagnostics.warning(
                "\(context) table header '\(table.headers.joined(separator: "|"))' has no recognisable Name and Type columns; reading columns by position",
                line: table.headerLine)
            nameColumn = nameColumn ?? 0
            typeColumn = typeColumn ?? (table.headers.count > 1 ? 1 : nil)
            descriptionColumn = descriptionColumn ?? (table.headers.count > 2 ? table.headers.count - 1 : nil)
        }
        let requiredColumn = table.column(.required)
        let defaultColumn = table.column(.defaultValue)
        var result: [(Field, Int)] = []
        for row in table.rows {
            let cells = normalizedCells(row, headerCount: table.headers.count)
            guard let nameColumn, let nameCell = cells[safe: nameColumn] else { continue }
            let name = InlineRenderer.render(nameCell.text, mode: .plain)
            guard !name.isEmpty else {
                diagnostics.warning("\(context) row has no name; the row is ignored", line: row.line)
                continue
            }
            var type = ""
            // The type is parsed here, once; the IR keeps both the text and the parsed form.
            var typeParse = TypeParse(type: .untyped, problem: nil)
            if let typeColumn, let cell = cells[safe: typeColumn] {
                type = InlineRenderer.render(cell.text, mode: .plain)
                typeParse = TypeParse(type)
                if let problem = typeParse.problem {
                    diagnostics.warning("\(context) '\(name)': \(problem)", line: row.line, column: cell.column)
                }
            }
            var required = false
            if let requiredColumn, let cell = cells[safe: requiredColumn] {
                let text = InlineRenderer.render(cell.text, mode: .plain)
                if let value = Self.booleans[text.lowercased()] {
                    required = value
                } else {
                    diagnostics.warning(
                        "\(context) '\(name)': '\(text)' is not True or False; read as not required", line: row.line,
                        column: cell.column)
                }
            }
            var defaultValue: String?
            if let defaultColumn, let cell = cells[safe: defaultColumn] {
                let text = InlineRenderer.render(cell.text, mode: .plain)
                defaultValue = text.isEmpty ? nil : text
            }
            var description = ""
            if let descriptionColumn, let cell = cells[safe: descriptionColumn] {
                description = InlineRenderer.render(cell.text, mode: .markdown)
            }
            let field = Field(
                name: name, type: type, typeRef: typeParse.type, required: required, default: defaultValue,
                description: description, line: row.line)
            result.append((field, row.line))
        }
        return result
    }

    private static let booleans: [String: Bool] = [
        "true": true, "yes": true, "y": true, "是": true, "必填": true, "必选": true, "required": true,
        "false": false, "no": false, "n": false, "否": false, "": false, "optional": false, "非必填": false, "可选": false,
    ]

    /// Matches a row's cells to the header: surplus cells belong to the last
    /// column (an unescaped `|` in a description), missing cells are empty.
    private mutating func normalizedCells(_ row: Table.Row, headerCount: Int) -> [TableRowSplitter.Cell] {
        var cells = row.cells
        if cells.count > headerCount, headerCount > 0 {
            let surplus = cells[(headerCount - 1)...]
            diagnostics.warning(
                "row has \(cells.count) cells but the header has \(headerCount); the extra cells are read as part of the last column",
                line: row.line, column: surplus.first?.column ?? 1)
            let merged = TableRowSplitter.Cell(
                text: surplus.map(\.text).joined(separator: "|"), column: surplus.first?.column ?? 1)
            cells = Array(cells[..<(headerCount - 1)]) + [merged]
        } else if cells.count < headerCount {
            diagnostics.warning(
                "row has \(cells.count) cells but the header has \(headerCount); the missing cells are read as empty",
                line: row.line)
            let column = (lines[safe: row.line - 1]?.utf8.count ?? 0) + 1
            cells += Array(repeating: TableRowSplitter.Cell(text: "", column: column), count: headerCount - cells.count)
        }
        return cells
    }

    private mutating func codes(of table: Table) -> [ResponseCode] {
        let codeColumn = table.column(.code) ?? 0
        let descriptionColumn = table.column(.description) ?? (table.headers.count > 1 ? table.headers.count - 1 : nil)
        var codes: [ResponseCode] = []
        for row in table.rows {
            let cells = normalizedCells(row, headerCount: table.headers.count)
            let code = cells[safe: codeColumn].map { InlineRenderer.render($0.text, mode: .plain) } ?? ""
            guard !code.isEmpty else {
                diagnostics.warning("response code row has no code; the row is ignored", line: row.line)
                continue
            }
            let description =
                descriptionColumn.flatMap { cells[safe: $0] }.map { InlineRenderer.render($0.text, mode: .markdown) }
                ?? ""
            codes.append(ResponseCode(code: code, description: description))
        }
        return codes
    }

    // MARK: - Source text

    private func sourceLines(of block: MarkdownBlock) -> [(number: Int, text: Substring)] {
        let first = max(block.startLine, 1)
        let last = min(block.endLine, lines.count)
        guard first <= last else { return [] }
        return (first...last).map { ($0, lines[$0 - 1]) }
    }

    private func plainText(of block: MarkdownBlock) -> String {
        switch block.kind {
        case .heading(_, let text): return text
        case .codeBlock(let literal): return literal.collapsingWhitespace()
        default:
            let text = sourceLines(of: block).map { String($0.text) }.joined(separator: "\n")
            return InlineRenderer.render(text, mode: .plain)
        }
    }

    /// Blocks re-parsed from their source lines and rendered as clean Markdown.
    private func renderedMarkdown(of blocks: [MarkdownBlock]) -> String {
        guard let first = blocks.first, let last = blocks.last else { return "" }
        let text = sourceLines(of: MarkdownBlock(kind: .other, startLine: first.startLine, endLine: last.endLine))
            .map { String($0.text) }.joined(separator: "\n")
        return InlineRenderer.render(text, mode: .markdown)
    }

    private var fileStem: String {
        let file = source.split(separator: "/").last.map(String.init) ?? source
        return file.hasSuffix(".md") ? String(file.dropLast(3)) : file
    }
}

extension Collection {
    subscript(safe index: Index) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

extension String {
    /// `v1`, `v2beta`, `1.0.3`, `0.2.9`.
    var looksLikeVersion: Bool {
        guard let first = first else { return false }
        if first == "v" || first == "V" { return dropFirst().first?.isNumber == true }
        return first.isNumber
    }

    func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}
