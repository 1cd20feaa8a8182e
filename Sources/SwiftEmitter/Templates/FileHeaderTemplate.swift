import GeneratedOutput

/// The first lines of every generated file.
enum FileHeaderTemplate {
    /// Every generated file starts with this (a manifest on its second line,
    /// after the tools version); the writer overwrites and deletes only files that do.
    static let marker = GeneratedMarker.swiftComment

    /// `source` is a page path, or a fixed description for files built from
    /// several pages; `imports` are the modules the file uses.
    static func render(source: String, imports: [String] = ["JDCloudCore"]) -> String {
        """
        \(marker)\(SwiftLiteral.commentText(source)). Do not edit.

        \(imports.sorted().map { "import " + $0 }.joined(separator: "\n"))

        """
    }
}
