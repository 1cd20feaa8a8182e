import JDCloudCore

/// What `jdcloud` prints on standard error for a failed call, and its exit status.
struct ErrorReport {
    var message: String
    var status: ExitStatus

    init(_ error: any Error) {
        switch error {
        case let error as CommandUsageError:
            self.init(message: error.message, status: .usage)
        case let error as JDCloudError:
            switch error {
            case .service(let service):
                // error: <code> <status>: <message> (request id <id>)
                let code = service.code ?? service.httpStatus
                let status = service.status ?? "HTTP \(service.httpStatus)"
                self.init(
                    message:
                        "\(code) \(status): \(service.message ?? "no message") (request id \(service.requestId ?? "unknown"))",
                    status: .failure)
            case .missingPathParameter, .missingRegion, .invalidRequest, .missingEnvironmentVariable,
                .invalidConfiguration:
                // Refused before anything was sent.
                self.init(message: error.description, status: .usage)
            case .transportFailure, .timedOut, .undecodableResponse:
                self.init(message: error.description, status: .failure)
            case .notRetried(let underlying, let reason):
                let report = ErrorReport(underlying)
                self.init(message: report.message + "; not retried: " + reason, status: report.status)
            }
        default:
            self.init(message: String(describing: error), status: .failure)
        }
    }

    init(message: String, status: ExitStatus) {
        self.message = message
        self.status = status
    }
}
