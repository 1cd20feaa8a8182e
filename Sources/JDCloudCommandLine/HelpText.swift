import JDCloudCore

/// The three help screens: the tool, a service, an operation. They follow
/// swift-argument-parser's layout (OVERVIEW, USAGE, sections in capitals)
/// so that all three read as one tool.
enum HelpText {
    static let commonOptions =
        "[--input <json>] [--region <region>] [--endpoint <url>] [--output json|table|text] [--debug]"

    /// `jdcloud --help`: swift-argument-parser's help plus services, examples,
    /// environment and exit statuses.
    static func tool(_ services: [JDCloudService]) -> String {
        var lines = [Invocation.helpMessage(columns: TerminalText.width).trimmingTrailingNewlines(), ""]
        lines.append("SERVICES:")
        let nameWidth = services.map(\.name.count).max() ?? 0
        for service in services {
            lines.append(
                "  " + service.name.padded(to: nameWidth + 2)
                    + "\(service.commands.count) operations; see 'jdcloud \(service.name) --help'")
        }
        lines += [
            "",
            "EXAMPLES:",
            "  jdcloud vm describe-instances --region cn-north-1 --page-size 10 --output table",
            #"  jdcloud vm describe-instances --all-pages --filters '[{"name":"status","values":["running"]}]'"#,
            "  jdcloud vm rebuild-instance --instance-id i-1 --password ...",
            "  jdcloud vm create-instances --generate-skeleton > instances.json",
            "  jdcloud vm create-instances --region cn-north-1 --input @instances.json",
            #"  echo '{"instanceId":"i-1"}' | jdcloud vm stop-instance --region cn-north-1 --input -"#,
            "  jdcloud --generate-completion-script bash > /etc/bash_completion.d/jdcloud",
            "",
            "ENVIRONMENT:",
            "  JDCLOUD_ACCESS_KEY     The access key id (required).",
            "  JDCLOUD_SECRET_KEY     The secret key that signs every request (required).",
            "  JDCLOUD_SESSION_TOKEN  A temporary session token, when the keys are temporary.",
            "  JDCLOUD_REGION         The default for --region.",
            "  JDCLOUD_ENDPOINT       The default for --endpoint.",
            "",
            "EXIT STATUS:",
            "  0  The call succeeded; the reply is on standard output as JSON.",
            "  1  JD Cloud answered with an error, or the call failed on the way; the",
            "     error is on standard error.",
            "  2  The command line or the input is wrong; nothing was sent.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `jdcloud vm --help`: the operations with their one-line summaries.
    static func service(_ name: String, _ commands: [JDCloudCommand]) -> String {
        var lines = [
            "OVERVIEW: The operations of the JD Cloud \(name) service.",
            "",
            "USAGE: jdcloud \(name) <operation> \(commonOptions)",
            "",
            "OPERATIONS:",
        ]
        let sorted = commands.sorted { $0.commandName < $1.commandName }
        let nameWidth = (sorted.map(\.commandName.count).max() ?? 0) + 2
        for command in sorted {
            let indent = String(repeating: " ", count: nameWidth + 2)
            let wrapped = TerminalText.wrap(TerminalText.plain(command.summary), indent: indent)
            let first = wrapped.first.map { String($0.dropFirst(indent.count)) } ?? ""
            lines.append(
                first.isEmpty ? "  " + command.commandName : "  " + command.commandName.padded(to: nameWidth) + first)
            lines += wrapped.dropFirst()
        }
        lines += ["", "  See 'jdcloud \(name) <operation> --help' for an operation's parameters."]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `jdcloud vm rebuild-instance --help`: the page's description and every
    /// parameter with its type, whether it is required, its default and its description.
    static func operation(service: String, _ command: JDCloudCommand) -> String {
        let description = TerminalText.plain(command.description)
        let summary = TerminalText.plain(command.summary)
        var lines = TerminalText.wrap(
            "OVERVIEW: " + (summary.isEmpty ? "Calls \(command.operationName)." : summary), indent: "")
        // The summary is the description's first line; the rest follows it.
        let rest = description.trimmedPrefix(summary)
        if !rest.isEmpty {
            lines.append("")
            lines += TerminalText.wrap(TerminalText.separatingParagraphs(rest), indent: "")
        }
        let paging = command.allPages == nil ? "" : " [--all-pages]"
        lines.append("")
        lines += TerminalText.wrap(
            "USAGE: jdcloud \(service) \(command.commandName) [--<parameter> <value> ...] \(commonOptions)\(paging) [--generate-skeleton]",
            indent: "")
        lines.append("")
        lines += TerminalText.wrap(
            "Sends \(command.method) \(command.path) with the parameters below, given as options, "
                + "or as one JSON object keyed by their names (--input, which the options override).",
            indent: "  ")
        if command.allPages != nil {
            lines += TerminalText.wrap(
                "--all-pages fetches every page and prints one reply with all the items.", indent: "  ")
        }
        lines += ["", "PARAMETERS:"]
        if command.parameters.isEmpty {
            lines.append("  None.")
        }
        let labels = command.parameters.map { "--\($0.option) (\($0.name))" }
        let nameWidth = (labels.map(\.count).max() ?? 0) + 2
        for (parameter, label) in zip(command.parameters, labels) {
            var facts = [parameter.type, parameter.required ? "required" : "optional"]
            if let value = parameter.defaultValue, !value.isEmpty { facts.append("default \(value)") }
            if parameter.name == "regionId" { facts.append("--region fills it") }
            if ParameterKind(parameter.type).isRepeatable { facts.append("repeat for each element") }
            if ParameterKind(parameter.type) == .json { facts.append("JSON or @file") }
            lines.append("  " + label.padded(to: nameWidth) + facts.joined(separator: ", "))
            lines += TerminalText.wrap(
                TerminalText.plain(parameter.description), indent: String(repeating: " ", count: nameWidth + 2))
        }
        lines += ["", "EXAMPLE:", "  " + example(service: service, command)]
        lines += ["", "  See 'jdcloud --help' for the options, the environment and the exit statuses."]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A call with the required parameters as options, each with a placeholder of its type.
    static func example(service: String, _ command: JDCloudCommand) -> String {
        let required = command.parameters.filter { $0.required && $0.name != "regionId" }
        var text = "jdcloud \(service) \(command.commandName)"
        if command.parameters.contains(where: { $0.name == "regionId" }) { text += " --region cn-north-1" }
        for parameter in required {
            text += " --\(parameter.option) \(placeholder(for: ParameterKind(parameter.type)))"
        }
        return text
    }

    private static func placeholder(for kind: ParameterKind) -> String {
        switch kind {
        case .string: return "..."
        case .integer, .number: return "0"
        case .boolean: return "true"
        case .array(let element): return placeholder(for: element)
        case .json: return "'{...}'"
        }
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padded(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }

    /// Without the trailing line breaks.
    func trimmingTrailingNewlines() -> String {
        var text = self
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }

    /// What follows `prefix` (and the white space after it), or the whole string when it does not start with it.
    func trimmedPrefix(_ prefix: String) -> String {
        guard !prefix.isEmpty, hasPrefix(prefix) else { return self }
        return String(dropFirst(prefix.count).drop { $0.isWhitespace })
    }
}
