/// Everything read from a set of pages: the operations, the pages passed
/// over and why, and the problems found. This is the IR's JSON root.
public struct APIDocument: Codable, Hashable, Sendable {
    public var operations: [APIOperation]
    public var skipped: [SkippedPage]
    public var diagnostics: [Diagnostic]

    public init(operations: [APIOperation] = [], skipped: [SkippedPage] = [], diagnostics: [Diagnostic] = []) {
        self.operations = operations
        self.skipped = skipped
        self.diagnostics = diagnostics
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}

/// A page that is not an API page (overview, change log, table of contents).
public struct SkippedPage: Codable, Hashable, Sendable {
    public var source: String
    public var reason: String

    public init(source: String, reason: String) {
        self.source = source
        self.reason = reason
    }
}
