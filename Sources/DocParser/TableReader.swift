/// A pipe table found in the source lines of a paragraph.
struct Table {
    struct Row {
        var line: Int
        var cells: [TableRowSplitter.Cell]
    }

    /// Header texts, rendered as plain text.
    var headers: [String]
    var headerLine: Int
    /// The role of each header, `nil` where the header is not recognised.
    var roles: [ColumnRole?]
    var rows: [Row]
    /// The text of the lines before the table, if the paragraph had any.
    var leadingText: String

    func column(_ role: ColumnRole) -> Int? { roles.firstIndex(of: role) }
}

/// Finds pipe tables in paragraphs. cmark has no table extension, so a table
/// reaches us as a paragraph; its source lines are split here.
enum TableReader {
    private static let pipe = UInt8(ascii: "|")

    /// Reads the first table of the given source lines (`(line number, text)`),
    /// or `nil` when no header row followed by a delimiter row is found.
    static func table(in lines: [(number: Int, text: Substring)]) -> Table? {
        guard lines.count >= 2 else { return nil }
        for index in 0..<(lines.count - 1) where lines[index].text.utf8.contains(pipe) {
            guard TableRowSplitter.isDelimiterRow(lines[index + 1].text) else { continue }
            let header = TableRowSplitter.split(lines[index].text)
            let headers = header.map { InlineRenderer.render($0.text, mode: .plain) }
            var rows: [Table.Row] = []
            for line in lines[(index + 2)...] {
                guard line.text.utf8.contains(pipe) else { break }
                rows.append(Table.Row(line: line.number, cells: TableRowSplitter.split(line.text)))
            }
            let leading = lines[..<index].map { String($0.text) }.joined(separator: "\n")
            return Table(
                headers: headers, headerLine: lines[index].number,
                roles: headers.map(ColumnRole.init(header:)), rows: rows, leadingText: leading
            )
        }
        return nil
    }
}
