import APIModel

/// Writes diagnostics the way compilers do, so editors and CI can point at the page line.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let text = diagnostics.map(\.description).joined(separator: "\n") + "\n"
        StandardStreams.error(text)
    }

    static func errorCount(_ diagnostics: [Diagnostic]) -> Int {
        diagnostics.filter { $0.severity == .error }.count
    }
}
