import Logging

/// The `--debug` logger: debug level, on standard error. The runtime logs
/// method, URL, attempt, status and request id through it; keys, signatures,
/// query values and request bodies are never logged.
enum DebugLog {
    static func logger() -> Logger {
        var logger = Logger(label: "jdcloud") { label in StreamLogHandler.standardError(label: label) }
        logger.logLevel = .debug
        return logger
    }
}
