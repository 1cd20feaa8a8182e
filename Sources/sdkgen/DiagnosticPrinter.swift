import APIModel
import Foundation

/// Writes diagnostics the way compilers do, so editors and CI can point at the page line.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let text = diagnostics.map(\.description).joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func errorCount(_ diagnostics: [Diagnostic]) -> Int {
        diagnostics.filter { $0.severity == .error }.count
    }
}
