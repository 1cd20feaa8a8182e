/// A generated file, rendered, its path relative to the output folder.
public struct GeneratedFile: Sendable, Hashable {
    /// The path relative to the output folder (`JDCloudVM/VMClient.swift`).
    public var path: String
    /// The Swift source.
    public var contents: String

    /// Creates a file.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// A file a generator will produce: its path now, its contents when asked.
/// Rendering on demand lets the writer render each file on the core that
/// writes it and drop it right after, instead of holding the whole SDK in memory.
public struct PendingFile: Sendable {
    /// The path relative to the output folder.
    public var path: String
    /// Renders the Swift source; pure, so calling it twice gives the same text.
    public var render: @Sendable () -> String

    /// Creates a pending file.
    public init(path: String, render: @escaping @Sendable () -> String) {
        self.path = path
        self.render = render
    }
}
