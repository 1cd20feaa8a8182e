import APIModel

/// Collects the diagnostics of one page; problems are reported, never thrown.
struct DiagnosticList {
    let file: String
    private(set) var items: [Diagnostic] = []

    init(file: String) { self.file = file }

    mutating func warning(_ message: String, line: Int, column: Int = 1) {
        items.append(Diagnostic(file: file, line: line, column: column, severity: .warning, message: message))
    }

    mutating func error(_ message: String, line: Int, column: Int = 1) {
        items.append(Diagnostic(file: file, line: line, column: column, severity: .error, message: message))
    }

    var hasErrors: Bool { items.contains { $0.severity == .error } }
}
