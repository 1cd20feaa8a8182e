import APIModel

/// How `sdkgen diff` writes its report.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// For people at a terminal: by service and operation, breaking changes first.
    case text
    /// For a pull-request description: a summary table, then a section per service.
    case markdown
    /// For programs: `{"changes": [...], "summary": {...}, "versionBump": "..."}`.
    case json
    /// GitHub Actions workflow commands: `::error` per breaking, `::notice` per compatible change.
    case github

    /// The report in this format, ending in a newline.
    public func render(_ report: ChangeReport) -> String {
        switch self {
        case .text: return TextReport.render(report)
        case .markdown: return MarkdownReport.render(report)
        case .json: return JSONReport.render(report)
        case .github: return GitHubAnnotations.render(report)
        }
    }
}

extension ChangeReport {
    /// The changes by service, then by operation, in report order.
    var grouped: [(service: String, operations: [(operation: String, changes: [APIChange])])] {
        var result: [(service: String, operations: [(operation: String, changes: [APIChange])])] = []
        for change in changes {
            if result.last?.service != change.service { result.append((change.service, [])) }
            if result[result.count - 1].operations.last?.operation != change.operation {
                result[result.count - 1].operations.append((change.operation, []))
            }
            let last = result[result.count - 1].operations.count - 1
            result[result.count - 1].operations[last].changes.append(change)
        }
        return result
    }
}

/// Text for people: one block per service, one line per change.
enum TextReport {
    static func render(_ report: ChangeReport) -> String {
        guard !report.changes.isEmpty else {
            return report.documentationChanged ? "Only documentation changed.\n" : "No changes.\n"
        }
        var lines: [String] = []
        for (service, operations) in report.grouped {
            let all = operations.flatMap(\.changes)
            let breaking = all.filter { $0.severity == .breaking }.count
            lines.append("\(service): \(breaking) breaking, \(all.count - breaking) compatible")
            for (operation, changes) in operations {
                lines.append("  \(operation)")
                for change in changes {
                    lines.append(
                        "    \(change.severity.rawValue.padding(10))  \(change.message)  (\(change.file):\(change.line))"
                    )
                }
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}

/// Markdown for a pull request: the summary, a table per service.
enum MarkdownReport {
    static func render(_ report: ChangeReport) -> String {
        var lines = [
            "## API changes", "",
            "\(report.breakingCount) breaking, \(report.compatibleCount) compatible; version bump: **\(report.versionBump.rawValue)**",
            "",
        ]
        guard !report.changes.isEmpty else {
            lines.append(report.documentationChanged ? "Only documentation changed." : "No changes.")
            return lines.joined(separator: "\n") + "\n"
        }
        let groups = report.grouped
        lines += ["| service | breaking | compatible |", "|---|---:|---:|"]
        for (service, operations) in groups {
            let all = operations.flatMap(\.changes)
            let breaking = all.filter { $0.severity == .breaking }.count
            lines.append("| `\(service)` | \(breaking) | \(all.count - breaking) |")
        }
        for (service, operations) in groups {
            lines += ["", "### `\(service)`", "", "| | operation | change | page |", "|---|---|---|---|"]
            for (operation, changes) in operations {
                for change in changes {
                    let mark = change.severity == .breaking ? "**breaking**" : "compatible"
                    lines.append(
                        "| \(mark) | `\(operation)` | \(cell(change.message)) | `\(cell(change.file)):\(change.line)` |"
                    )
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Pipes would end the cell, line breaks the row.
    private static func cell(_ text: String) -> String {
        text.replacingAll("|", with: "\\|").replacingAll("\n", with: " ")
    }
}

/// The JSON report, keys in a fixed order.
enum JSONReport {
    static func render(_ report: ChangeReport) -> String {
        let changes = report.changes.map { change in
            let fields: [(String, String)] = [
                ("kind", JSONQuoting.quoted(change.kind.rawValue)),
                ("severity", JSONQuoting.quoted(change.severity.rawValue)),
                ("service", JSONQuoting.quoted(change.service)),
                ("operation", JSONQuoting.quoted(change.operation)),
                ("subject", JSONQuoting.quoted(change.subject)),
                ("old", change.old.map(JSONQuoting.quoted) ?? "null"),
                ("new", change.new.map(JSONQuoting.quoted) ?? "null"),
                ("file", JSONQuoting.quoted(change.file)),
                ("line", String(change.line)),
                ("message", JSONQuoting.quoted(change.message)),
            ]
            return "    {" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
        let list = changes.isEmpty ? "[]" : "[\n" + changes.joined(separator: ",\n") + "\n  ]"
        return """
            {
              "changes": \(list),
              "summary": {"breaking": \(report.breakingCount), "compatible": \(report.compatibleCount), \
            "documentationChanged": \(report.documentationChanged), "pagesWithErrors": \(report.pagesWithErrors)},
              "versionBump": "\(report.versionBump.rawValue)"
            }

            """
    }
}

/// GitHub Actions annotations at the page line of each change.
enum GitHubAnnotations {
    static func render(_ report: ChangeReport) -> String {
        report.changes.map { change in
            let command = change.severity == .breaking ? "error" : "notice"
            let title = "\(change.service) \(change.operation): \(change.kind.rawValue)"
            return
                "::\(command) file=\(property(change.file)),line=\(change.line),title=\(property(title))::\(data(change.message))\n"
        }.joined()
    }

    /// Escapes of the workflow-command syntax for messages.
    private static func data(_ text: String) -> String {
        text.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D").replacingAll("\n", with: "%0A")
    }

    /// Properties also escape the separators.
    private static func property(_ text: String) -> String {
        data(text).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// Every `target` replaced; written out because FoundationEssentials has no `replacingOccurrences`.
    /// Scalars, not Characters, so that the `\r` of a `\r\n` is found too.
    func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var result = ""
        for scalar in unicodeScalars {
            if scalar == target { result += replacement } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
