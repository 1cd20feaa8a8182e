import Foundation

/// A line on standard error that says how far a long call is (`fetched 3
/// pages`), rewritten in place; shown only when standard error is a terminal,
/// so that logs and pipes never get it.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let enabled = isatty(STDERR_FILENO) != 0
    private var shown = false

    func show(_ text: String) {
        guard enabled else { return }
        lock.withLock {
            FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
            shown = true
        }
    }

    /// Ends the line, if one was shown.
    func finish() {
        lock.withLock {
            if shown { FileHandle.standardError.write(Data("\n".utf8)) }
            shown = false
        }
    }
}

extension TerminalText {
    /// The width tables fit into: the terminal's when standard output is one,
    /// else `COLUMNS`, else 120.
    static var outputWidth: Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        return 120
    }
}
